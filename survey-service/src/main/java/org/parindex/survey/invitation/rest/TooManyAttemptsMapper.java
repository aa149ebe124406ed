package org.parindex.survey.invitation.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parindex.survey.invitation.application.TooManyAttemptsException;
import org.parindex.survey.problem.rest.Problem;

/** 429 as a problem, like every error, with the {@code Retry-After} header. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TooManyAttemptsException e) {
        Problem problem = new Problem("urn:parindex:problem:" + e.kind(), e.title(), e.status(), e.getMessage(),
                uri == null ? null : uri.getRequestUri().getRawPath(), null, null);
        return Response.status(e.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem)
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
