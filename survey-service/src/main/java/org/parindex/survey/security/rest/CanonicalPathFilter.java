package org.parindex.survey.security.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses, with a 400 problem and before any other filter (see {@code web.xml}), every request whose path is not
 * canonical ({@link CanonicalPath}), so that the access rules, JAX-RS and the pages all see one and the same path.
 */
public class CanonicalPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = CanonicalPath.problem(request.getRequestURI());
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(400);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:parindex:problem:malformed-request")
                .add("title", "Yêu cầu không đọc được (Bad Request)")
                .add("status", 400)
                .add("detail", "Đường dẫn không hợp lệ: " + problem.get() + ".")
                .build().toString());
    }
}
