package org.parindex.survey.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A fresh database for one {@link PayaraProcess}: embedded Derby in the process's data folder, or, when the tests
 * run on PostgreSQL ({@code it.db=postgresql}, Maven profile {@code postgresql}), a new database on the test server
 * ({@code it.pg.url}). The test opens it directly to see what the service stored: Derby only once the service has
 * stopped (one JVM at a time), PostgreSQL at any time.
 */
final class TestDatabase {

    private static final String PG_USER = "parindex";
    private static final String PG_PASSWORD = "parindex";

    private final String url;
    private final boolean postgresql;

    private TestDatabase(String url, boolean postgresql) {
        this.url = url;
        this.postgresql = postgresql;
    }

    /** Whether the integration tests run on PostgreSQL in this run. */
    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("it.db"));
    }

    /** A new, empty database named after {@code name} for a service whose data folder is {@code data}. */
    static TestDatabase fresh(String name, Path data) throws SQLException {
        if (!postgresql()) {
            return new TestDatabase("jdbc:derby:" + data.resolve("derby").resolve("parindex"), false);
        }
        String server = System.getProperty("it.pg.url");
        String db = (name + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(server + "parindex", PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return new TestDatabase(server + db, true);
    }

    /** The service's settings for this database (none for Derby: its default URL is in the data folder). */
    List<String> jvmOptions() {
        return postgresql ? List.of("-Dsurvey.db.url=" + url, "-Dsurvey.db.user=" + PG_USER,
                "-Dsurvey.db.password=" + PG_PASSWORD) : List.of();
    }

    boolean isPostgresql() {
        return postgresql;
    }

    /** A connection to the database as the service's user. */
    Connection connect() throws SQLException {
        return postgresql ? DriverManager.getConnection(url, PG_USER, PG_PASSWORD)
                : DriverManager.getConnection(url + ";user=parindex");
    }

    /** Lets go of an embedded Derby database opened by {@link #connect()} (nothing to do on PostgreSQL). */
    void release() {
        if (postgresql) {
            return;
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with SQLState 08006
        }
    }
}
