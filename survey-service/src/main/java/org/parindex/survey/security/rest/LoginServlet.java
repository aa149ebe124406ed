package org.parindex.survey.security.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parindex.survey.platform.Role;

/**
 * Where the login form posts ({@link SecretariatAuthentication} has checked the credentials by then): on success
 * to the page asked for (only a page of {@code /admin/}), else back to the form with an error.
 */
@WebServlet("/admin/login")
@DeclareRoles({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        if (request.getUserPrincipal() != null) {
            if ("/admin/".equals(next) && request.isUserInRole(Role.OFFICER_NAME)) {
                next = "/admin/selfassess.html"; // a unit's officer has only this page
            } else if ("/admin/".equals(next) && request.isUserInRole(Role.APPRAISER_NAME)) {
                next = "/admin/appraisal.html";
            }
            response.sendRedirect(request.getContextPath() + next);
        } else {
            response.sendRedirect(request.getContextPath() + AccessRules.LOGIN_PAGE + "?loi=1&next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + AccessRules.LOGIN_PAGE);
    }

    /** {@code next} when it is a page of {@code /admin/} on this site, else {@code /admin/}. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/admin/") || next.contains("//") || next.contains("\\")
                || next.startsWith("/admin/login")) {
            return "/admin/";
        }
        return next;
    }
}
