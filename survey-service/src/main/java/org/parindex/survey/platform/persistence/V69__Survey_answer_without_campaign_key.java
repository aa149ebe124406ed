package org.parindex.survey.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 69 (issue 12): {@code survey_answer} loses its foreign key to {@code campaign}. The mixer inserts
 * tens of thousands of answer rows in one transaction, and Derby checked the key for each row: a lookup in the
 * campaign's key, a row of its own index on {@code campaign_id}, and, on closing each check, a sweep of the
 * transaction's lock table that grew with the rows inserted (about half of the mixer's time in a profile at 16
 * clients). The key guarded nothing that can happen: answers reach the table only through the mixer, from pending
 * sets that keep their key to the campaign until they are taken, and only a campaign still being set up (no answer
 * possible) can be deleted. Anonymity: a constraint less, no column added; the answers still refer to no person.
 * Written in Java because the key's name is generated on Derby: it is read from the database's metadata.
 * Registered explicitly by {@link DatabaseMigration} (not scanned).
 */
public class V69__Survey_answer_without_campaign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        DatabaseMetaData meta = c.getMetaData();
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), Constraints.table(meta, "survey_answer"))) {
            while (rs.next()) {
                if ("campaign".equalsIgnoreCase(rs.getString("PKTABLE_NAME"))) {
                    keys.add(rs.getString("FK_NAME"));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                Constraints.drop(s, "survey_answer", key);
            }
        }
    }
}
