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
