package org.parindex.survey.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Problem answers ({@code application/problem+json}) written by servlet filters and the authentication
 * mechanism, outside JAX-RS: the same members as {@code problem.rest.Problem}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Writes a problem answer; does nothing when the response is already committed. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String kind,
                             String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:parindex:problem:" + kind)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", request.getRequestURI());
        byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
