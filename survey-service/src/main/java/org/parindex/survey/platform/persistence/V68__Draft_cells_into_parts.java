package org.parindex.survey.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.parindex.survey.platform.TextParts;

/**
 * Schema version 68 (issue 12): the cells of the drafts in progress move from {@code draft_answer} (a row per
 * cell) into {@code draft_part} (V67) and {@code draft_answer} is dropped, so that no respondent loses what they
 * have answered so far over an upgrade. Each draft's cells are written as {@code JpaDrafts} reads them:
 * {@link TextParts} lines of form, question, unit and option. Written in Java because SQL cannot join a draft's
 * rows into text on both Derby and PostgreSQL. Registered explicitly by {@link DatabaseMigration} (not scanned).
 */
public class V68__Draft_cells_into_parts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
             PreparedStatement write = db.prepareStatement(
                     "INSERT INTO draft_part (respondent_id, part_no, cells) VALUES (?, ?, ?)");
             ResultSet rows = read.executeQuery("SELECT respondent_id, questionnaire_code, question_code, unit_code,"
                     + " option_code FROM draft_answer ORDER BY respondent_id, questionnaire_code, question_code,"
                     + " unit_code")) {
            long respondent = -1;
            List<List<String>> cells = new ArrayList<>();
            while (rows.next()) {
                long r = rows.getLong(1);
                if (r != respondent && !cells.isEmpty()) {
                    write(write, respondent, cells);
                }
                respondent = r;
                cells.add(List.of(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
            }
            if (!cells.isEmpty()) {
                write(write, respondent, cells);
            }
            write.executeBatch();
        }
        try (Statement drop = db.createStatement()) {
            drop.execute("DROP TABLE draft_answer");
        }
    }

    private static void write(PreparedStatement insert, long respondent, List<List<String>> cells)
            throws SQLException {
        List<String> parts = TextParts.encode(cells);
        for (int i = 0; i < parts.size(); i++) {
            insert.setLong(1, respondent);
            insert.setInt(2, i);
            insert.setString(3, parts.get(i));
            insert.addBatch();
        }
        cells.clear();
    }
}
