package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.invitation.domain.AnsweredRespondents;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;

/**
 * {@link Submissions} in the database, through JPA ({@code questionnaire_submission}). Counting per group joins
 * submissions with respondents (who has answered, per group), never with answers.
 */
@ApplicationScoped
public class JpaSubmissions implements Submissions, AnsweredRespondents {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Submission submission) {
        em.persist(submission);
        em.flush(); // a second submission of the same respondent fails here, inside the transaction
    }

    @Override
    public Optional<Submission> find(long respondentId) {
        return Optional.ofNullable(em.find(Submission.class, respondentId));
    }

    @Override
    public List<Submission> ofCampaign(long campaignId) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.campaignId = :c ORDER BY s.submittedAt",
                Submission.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public Set<Long> answered(long campaignId) {
        return new HashSet<>(em.createQuery("SELECT s.respondentId FROM Submission s WHERE s.campaignId = :c",
                Long.class).setParameter("c", campaignId).getResultList());
    }

    @Override
    public long count(long campaignId) {
        return em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    @Override
    public Map<String, Long> countByGroup(long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT r.group.code, COUNT(s) FROM Submission s, Respondent r"
                        + " WHERE r.id = s.respondentId AND s.campaignId = :c GROUP BY r.group.code", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
