package org.parindex.bench.minimal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Touches the database while the application deploys, as the service's migration and demo check do. Embedded Derby
 * in the working directory's {@code minimal} folder (the benchmark starts Payara Micro there).
 */
@DataSourceDefinition(name = "java:app/jdbc/minimal", className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "minimal", properties = {"createDatabase=create"})
@Singleton
@Startup
public class StartUp {

    @Inject
    Notes notes;

    @PostConstruct
    void start() {
        notes.addFirst();
    }
}
