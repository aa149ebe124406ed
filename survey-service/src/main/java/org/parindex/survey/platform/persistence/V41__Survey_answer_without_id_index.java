package org.parindex.survey.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 41 (issue 12): {@code survey_answer} keeps its random UUID {@code id} column but loses the primary
 * key constraint, and so the unique index on it. Every mixed answer row inserted a random key into that index: with
 * millions of rows each insert read and latched a random leaf page, the most expensive part of storing an answer
 * set. Nothing reads an answer by its id (the tally and counts read by campaign), and a random version-4 UUID does
 * not repeat in practice. Anonymity is unchanged: the id stays random (no order, no sequence), no column is added,
 * and one index less keeps no copy of the rows in another order. Written in Java because the key's name differs
 * between Derby (generated) and PostgreSQL ({@code survey_answer_pkey}): it is read from the database's metadata.
 * Registered explicitly by {@link DatabaseMigration} (not scanned).
 */
public class V41__Survey_answer_without_id_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        DatabaseMetaData meta = c.getMetaData();
        String key = null;
        try (ResultSet rs = meta.getPrimaryKeys(null, c.getSchema(), Constraints.table(meta, "survey_answer"))) {
            if (rs.next()) {
                key = rs.getString("PK_NAME");
            }
        }
        if (key != null) {
            try (Statement s = c.createStatement()) {
                Constraints.drop(s, "survey_answer", key);
            }
        }
    }
}
