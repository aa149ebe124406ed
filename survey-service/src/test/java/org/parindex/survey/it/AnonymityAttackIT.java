package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.survey.it.Sheets.answers;
import static org.parindex.survey.it.Sheets.cells;
import static org.parindex.survey.it.Sheets.counts;
import static org.parindex.survey.it.Sheets.tally;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * The attacks of issue 10 on anonymity, as a reader of the database would make them, on the database the tests run
 * on (embedded Derby, or PostgreSQL with the {@code postgresql} profile). The service runs as a process with a mix
 * size of k = 3 ({@code survey.anonymity.batch-size}); three department leaders answer every cell with A, B and C
 * respectively, so that whose answer a row is can be read off it. After the survey closes, the service is stopped
 * and its database opened directly:
 * <ul>
 *   <li>storage order: reading {@code survey_answer} as stored (Derby's heap, PostgreSQL's ctid) must not give the
 *       answers in submission blocks;</li>
 *   <li>transaction ids (PostgreSQL): no answer row may carry the {@code xmin} of any submission row;</li>
 *   <li>the answers of fewer than k submissions are not counted yet; the k-th brings all of them in;</li>
 *   <li>an autosave racing the submission leaves no draft and answers no 5xx;</li>
 *   <li>drafts never submitted are gone once the survey closes, and nothing waits in the pending tables.</li>
 * </ul>
 */
class AnonymityAttackIT {

    private static final int K = 3;
    private final Path root = Path.of(System.getProperty("it.data.root"), "anonymity");

    @Test
    void noReaderOfTheDatabaseCanTieAnswersToTheirRespondent() throws Exception {
        Path data = root.resolve("data");
        TestDatabase db = TestDatabase.fresh("anonymity", data);
        long campaign;
        try (PayaraProcess server = PayaraProcess.start(root.resolve("run.log"), data, db,
                Map.of("SURVEY_DEMO_ENABLED", "false"), List.of("-Dsurvey.anonymity.batch-size=" + K))) {
            Api api = server.api();
            campaign = api.newCampaign("Kiểm thử ẩn danh", true);
            assertThat(api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}").status())
                    .isEqualTo(200);
            List<String> tokens = new ArrayList<>();
            for (String unit : List.of("SO_Y_TE", "SO_TU_PHAP", "SO_NOI_VU", "SO_TAI_CHINH")) {
                tokens.add(invite(api, campaign, "Lãnh đạo " + unit, unit));
            }
            List<String> cells = cells(api, tokens.get(0));
            assertThat(cells).hasSizeGreaterThan(100);

            // Respondent 1 submits while autosaves of theirs are in flight.
            raceSavesAgainstSubmission(api, tokens.get(0), cells, "A");
            assertThat(tally(api, campaign)).as("one set waits for k-1 others").isEmpty();
            assertThat(counts(api, campaign).getInt("waitingSets")).isEqualTo(1);
            submit(api, tokens.get(1), cells, "B");
            assertThat(tally(api, campaign)).as("two sets wait").isEmpty();
            submit(api, tokens.get(2), cells, "C");
            assertThat(tally(api, campaign)).as("the k-th set brings all three in")
                    .containsEntry("A", (long) cells.size()).containsEntry("B", (long) cells.size())
                    .containsEntry("C", (long) cells.size());
            assertThat(counts(api, campaign).getInt("waitingSets")).isZero();

            // Respondent 4 leaves a draft and never submits; the survey closes.
            Answer draft = api.anonymous().put("q/api/" + tokens.get(3) + "/draft", answers(cells.subList(0, 6), "D"));
            assertThat(draft.status()).as(draft.body()).isEqualTo(200);
            assertThat(api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"CLOSED\"}").status())
                    .isEqualTo(200);
        }

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> stored = strings(s, "SELECT option_code FROM survey_answer WHERE campaign_id = " + campaign
                    + (db.isPostgresql() ? " ORDER BY ctid" : ""));
            assertThat(stored).hasSize(3 * perRespondent(stored));
            assertThat(changes(stored)).as("answers as stored are not in submission blocks: " + head(stored))
                    .isGreaterThan(stored.size() / 4);
            if (db.isPostgresql()) {
                Set<String> answerTx = new HashSet<>(strings(s, "SELECT DISTINCT xmin::text FROM survey_answer"));
                Set<String> submissionTx = new HashSet<>(strings(s,
                        "SELECT xmin::text FROM questionnaire_submission"));
                assertThat(submissionTx).hasSize(3);
                assertThat(answerTx).as("one mix, in a transaction of its own").hasSize(1)
                        .doesNotContainAnyElementsOf(submissionTx);
            }
            assertThat(count(s, "questionnaire_draft")).as("drafts purged at close").isZero();
            assertThat(count(s, "draft_part")).as("no draft left by the race, none after close").isZero();
            assertThat(count(s, "pending_answer_set")).isZero();
            assertThat(count(s, "pending_answer_part")).isZero();
        } finally {
            db.release();
        }
    }

    /** Saves of one respondent race their submission: no 5xx, and the submission is accepted once. */
    private static void raceSavesAgainstSubmission(Api api, String token, List<String> cells, String option)
            throws Exception {
        Api respondent = api.anonymous();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> saves = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                List<String> some = cells.subList((i * 6) % (cells.size() - 6), (i * 6) % (cells.size() - 6) + 6);
                saves.add(pool.submit(() -> respondent.put("q/api/" + token + "/draft", answers(some, option))));
            }
            Future<Answer> submitted = pool.submit(() -> respondent.post("q/api/" + token + "/submission",
                    answers(cells, option)));
            for (int i = 0; i < 12; i++) {
                List<String> some = cells.subList(i * 6, i * 6 + 6);
                saves.add(pool.submit(() -> respondent.put("q/api/" + token + "/draft", answers(some, option))));
            }
            Answer submission = submitted.get();
            assertThat(submission.status()).as(submission.body()).isIn(201, 503);
            if (submission.status() == 503) { // busy: the page sends it again, as it says
                submission = respondent.post("q/api/" + token + "/submission", answers(cells, option));
                assertThat(submission.status()).as(submission.body()).isEqualTo(201);
            }
            for (Future<Answer> save : saves) {
                Answer a = save.get();
                assertThat(a.status()).as(a.body()).isIn(200, 409, 503);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String invite(Api api, long campaign, String name, String homeUnit) {
        Answer added = api.post("api/campaigns/" + campaign + "/respondents", "{\"fullName\":\"" + name
                + "\",\"email\":\"" + homeUnit.toLowerCase(java.util.Locale.ROOT) + "@example.invalid\","
                + "\"group\":\"LANH_DAO_SO\",\"homeUnit\":\"" + homeUnit + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        Answer invited = api.post("api/campaigns/" + campaign + "/invitations",
                "{\"group\":\"LANH_DAO_SO\",\"sendMail\":false}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        Answer link = api.get("api/campaigns/" + campaign + "/invitations/" + id + "/link");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String address = link.json().getString("link");
        return address.substring(address.lastIndexOf('/') + 1);
    }

    private static void submit(Api api, String token, List<String> cells, String option) {
        Answer a = api.anonymous().post("q/api/" + token + "/submission", answers(cells, option));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private static int perRespondent(List<String> stored) {
        return stored.size() / 3;
    }

    /** How often the option changes from one stored row to the next: 2 for three blocks. */
    private static int changes(List<String> stored) {
        int n = 0;
        for (int i = 1; i < stored.size(); i++) {
            if (!stored.get(i).equals(stored.get(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static String head(List<String> stored) {
        return String.join("", stored.subList(0, Math.min(60, stored.size())));
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
