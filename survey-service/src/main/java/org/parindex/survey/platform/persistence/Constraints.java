package org.parindex.survey.platform.persistence;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the Java migrations that drop a constraint by the name the database gave it share. */
final class Constraints {

    private Constraints() {
    }

    /** {@code table} as the database's metadata spells it (Derby: upper case; PostgreSQL: lower case). */
    static String table(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /** Drops the constraint {@code name} (as the metadata gave it, quoted) of {@code table}. */
    static void drop(Statement s, String table, String name) throws SQLException {
        s.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
    }
}
