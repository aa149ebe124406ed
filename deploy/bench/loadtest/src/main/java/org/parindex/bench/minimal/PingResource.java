package org.parindex.bench.minimal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/ping}: the number of notes, read through JPA (the benchmark's "ready"). */
@Path("ping")
@RequestScoped
public class PingResource {

    @Inject
    Notes notes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return "{\"notes\":" + notes.count() + "}";
    }
}
