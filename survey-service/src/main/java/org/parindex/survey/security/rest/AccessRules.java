package org.parindex.survey.security.rest;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parindex.survey.platform.Role;

/**
 * Who may reach which path of the service, on the decoded, canonical path within the application (servlet path
 * and path info; {@link CanonicalPathFilter} has refused every other spelling). The secretariat's pages under
 * {@code /admin} demand a login, and some of them a role; a page not listed here demands a login too. The API
 * under {@code /api} demands a login; which role may call which method is said only by the resource methods'
 * {@code @RolesAllowed} ({@link RolesAllowedFeature}). Everything else (the respondents' pages, the public link
 * check, health, OpenAPI) is not the business of these rules.
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
    private static final Set<String> OPEN_ADMIN = Set.of(LOGIN_PAGE, "/admin/login", "/admin/logout",
            "/admin/assets/admin.css", "/admin/assets/admin.js", "/admin/assets/page-login.js",
            "/admin/activate.html", "/admin/activate", "/admin/assets/page-activate.js");
    private static final String[] ANY_ROLE = {Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME};
    private static final String[] RUNS_CAMPAIGNS = {Role.ADMIN_NAME, Role.SECRETARY_NAME};
    /** Units' officers and appraisers reach only their own pages (issue 14); the secretariat may look too. */
    private static final String[] DOSSIERS = {Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME,
        Role.OFFICER_NAME, Role.APPRAISER_NAME};
    private static final Map<String, String[]> PAGE_ROLES = Map.of(
            "/admin/users.html", new String[] {Role.ADMIN_NAME},
            "/admin/paper.html", RUNS_CAMPAIGNS,
            "/admin/audit.html", RUNS_CAMPAIGNS,
            "/admin/selfassess.html", DOSSIERS,
            "/admin/assets/page-selfassess.js", DOSSIERS,
            "/admin/appraisal.html", DOSSIERS,
            "/admin/assets/page-appraisal.js", DOSSIERS,
            "/admin/assets/dossier.js", DOSSIERS,
            "/admin/assets/dossier.css", DOSSIERS);

    private AccessRules() {
    }

    /**
     * The verdict on one request.
     *
     * @param path          the decoded path within the application, e.g. {@code /api/campaigns/3}
     * @param authenticated whether the caller has logged in
     * @param inRole        whether the caller has a role
     */
    public static Verdict decide(String path, boolean authenticated, Predicate<String> inRole) {
        if (isUnder(path, "/admin")) {
            if (OPEN_ADMIN.contains(path)) {
                return Verdict.OPEN;
            }
            if (!authenticated) {
                return Verdict.LOGIN_PAGE;
            }
            return any(inRole, PAGE_ROLES.getOrDefault(path, ANY_ROLE)) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        if (isUnder(path, "/api")) {
            return authenticated ? Verdict.ALLOWED : Verdict.LOGIN_API;
        }
        return Verdict.OPEN;
    }

    /** Whether {@code path} is {@code prefix} or below it. */
    static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
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
