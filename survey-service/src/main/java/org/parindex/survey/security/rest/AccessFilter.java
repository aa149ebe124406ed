package org.parindex.survey.security.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.parindex.survey.security.rest.AccessRules.Verdict;

/**
 * Applies {@link AccessRules} to the secretariat's pages ({@code /admin/*}) and the API ({@code /api/*}), on the
 * decoded path the container maps (servlet path and path info): pages without login go to the login page, API
 * calls without valid credentials get a 401 problem (with a Basic challenge, unless the page's own scripts asked),
 * a page the role does not allow a 403 (an HTML page for a browser, else a problem). The API's roles are checked
 * by JAX-RS ({@link RolesAllowedFeature}). A change through the session of a page must carry the
 * {@code X-Requested-With} header, which another site's form cannot send (cross-site request forgery). Mapped in
 * {@code web.xml}, after {@link CanonicalPathFilter}.
 */
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getAttribute(SecretariatAuthentication.FAILED) != null && AccessRules.isUnder(path, "/api")) {
            problem(request, response, 401, "unauthorized", "Chưa đăng nhập (Unauthorized)",
                    "Sai tên đăng nhập hoặc mật khẩu.");
            return;
        }
        boolean authenticated = request.getUserPrincipal() != null;
        Verdict verdict = AccessRules.decide(path, authenticated, request::isUserInRole);
        switch (verdict) {
            case OPEN -> chain.doFilter(request, response);
            case LOGIN_PAGE -> response.sendRedirect(request.getContextPath() + AccessRules.LOGIN_PAGE + "?next="
                    + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?"
                    + request.getQueryString()), StandardCharsets.UTF_8));
            case LOGIN_API -> problem(request, response, 401, "unauthorized", "Chưa đăng nhập (Unauthorized)",
                    "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) hoặc đăng nhập tại /admin/.");
            case FORBIDDEN -> {
                String accept = request.getHeader("Accept");
                if (AccessRules.isUnder(path, "/admin") && accept != null && accept.contains("text/html")) {
                    response.setStatus(403);
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\">"
                            + "<title>Không có quyền</title><p>Tài khoản của bạn không có quyền xem trang này. "
                            + "<a href=\"" + request.getContextPath() + "/admin/\">Về trang chính</a></p></html>");
                } else {
                    problem(request, response, 403, "forbidden", "Không có quyền (Forbidden)",
                            "Vai trò của tài khoản không cho phép thao tác này.");
                }
            }
            case ALLOWED -> {
                boolean bySession = "session".equals(request.getAttribute(SecretariatAuthentication.HOW));
                if (bySession && !SAFE.contains(request.getMethod()) && request.getHeader("X-Requested-With") == null) {
                    problem(request, response, 403, "forbidden", "Không có quyền (Forbidden)",
                            "Yêu cầu thay đổi qua phiên đăng nhập phải có tiêu đề X-Requested-With.");
                    return;
                }
                chain.doFilter(request, response);
            }
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String kind,
                                String title, String detail) throws IOException {
        response.setStatus(status);
        if (status == 401 && request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ParIndex\", charset=\"UTF-8\"");
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:parindex:problem:" + kind)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", request.getRequestURI())
                .build().toString());
    }
}
