package org.parindex.survey.security.rest;

import java.util.Set;
import java.util.function.Predicate;
import org.parindex.survey.security.domain.Role;

/**
 * Who may reach which path of the service (relative to the context root). The secretariat's pages under
 * {@code /admin/} and its API under {@code /api/secretariat/} demand a login with a role (finer rules per
 * resource method come from {@code @RolesAllowed}); the rest of {@code /api/} demands one as well: reading for
 * every role, changing for admins and secretaries, creating and deleting campaigns for admins. The respondents'
 * pages ({@code /q/…}), the public link check, health and OpenAPI stay open.
 */
public final class AccessRules {

    /** What happens to a request. */
    public enum Verdict {
        /** Anyone may. */
        OPEN,
        /** Allowed for the caller. */
        ALLOWED,
        /** A page without login: to the login page. */
        LOGIN_PAGE,
        /** An API call without (valid) credentials: 401. */
        LOGIN_API,
        /** Logged in, but the role does not allow it: 403. */
        FORBIDDEN
    }

    static final String LOGIN_PAGE = "/admin/login.html";
    private static final Set<String> OPEN_ADMIN = Set.of(LOGIN_PAGE, "/admin/login", "/admin/logout");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String[] ANY_ROLE = {Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME};
    private static final String[] RUNS_CAMPAIGNS = {Role.ADMIN_NAME, Role.SECRETARY_NAME};

    private AccessRules() {
    }

    /**
     * The verdict on one request.
     *
     * @param method        the HTTP method
     * @param path          the path within the application, e.g. {@code /api/campaigns/3}
     * @param authenticated whether the caller has logged in
     * @param inRole        whether the caller has a role
     * @param wholeApi      whether the rest of {@code /api} demands a login too (else only the secretariat's)
     */
    public static Verdict decide(String method, String path, boolean authenticated, Predicate<String> inRole,
                                 boolean wholeApi) {
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            if (OPEN_ADMIN.contains(path) || path.startsWith("/admin/assets/")) {
                return Verdict.OPEN;
            }
            if (!authenticated) {
                return Verdict.LOGIN_PAGE;
            }
            String[] roles = switch (path) {
                case "/admin/users.html" -> new String[] {Role.ADMIN_NAME};
                case "/admin/paper.html", "/admin/audit.html" -> RUNS_CAMPAIGNS;
                default -> ANY_ROLE;
            };
            return any(inRole, roles) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        if (path.startsWith("/api/secretariat/") || path.equals("/api/secretariat")) {
            if (!authenticated) {
                return Verdict.LOGIN_API;
            }
            return any(inRole, ANY_ROLE) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        if (wholeApi && (path.equals("/api") || path.startsWith("/api/"))) {
            if (!authenticated) {
                return Verdict.LOGIN_API;
            }
            String m = method.toUpperCase(java.util.Locale.ROOT);
            String[] roles = SAFE.contains(m) ? ANY_ROLE
                    : managesCampaigns(m, path) ? new String[] {Role.ADMIN_NAME}
                    : RUNS_CAMPAIGNS;
            return any(inRole, roles) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        return Verdict.OPEN;
    }

    /** Creating a campaign, deleting one, changing its set-up or status: the admin's. */
    private static boolean managesCampaigns(String method, String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/api/campaigns")) {
            return method.equals("POST");
        }
        if (p.matches("/api/campaigns/[^/]+")) {
            return method.equals("DELETE") || method.equals("PUT");
        }
        return p.matches("/api/campaigns/[^/]+/(status|levels/[^/]+)");
    }

    private static boolean any(Predicate<String> inRole, String[] roles) {
        for (String r : roles) {
            if (inRole.test(r)) {
                return true;
            }
        }
        return false;
    }
}
