package org.parindex.survey.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parindex.survey.platform.health.OutOfMemory;

/** Notes an {@link OutOfMemoryError} thrown while serving any request, so that health says DOWN. */
public class OutOfMemoryWatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (OutOfMemoryError | ServletException | RuntimeException e) {
            OutOfMemory.recordIfAny(e);
            throw e;
        }
    }
}
