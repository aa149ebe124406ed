package org.parindex.survey.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V70 on a database with answers already stored (migrated to V69 first, in an in-memory Derby): the answers are
 * tallied into {@code answer_tally} at the upgrade, so the dashboard's and the results' tally go on from there, and
 * the index the tally was read through is gone.
 */
class V70AnswerTallyTest {

    private static final String URL = "jdbc:derby:memory:v70;create=true";

    @Test
    void answersStoredBeforeTheUpgradeAreTalliedAndTheTallyIndexIsDropped() throws Exception {
        flyway("69").migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement s = db.createStatement()) {
            for (int campaign = 1; campaign <= 3; campaign++) {
                s.execute("INSERT INTO campaign (id, name, province, assessed_year, status, created_at,"
                        + " status_changed_at, version) VALUES (" + campaign + ", 'C" + campaign + "', 'P', 2023,"
                        + " 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
            // campaign/unit/criterion/group/option -> answers
            Map<String, Long> stored = Map.of("1/U1/C1/HDND_TINH/A", 1200L, "1/U1/C1/HDND_TINH/B", 3L,
                    "1/U2/C1/HDND_TINH/A", 5L, "1/U1/C1/MTTQ/A", 7L, "2/U1/C1/HDND_TINH/A", 1L);
            int id = 0;
            for (Map.Entry<String, Long> e : stored.entrySet()) {
                String[] key = e.getKey().split("/");
                for (long n = 0; n < e.getValue(); n++) {
                    s.execute("INSERT INTO survey_answer VALUES ('" + (id++) + "', " + key[0] + ", '" + key[3]
                            + "', 'F', 'Q', '" + key[2] + "', '" + key[1] + "', '" + key[4] + "')");
                }
            }

            flyway("70").migrate();

            Map<String, Long> counted = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT campaign_id, unit_code, criterion_code, group_code,"
                    + " option_code, answers FROM answer_tally")) {
                while (rs.next()) {
                    counted.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4)
                            + "/" + rs.getString(5), rs.getLong(6));
                }
            }
            assertThat(counted).as("campaign 3 has no answers, so no row").isEqualTo(new TreeMap<>(stored));
            try (ResultSet rs = db.getMetaData().getIndexInfo(null, null, "SURVEY_ANSWER", false, false)) {
                while (rs.next()) {
                    assertThat(rs.getString("INDEX_NAME")).isNotEqualToIgnoringCase("IX_SURVEY_ANSWER_TALLY");
                }
            }
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure(V70AnswerTallyTest.class.getClassLoader()).dataSource(URL, null, null)
                .locations("classpath:db/migration").javaMigrations(DatabaseMigration.javaMigrations())
                .target(target).load();
    }
}
