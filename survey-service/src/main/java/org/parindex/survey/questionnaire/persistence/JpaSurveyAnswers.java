package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException("writing " + answers.size() + " answers failed", e);
        }
    }

    @Override
    public long count(long campaignId) {
        return em.createQuery("SELECT COUNT(a) FROM SurveyAnswer a WHERE a.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
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
