package org.parindex.survey.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parindex.survey.platform.persistence.DatabaseUnavailable;

/**
 * Outside JAX-RS (pages, servlets, filters behind this one): a request that failed because the database cannot be
 * reached answers 503 with {@code Retry-After} and the {@link DatabaseUnavailable} problem, not a 500 page.
 */
public class DatabaseFaultFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseFaultFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    /** Writes the 503 problem for {@code cause} (also used by the authentication mechanism). */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause)
            throws IOException {
        LOG.log(Level.WARNING, "Database unavailable at " + request.getRequestURI() + ": answered 503 ("
                + cause + ")");
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        ProblemResponses.write(request, response, 503, DatabaseUnavailable.KIND, DatabaseUnavailable.TITLE,
                DatabaseUnavailable.DETAIL);
    }
}
