package org.parindex.survey.membership.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parindex.survey.membership.application.SignInLinkService;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.ProblemException;
import org.parindex.survey.security.rest.SameOrigin;

/**
 * Where the sign-in link page ({@code /admin/activate.html}) posts the token and the new password (form fields
 * {@code token}, {@code password}), from this site only: 200 with the user name to log in with, or a 422 problem
 * naming {@code token} (unknown, used, expired) or {@code password} (policy). Open without login, like the login
 * form; the token is 256 random bits, so it cannot be guessed.
 */
@WebServlet("/admin/activate")
public class ActivationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignInLinkService links;

    @Inject
    transient SurveyConfig config;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.allows(request, config.publicBaseUrl()) || request.getHeader("X-Requested-With") == null) {
            SameOrigin.refuse(request, response);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        try {
            String username = links.activate(request.getParameter("token"), request.getParameter("password"));
            write(response, 200, "application/json", Json.createObjectBuilder().add("username", username).build()
                    .toString());
        } catch (ProblemException e) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError fe : e.errors()) {
                errors.add(Json.createObjectBuilder().add("field", fe.field()).add("message", fe.message()));
            }
            write(response, e.status(), "application/problem+json", Json.createObjectBuilder()
                    .add("type", "urn:parindex:problem:" + e.kind()).add("title", e.title())
                    .add("status", e.status()).add("detail", e.getMessage()).add("errors", errors)
                    .add("instance", request.getRequestURI()).build().toString());
        }
    }

    private static void write(HttpServletResponse response, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
