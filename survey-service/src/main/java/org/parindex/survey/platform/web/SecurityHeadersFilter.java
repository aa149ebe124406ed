package org.parindex.survey.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers of every answer of the secretariat's pages and API and of the respondent's pages (set before the
 * request is served, so that a servlet may still choose its own, e.g. the questionnaire page's caching of its
 * versioned assets): no MIME sniffing, no Referer (links carry tokens; the secretariat's pages send it to this
 * site only, {@code same-origin}, so that their forms carry a real {@code Origin}), nothing stored in caches
 * (personal data), no framing, and a Content-Security-Policy that allows scripts and styles from this site only,
 * never inline.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The secretariat's pages: own scripts and styles only, no inline code, no plug-ins, no framing. */
    static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers: nothing in them may run or load anything. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = Paths.inApplication(request);
        boolean page = path.startsWith("/admin") || path.equals("/q")
                || (path.startsWith("/q/") && !path.startsWith("/q/api"));
        response.setHeader("Content-Security-Policy", page ? PAGES_CSP : API_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // the pages' own: a browser sends "Origin: null" with a form posted from a no-referrer page, and the login
        // must see its real origin (SameOrigin); addresses still never leave the site
        response.setHeader("Referrer-Policy", path.startsWith("/admin") ? "same-origin" : "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
