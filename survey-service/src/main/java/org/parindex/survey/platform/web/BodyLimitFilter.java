package org.parindex.survey.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parindex.survey.problem.TooLargeException;

/**
 * Refuses request bodies over the limit of their path ({@link BodyLimits}) with 413 {@code application/problem+json}:
 * at once when Content-Length says so (nothing is read), and while streaming otherwise (the body is read through
 * a {@link BoundedInputStream}). The connection is closed after a refusal, so the rest is never read.
 */
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String EXCEEDED = "parindex.body.exceeded";

    @Inject
    private transient BodyLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limits.forPath(Paths.inApplication(request));
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        HttpServletRequest bounded = new HttpServletRequestWrapper(request) {
            private ServletInputStream stream;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (stream == null) {
                    stream = new BoundedInputStream(super.getInputStream(), limit,
                            () -> request.setAttribute(EXCEEDED, Boolean.TRUE));
                }
                return stream;
            }
        };
        try {
            chain.doFilter(bounded, response);
        } catch (TooLargeException e) {
            refuse(request, response, limit);
            return;
        }
        if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
            refuse(request, response, limit);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(request, response, 413, "too-large", "Nội dung quá lớn (Content Too Large)",
                TooLargeException.body(limit).getMessage());
    }
}
