package org.parindex.survey.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.parindex.survey.platform.OwnerOnly;
import org.parindex.survey.platform.SurveyConfig;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything uses JPA. It observes
 * the start of the application with {@link #PRIORITY}; start-up work that needs the database (the demo campaign)
 * observes the same event with a later priority, and the readiness check reports DOWN until the migration has
 * succeeded. A failed migration fails the deployment.
 *
 * <p>Migrations live in {@code db/migration}, written in SQL that both Derby and PostgreSQL accept. Flyway records
 * what it applied, so each migration runs once and a restart or an upgrade keeps the data.
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Observer priority of the migration; later start-up work uses a larger number. */
    public static final int PRIORITY = 100;

    private SurveyConfig config;
    private DataSource dataSource;
    private Logger log;
    private volatile MigrateResult result;
    private volatile String schemaVersion;

    DatabaseMigration() {
        // for the CDI proxy
    }

    @Inject
    public DatabaseMigration(SurveyConfig config, @SurveyDatabase DataSource dataSource, Logger log) {
        this.config = config;
        this.dataSource = dataSource;
        this.log = log;
    }

    void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

    /** Applies the pending migrations, once. */
    public synchronized void migrate() {
        if (result != null) {
            return;
        }
        prepareDataFolder();
        log.info(() -> "Migrating database " + JdbcUrlDataSource.redacted(config.databaseUrl()));
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations())
                .failOnMissingLocations(true)
                .load();
        MigrateResult r = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        String version = current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
        log.info(() -> "Database schema at version " + version + " (" + r.migrationsExecuted
                + " migration(s) applied now)");
        schemaVersion = version;
        result = r;
    }

    /** The migrations written in Java (not scanned: listed here, and used as they are by the schema tests). */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new V41__Survey_answer_without_id_index(), new V65__Outbox_mail_to_accounts(),
            new V68__Draft_cells_into_parts(), new V69__Survey_answer_without_campaign_key()};
    }

    private static final String DERBY_OWNER_ONLY = "derby.storage.useDefaultFilePermissions";

    private void prepareDataFolder() {
        Path dir = config.dataDir();
        try {
            OwnerOnly.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        if (config.embeddedDerby() && System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        }
        if (config.embeddedDerby() && System.getProperty(DERBY_OWNER_ONLY) == null) {
            // Derby's files readable by the service's user only (read when Derby boots, after this)
            System.setProperty(DERBY_OWNER_ONLY, "false");
        }
    }

    /** Whether the schema has been brought up to date. */
    public boolean done() {
        MigrateResult r = result;
        return r != null && r.success;
    }

    /** The schema version after migration, e.g. {@code "1"}; {@code null} before. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
