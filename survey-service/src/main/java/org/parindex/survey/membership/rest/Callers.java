package org.parindex.survey.membership.rest;

import jakarta.ws.rs.core.SecurityContext;
import org.parindex.survey.membership.application.Caller;

/** The {@link Caller} of a JAX-RS request (the API demands a login, so there always is one). */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext security) {
        return Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
