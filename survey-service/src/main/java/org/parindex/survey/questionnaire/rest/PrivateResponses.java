package org.parindex.survey.questionnaire.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the respondents' API is personal (a draft, a link's state): never cached, never sent on as a
 * referrer, never indexed.
 */
@Provider
public class PrivateResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        response.getHeaders().putSingle("X-Robots-Tag", "noindex");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
