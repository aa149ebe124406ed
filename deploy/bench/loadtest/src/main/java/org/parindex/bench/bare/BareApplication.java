package org.parindex.bench.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The bare baseline's JAX-RS application: {@code /bare/api/…} when deployed as {@code bare.war}. */
@ApplicationPath("api")
public class BareApplication extends Application {
}
