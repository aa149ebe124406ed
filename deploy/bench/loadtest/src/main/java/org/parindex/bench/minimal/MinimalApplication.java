package org.parindex.bench.minimal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** {@code /api/…} of the minimal WAR. */
@ApplicationPath("api")
public class MinimalApplication extends Application {
}
