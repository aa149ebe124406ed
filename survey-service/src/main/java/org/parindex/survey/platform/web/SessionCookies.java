package org.parindex.survey.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The secretariat's session cookie: {@code HttpOnly}, {@code SameSite=Strict} (never sent with a request that
 * another site starts), and {@code Secure} when the service is reached over https ({@code survey.public-base-url}
 * starts with {@code https:}; behind a TLS proxy the browser sees https).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    /**
     * Adds {@code SameSite=Strict} (and {@code Secure} over https) to the session cookie that the container has just
     * put into {@code response} (Payara ignores the cookie configuration's attributes): call it right after a
     * session is created or its id changed.
     */
    public static void harden(jakarta.servlet.http.HttpServletRequest request,
                              jakarta.servlet.http.HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String cookieName = (name == null ? "JSESSIONID" : name) + "=";
        boolean secure = request.getServletContext().getSessionCookieConfig().isSecure() || request.isSecure();
        java.util.List<String> cookies = new java.util.ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.isEmpty()) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String c = cookies.get(i);
            if (c.startsWith(cookieName)) {
                String lower = c.toLowerCase(java.util.Locale.ROOT);
                if (!lower.contains("samesite=")) {
                    c += "; SameSite=Strict";
                }
                if (secure && !lower.contains("; secure")) {
                    c += "; Secure";
                }
                cookies.set(i, c);
            }
        }
        response.setHeader("Set-Cookie", cookies.get(0));
        for (String c : cookies.subList(1, cookies.size())) {
            response.addHeader("Set-Cookie", c);
        }
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        boolean https = ConfigProvider.getConfig().getOptionalValue("survey.public-base-url", String.class)
                .map(u -> u.strip().regionMatches(true, 0, "https:", 0, 6)).orElse(false);
        if (https) {
            cookie.setSecure(true);
        }
        LOG.info(() -> "Session cookie: HttpOnly, SameSite=Strict" + (https ? ", Secure" : " (not Secure: http)"));
    }
}
