package org.parindex.survey.problem.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parindex.survey.problem.ProblemException;

/** 400, 404, 409, 422: the failures the domain and application layers raise on purpose. */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
        return of(e, uri).toResponse();
    }

    public static Problem of(ProblemException e, UriInfo uri) {
        return new Problem(Problem.type(e.kind()), e.title(), e.status(), e.getMessage(), instance(uri),
                e.errors().isEmpty() ? null : e.errors(), e.report());
    }

    public static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
