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
 * V70 on a database with answers already stored (migrated to V69 first, in an in-memory Derby): every group's answers
 * are counted into {@code answer_count} at the upgrade, so the dashboard's count goes on from there.
 */
class V70AnswerCountsTest {

    private static final String URL = "jdbc:derby:memory:v70;create=true";

    @Test
    void answersStoredBeforeTheUpgradeAreCountedPerCampaignAndGroup() throws Exception {
        flyway("69").migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement s = db.createStatement()) {
            for (int campaign = 1; campaign <= 3; campaign++) {
                s.execute("INSERT INTO campaign (id, name, province, assessed_year, status, created_at,"
                        + " status_changed_at, version) VALUES (" + campaign + ", 'C" + campaign + "', 'P', 2023,"
                        + " 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
            Map<String, Long> stored = Map.of("1/HDND_TINH", 1200L, "1/MTTQ", 7L, "2/HDND_TINH", 1L);
            int id = 0;
            for (Map.Entry<String, Long> e : stored.entrySet()) {
                String[] key = e.getKey().split("/");
                for (long n = 0; n < e.getValue(); n++) {
                    s.execute("INSERT INTO survey_answer VALUES ('" + (id++) + "', " + key[0] + ", '" + key[1]
                            + "', 'F', 'Q', 'C', 'U', 'A')");
                }
            }

            flyway("70").migrate();

            Map<String, Long> counted = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT campaign_id, group_code, answers FROM answer_count")) {
                while (rs.next()) {
                    counted.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
                }
            }
            assertThat(counted).as("campaign 3 has no answers, so no row").isEqualTo(new TreeMap<>(stored));
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure(V70AnswerCountsTest.class.getClassLoader()).dataSource(URL, null, null)
                .locations("classpath:db/migration").javaMigrations(DatabaseMigration.javaMigrations())
                .target(target).load();
    }
}
