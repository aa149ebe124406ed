package org.parindex.survey.platform.persistence;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 65 (issue 14): an outbox mail may go to an account instead of a respondent (the sign-in link of a
 * unit's PAR officer or an appraiser), so {@code outbox_mail.respondent_id} becomes nullable; the foreign key to
 * {@code respondent} stays for the mails that have one. Written in Java because Derby and PostgreSQL spell "drop
 * NOT NULL" differently. Registered explicitly by {@link DatabaseMigration} (not scanned).
 */
public class V65__Outbox_mail_to_accounts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        String sql = product.toLowerCase(java.util.Locale.ROOT).contains("derby")
                ? "ALTER TABLE outbox_mail ALTER COLUMN respondent_id NULL"
                : "ALTER TABLE outbox_mail ALTER COLUMN respondent_id DROP NOT NULL";
        try (Statement s = context.getConnection().createStatement()) {
            s.execute(sql);
        }
    }
}
