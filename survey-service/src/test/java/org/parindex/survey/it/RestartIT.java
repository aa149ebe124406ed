package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * Runs the built WAR the way {@code run.sh} does ({@link PayaraProcess}), twice on one data folder and database:
 * first with the demo turned off through an environment variable (the empty database stays empty), then with the
 * demo on (it is not made into a database that has campaigns); the data is kept and the migrations run once. That the demo is made on a first start with an empty database, the Arquillian tests show.
 */
class RestartIT {

    private final Path root = Path.of(System.getProperty("it.data.root"), "restart");

    @Test
    void withTheDemoOffAnEmptyDatabaseStaysEmptyAndARestartKeepsTheDataAndMigratesOnce() throws Exception {
        Path data = root.resolve("data");
        TestDatabase db = TestDatabase.fresh("restart", data);
        long campaign;
        long respondentId;
        try (PayaraProcess first = PayaraProcess.start(root.resolve("run-1.log"), data, db,
                Map.of("SURVEY_DEMO_ENABLED", "false"), List.of())) {
            assertThat(first.log()).containsPattern("\\([1-9][0-9]* migration\\(s\\) applied now\\)")
                    .contains("Demo campaign disabled");
            Api api = first.api();
            assertThat(api.get("api/campaigns").json().getInt("total")).isZero();
            Answer created = api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"Bền vững\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            campaign = created.json().getJsonNumber("id").longValue();
            Answer added = api.post("api/campaigns/" + campaign + "/respondents", """
                    {"fullName":"Nguyễn Thị Bền Vững","email":"ben.vung@example.invalid","group":"HDND_TINH"}""");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            respondentId = added.json().getJsonNumber("id").longValue();
        }
        try (PayaraProcess second = PayaraProcess.start(root.resolve("run-2.log"), data, db,
                Map.of("SURVEY_DEMO_ENABLED", "true"), List.of())) {
            assertThat(second.log()).contains("(0 migration(s) applied now)",
                    "Demo campaign not created: the database already has campaigns");
            assertThat(second.log().split("Migrating database", -1)).as("the WAR is deployed once").hasSize(2);
            Api api = second.api();
            assertThat(api.get("api/campaigns").json().getInt("total")).isEqualTo(1);
            JsonObject kept = api.get("api/campaigns/" + campaign + "/respondents/" + respondentId).json();
            assertThat(kept.getString("fullName")).isEqualTo("Nguyễn Thị Bền Vững");
            JsonObject c = api.get("api/campaigns/" + campaign).json();
            assertThat(c.getString("name")).isEqualTo("Bền vững");
            assertThat(c.getInt("registered")).isEqualTo(1);
            assertThat(api.get("api/campaigns/" + campaign + "/units").json().getInt("total")).isEqualTo(265);
        }
    }
}
