package org.parindex.survey.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.parindex.survey.platform.persistence.DatabaseMigration;
import org.parindex.survey.platform.persistence.SurveyDatabase;

/**
 * Ready when the schema is migrated and the database answers within two seconds, and the JVM has had no {@link
 * OutOfMemoryError}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private DataSource dataSource;
    private DatabaseMigration migration;
    private Logger log;

    DatabaseReadiness() {
        // for the CDI proxy
    }

    @Inject
    public DatabaseReadiness(@SurveyDatabase DataSource dataSource, DatabaseMigration migration, Logger log) {
        this.dataSource = dataSource;
        this.migration = migration;
        this.log = log;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (OutOfMemory.since() != null) {
            // threads of the server may have died with it: take no more requests
            return response.down().withData("outOfMemoryError", OutOfMemory.since().toString()).build();
        }
        if (!migration.done()) {
            return response.down().withData("schema", "not migrated").build();
        }
        response.withData("schema", String.valueOf(migration.schemaVersion()));
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(TIMEOUT_SECONDS);
            return response.withData("product", c.getMetaData().getDatabaseProductName()).status(valid).build();
        } catch (SQLException e) {
            log.log(Level.WARNING, "Readiness: database unreachable", e);
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
