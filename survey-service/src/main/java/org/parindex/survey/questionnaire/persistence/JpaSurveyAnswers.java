package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.survey.questionnaire.domain.SurveyAnswer;
import org.parindex.survey.questionnaire.domain.SurveyAnswers;

/**
 * {@link SurveyAnswers} in the database, through JPA ({@code survey_answer}). Every query reads this one table
 * alone: answers are never joined with respondents, submissions or drafts.
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
            Map<Group, Long> added = answers.stream().collect(Collectors.groupingBy(
                    a -> new Group(a.campaignId(), a.group()), Collectors.counting()));
            for (Map.Entry<Group, Long> e : added.entrySet()) {
                addToCount(c, e.getKey(), e.getValue());
            }
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException("writing " + answers.size() + " answers failed", e);
        }
    }

    /**
     * Adds to a group's count ({@code answer_count}, V70) in the transaction that writes the answers. The group's
     * first mix inserts its row; should two instances mix a group's very first sets at the same time, one of them
     * fails on the key and rolls back, and its sets are mixed again by the next sweep.
     */
    private static void addToCount(Connection c, Group group, long added) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE answer_count SET answers = answers + ? WHERE campaign_id = ? AND group_code = ?")) {
            update.setLong(1, added);
            update.setLong(2, group.campaignId());
            update.setString(3, group.code());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO answer_count (campaign_id, group_code, answers) VALUES (?, ?, ?)")) {
            insert.setLong(1, group.campaignId());
            insert.setString(2, group.code());
            insert.setLong(3, added);
            insert.executeUpdate();
        }
    }

    /** A respondent group of a campaign: the key of its count. */
    private record Group(long campaignId, String code) {
    }

    /** The sum of the groups' counts the mixer keeps (V70), not a count of the campaign's rows. */
    @Override
    public long count(long campaignId) {
        Number sum = (Number) em.createNativeQuery("SELECT SUM(answers) FROM answer_count WHERE campaign_id = ?")
                .setParameter(1, campaignId).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    @Override
    public List<TallyCount> tally(long campaignId) {
        return em.createQuery("SELECT a.unit, a.criterion, a.group, a.option, COUNT(a) FROM SurveyAnswer a"
                        + " WHERE a.campaignId = :c GROUP BY a.unit, a.criterion, a.group, a.option"
                        + " ORDER BY a.unit, a.criterion, a.group, a.option", Object[].class)
                .setParameter("c", campaignId).getResultList().stream()
                .map(r -> new TallyCount((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).longValue()))
                .toList();
    }
}
