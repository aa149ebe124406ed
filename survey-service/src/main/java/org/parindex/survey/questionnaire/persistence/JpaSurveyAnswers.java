package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;
import org.parindex.survey.questionnaire.domain.SurveyAnswers;

/**
 * {@link SurveyAnswers} in the database: the anonymous answers ({@code survey_answer}), written and never read
 * back, and their tally ({@code answer_tally}, V70), which counts and tallies read. Every statement touches these
 * tables alone: answers are never joined with respondents, submissions or drafts.
 */
@ApplicationScoped
public class JpaSurveyAnswers implements SurveyAnswers {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    /** Rows sent to the database in one JDBC batch at the most. */
    static final int BATCH = 1000;

    /**
     * Writes the rows in the given (shuffled) order with plain JDBC batches on the transaction's own connection: the
     * rows are never read back as entities in that transaction, so JPA's registering and change tracking of
     * thousands of objects per mix is work for nothing (issue 12).
     */
    @Override
    public void addAll(List<SurveyAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO survey_answer (id, campaign_id, group_code,"
                + " questionnaire_code, question_code, criterion_code, unit_code, option_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (SurveyAnswer a : answers) {
                insert.setString(1, a.id());
                insert.setLong(2, a.campaignId());
                insert.setString(3, a.group());
                insert.setString(4, a.questionnaire());
                insert.setString(5, a.question());
                insert.setString(6, a.criterion());
                insert.setString(7, a.unit());
                insert.setString(8, a.option());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                insert.executeBatch();
            }
            addToTally(c, answers);
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException("writing " + answers.size() + " answers failed", e);
        }
    }

    /**
     * Adds the rows to the tally ({@code answer_tally}, V70) in the transaction that writes them: one batch of
     * updates in key order (so two mixers never wait on each other's keys crosswise), then one batch inserting the
     * keys no update found. Should two instances mix the very first answers of one key at the same time, one of
     * them fails on the key and rolls back, and its sets are mixed again by the next sweep.
     */
    private static void addToTally(Connection c, List<SurveyAnswer> answers) throws SQLException {
        Map<TallyKey, Long> added = answers.stream().collect(Collectors.groupingBy(TallyKey::of, TreeMap::new,
                Collectors.counting()));
        List<TallyKey> keys = new ArrayList<>(added.keySet());
        int[] updated;
        try (PreparedStatement update = c.prepareStatement("UPDATE answer_tally SET answers = answers + ?"
                + " WHERE campaign_id = ? AND unit_code = ? AND criterion_code = ? AND group_code = ?"
                + " AND option_code = ?")) {
            for (TallyKey k : keys) {
                update.setLong(1, added.get(k));
                k.bind(update, 2);
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO answer_tally (campaign_id, unit_code,"
                + " criterion_code, group_code, option_code, answers) VALUES (?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < keys.size(); i++) {
                if (updated[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the JDBC driver did not say which tally rows it updated");
                }
                if (updated[i] == 0) {
                    keys.get(i).bind(insert, 1);
                    insert.setLong(6, added.get(keys.get(i)));
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** What the tally counts by: a campaign's rated unit, criterion, respondent group and option. */
    private record TallyKey(long campaignId, String unit, String criterion, String group, String option)
            implements Comparable<TallyKey> {

        private static final Comparator<TallyKey> ORDER = Comparator.comparingLong(TallyKey::campaignId)
                .thenComparing(TallyKey::unit).thenComparing(TallyKey::criterion).thenComparing(TallyKey::group)
                .thenComparing(TallyKey::option);

        static TallyKey of(SurveyAnswer a) {
            return new TallyKey(a.campaignId(), a.unit(), a.criterion(), a.group(), a.option());
        }

        /** Sets the key's five parameters from {@code first} on. */
        void bind(PreparedStatement s, int first) throws SQLException {
            s.setLong(first, campaignId);
            s.setString(first + 1, unit);
            s.setString(first + 2, criterion);
            s.setString(first + 3, group);
            s.setString(first + 4, option);
        }

        @Override
        public int compareTo(TallyKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** The sum of the campaign's tally (V70), not a count of its rows. */
    @Override
    public long count(long campaignId) {
        Number sum = (Number) em.createNativeQuery("SELECT SUM(answers) FROM answer_tally WHERE campaign_id = ?")
                .setParameter(1, campaignId).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /** The tally the mixer keeps (V70), in key order. */
    @Override
    public List<TallyCount> tally(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_code, criterion_code, group_code, option_code, answers"
                + " FROM answer_tally WHERE campaign_id = ? AND answers > 0"
                + " ORDER BY unit_code, criterion_code, group_code, option_code").setParameter(1, campaignId)
                .getResultList();
        return rows.stream().map(r -> new TallyCount((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue())).toList();
    }
}
