package org.parindex.survey.security.rest;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.parindex.survey.platform.SurveyConfig;

/**
 * Ends the session (a POST from the pages' "Đăng xuất" button) and returns to the login form; a POST from another
 * site is refused (403, {@link SameOrigin}).
 */
@WebServlet("/admin/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SurveyConfig config;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!SameOrigin.allows(request, config.publicBaseUrl())) {
            SameOrigin.refuse(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + AccessRules.LOGIN_PAGE + "?ra=1");
    }
}
