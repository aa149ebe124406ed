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
 * a {@link BoundedInputStream}). The rest of a refused body is never held: the container discards it as it
 * arrives (closing the connection instead would leave most clients, still sending, without the answer).
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
        if (request.getAttribute(EXCEEDED) != null) {
            if (!response.isCommitted()) {
                refuse(request, response, limit);
            }
            return;
        }
        discardUnread(bounded, request);
    }

    /**
     * Reads what the application left of a body (within the limit: at most that much is read, and dropped), so
     * that the connection stays usable and the client, still sending, gets the answer instead of a reset.
     */
    private static void discardUnread(HttpServletRequest bounded, HttpServletRequest request) {
        if (request.getContentLengthLong() == 0 || "GET".equals(request.getMethod())) {
            return;
        }
        try {
            ServletInputStream in = bounded.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            while (!in.isFinished() && in.read(buffer) >= 0) {
                // dropped
            }
        } catch (IOException | IllegalStateException | TooLargeException e) {
            // read through a reader, already closed, or over the limit: the container closes the connection
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        ProblemResponses.write(request, response, 413, "too-large", "Nội dung quá lớn (Content Too Large)",
                TooLargeException.body(limit).getMessage());
    }
}
