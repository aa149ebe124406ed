package org.parindex.survey.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.TextParts;

/**
 * V68 on the tables it reads and writes (as V20 and V67 made them), in an in-memory Derby: the cells of every draft in
 * progress arrive in {@code draft_part}, none lost or added, and {@code draft_answer} is gone.
 */
class V68DraftCellsIntoPartsTest {

    @Test
    void everyDraftKeepsItsCellsAndTheRowPerCellTableIsDropped() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:derby:memory:v68;create=true");
             Statement s = db.createStatement()) {
            s.execute("CREATE TABLE questionnaire_draft (respondent_id BIGINT NOT NULL PRIMARY KEY)");
            s.execute("CREATE TABLE draft_answer (respondent_id BIGINT NOT NULL REFERENCES questionnaire_draft"
                    + " (respondent_id), questionnaire_code VARCHAR(50) NOT NULL, question_code VARCHAR(50) NOT NULL,"
                    + " unit_code VARCHAR(50) NOT NULL, option_code VARCHAR(20) NOT NULL, PRIMARY KEY (respondent_id,"
                    + " questionnaire_code, question_code, unit_code))");
            s.execute("CREATE TABLE draft_part (respondent_id BIGINT NOT NULL REFERENCES questionnaire_draft"
                    + " (respondent_id), part_no INT NOT NULL, cells VARCHAR(16000) NOT NULL,"
                    + " PRIMARY KEY (respondent_id, part_no))");
            Map<Long, List<List<String>>> drafts = new TreeMap<>();
            for (long r : new long[] {7, 8, 9}) {
                s.execute("INSERT INTO questionnaire_draft VALUES (" + r + ")");
                drafts.put(r, new ArrayList<>());
            }
            // 8 has 900 cells (more than one part), 7 has two, 9 none (a draft whose cells were all cleared)
            for (int i = 0; i < 900; i++) {
                drafts.get(8L).add(List.of("HD-2023-P01", String.format("Q%03d", i / 30),
                        String.format("SO_%02d", i % 30), "ABCDE".substring(i % 5, i % 5 + 1)));
            }
            drafts.get(7L).add(List.of("F1", "Q1", "U1", "A"));
            drafts.get(7L).add(List.of("F1", "Q2", "U1", "C"));
            for (Map.Entry<Long, List<List<String>>> d : drafts.entrySet()) {
                for (List<String> c : d.getValue()) {
                    s.execute("INSERT INTO draft_answer VALUES (" + d.getKey() + ", '" + String.join("', '", c) + "')");
                }
            }

            new V68__Draft_cells_into_parts().migrate(context(db));

            for (Map.Entry<Long, List<List<String>>> d : drafts.entrySet()) {
                List<String> parts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT cells FROM draft_part WHERE respondent_id = " + d.getKey()
                        + " ORDER BY part_no")) {
                    while (rs.next()) {
                        parts.add(rs.getString(1));
                    }
                }
                assertThat(TextParts.decode(parts, 4)).as("draft of " + d.getKey())
                        .containsExactlyInAnyOrderElementsOf(d.getValue());
                assertThat(parts.size()).as("parts of " + d.getKey()).isEqualTo(d.getKey() == 8 ? 2
                        : d.getKey() == 7 ? 1 : 0);
            }
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM draft_answer"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("DRAFT_ANSWER");
        }
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
