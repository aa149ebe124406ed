package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Override
    public void addAll(List<SurveyAnswer> answers) {
        answers.forEach(em::persist);
        em.flush();
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
