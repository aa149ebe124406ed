package org.parindex.survey.questionnaire.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.persistence.DatabaseMigration;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;

/**
 * Proves that submitted answers cannot be traced to a respondent: the migrated {@code survey_answer} table has only
 * the columns of an anonymous answer and no key to any other table (since V69 not even to the campaign); its JPA
 * entity maps nothing else; and no query of the service reads answers together with respondents, submissions,
 * drafts or invitations.
 * The database is the real schema, built by the service's own Flyway migrations (SQL and Java) in an in-memory
 * Derby.
 */
class AnonymityTest {

    private static final String URL = "jdbc:derby:memory:anonymity;create=true";
    private static final Set<String> ANSWER_COLUMNS = Set.of("ID", "CAMPAIGN_ID", "GROUP_CODE", "QUESTIONNAIRE_CODE",
            "QUESTION_CODE", "CRITERION_CODE", "UNIT_CODE", "OPTION_CODE");
    /** Words that would lead from an answer to a person, or let answers be ordered or grouped by submission. */
    private static final Pattern TRACE = Pattern.compile(
            "(?i).*(respondent|person|token|invitation|submission|draft|email|name|_at|time|date|seq|order|batch).*");
    /** Tables and entities that know who someone is. */
    private static final Pattern PEOPLE = Pattern.compile(
            "(?i)\\b(Respondent|respondent|Submission|questionnaire_submission|Draft|questionnaire_draft"
                    + "|draft_answer|draft_part|Invitation|invitation|RevokedLink|revoked_link|OutboxMail"
                    + "|outbox_mail)\\b");

    private static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure(AnonymityTest.class.getClassLoader()).dataSource(URL, null, null)
                .locations("classpath:db/migration").javaMigrations(DatabaseMigration.javaMigrations()).load()
                .migrate();
        db = DriverManager.getConnection(URL);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void theAnswerTableHasTheColumnsOfAnAnonymousAnswerOnly() throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, null, "SURVEY_ANSWER", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertThat(columns).isEqualTo(new TreeSet<>(ANSWER_COLUMNS));
        assertThat(columns).noneMatch(c -> TRACE.matcher(c).matches());
    }

    @Test
    void theTallyHoldsCountsPerUnitCriterionGroupAndOptionOnly() throws SQLException {
        assertThat(columns("ANSWER_TALLY")).as("V70: no time, batch or person beside a count")
                .containsExactlyInAnyOrder("CAMPAIGN_ID", "UNIT_CODE", "CRITERION_CODE", "GROUP_CODE", "OPTION_CODE",
                        "ANSWERS");
        try (ResultSet rs = db.getMetaData().getImportedKeys(null, null, "ANSWER_TALLY")) {
            while (rs.next()) {
                assertThat(rs.getString("PKTABLE_NAME")).as("a key from answer_tally").isEqualTo("CAMPAIGN");
            }
        }
    }

    @Test
    void theAnswerTableRefersToNoOtherTableAndNothingRefersToIt() throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        List<String> imported = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, null, "SURVEY_ANSWER")) {
            while (rs.next()) {
                imported.add(rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME"));
            }
        }
        assertThat(imported).as("keys from survey_answer (V69 dropped the one to campaign)").isEmpty();
        try (ResultSet rs = meta.getExportedKeys(null, null, "SURVEY_ANSWER")) {
            assertThat(rs.next()).as("a table with a key to survey_answer").isFalse();
        }
        for (String table : List.of("RESPONDENT", "QUESTIONNAIRE_SUBMISSION", "QUESTIONNAIRE_DRAFT")) {
            try (ResultSet rs = meta.getExportedKeys(null, null, table)) {
                while (rs.next()) {
                    assertThat(rs.getString("FKTABLE_NAME")).as("a key from " + table).isNotEqualTo("SURVEY_ANSWER");
                }
            }
        }
    }

    @Test
    void theSubmissionSaysWhoAndWhenButNotWhat() throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, null, "QUESTIONNAIRE_SUBMISSION", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertThat(columns).containsExactly("CAMPAIGN_ID", "CHANNEL", "RESPONDENT_ID", "SUBMITTED_AT");
    }

    @Test
    void pendingAnswerSetsSayWhatAndWhenQueuedButNotWho() throws SQLException {
        assertThat(columns("PENDING_ANSWER_SET")).containsExactly("CAMPAIGN_ID", "GROUP_CODE", "ID", "QUEUED_AT");
        assertThat(columns("PENDING_ANSWER_PART")).containsExactly("CELLS", "PART_NO", "SET_ID");
        DatabaseMetaData meta = db.getMetaData();
        for (String table : List.of("PENDING_ANSWER_SET", "PENDING_ANSWER_PART")) {
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    assertThat(rs.getString("PKTABLE_NAME")).as("a key from " + table)
                            .isIn("CAMPAIGN", "PENDING_ANSWER_SET");
                }
            }
        }
    }

    private static Set<String> columns(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    @Test
    void theAnswerEntityMapsTheAnonymousColumnsAndNoRelation() {
        assertThat(SurveyAnswer.class.getAnnotation(Entity.class)).isNotNull();
        assertThat(SurveyAnswer.class.getAnnotation(Table.class).name()).isEqualTo("survey_answer");
        Set<String> mapped = new TreeSet<>();
        for (Field f : SurveyAnswer.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            assertThat(f.getType()).as(f.getName()).isIn(String.class, long.class);
            assertThat(Arrays.stream(f.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
                    .as(f.getName()).isSubsetOf("Id", "Column");
            Column column = f.getAnnotation(Column.class);
            String name = column == null || column.name().isEmpty() ? f.getName() : column.name();
            mapped.add(name.toUpperCase(Locale.ROOT));
        }
        assertThat(mapped).isEqualTo(new TreeSet<>(ANSWER_COLUMNS));
        assertThat(Arrays.stream(SurveyAnswer.class.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Id.class)))
                .extracting(Field::getName).containsExactly("id");
    }

    @Test
    void noQueryReadsAnswersTogetherWithPeople() throws IOException {
        List<String> offending = new ArrayList<>();
        int answerQueries = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .toList()) {
                String text = Files.readString(file);
                // statements: Java up to ';', SQL up to ';'; comments do not count
                for (String statement : text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "")
                        .split(";")) {
                    boolean query = statement.contains("SELECT") || statement.contains("JOIN")
                            || statement.contains("DELETE FROM") || statement.contains("UPDATE ");
                    boolean answers = statement.matches("(?s).*\\b(SurveyAnswer|survey_answer|answer_tally)\\b.*");
                    if (query && answers) {
                        answerQueries++;
                        if (PEOPLE.matcher(statement).find()) {
                            offending.add(file + ": " + statement.strip());
                        }
                    }
                }
            }
        }
        assertThat(answerQueries).as("queries on survey_answer and answer_tally found").isGreaterThanOrEqualTo(2);
        assertThat(offending).isEmpty();
    }
}
