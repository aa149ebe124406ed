package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parindex.survey.questionnaire.domain.PendingAnswerSet;
import org.parindex.survey.questionnaire.domain.PendingAnswers;

/**
 * {@link PendingAnswers} in the database ({@code pending_answer_set}, {@code pending_answer_part}), by plain SQL: a
 * set is written once, read once and deleted, never changed, so no entity is kept for it. Set ids are random UUIDs,
 * so their order says nothing about the order of submission.
 */
@ApplicationScoped
public class JpaPendingAnswers implements PendingAnswers {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(PendingAnswerSet set, LocalDateTime queuedAt) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO pending_answer_set (id, campaign_id, group_code, queued_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, set.campaignId()).setParameter(3, set.group())
                .setParameter(4, Timestamp.valueOf(queuedAt)).executeUpdate();
        List<String> parts = set.encode();
        for (int i = 0; i < parts.size(); i++) {
            em.createNativeQuery("INSERT INTO pending_answer_part (set_id, part_no, cells) VALUES (?, ?, ?)")
                    .setParameter(1, id).setParameter(2, i).setParameter(3, parts.get(i)).executeUpdate();
        }
    }

    /**
     * Also asked by the mixing sweep on a scheduler thread, outside any transaction: it gets one of its own, so
     * that its entity manager lives for the whole query (ClusterIT once saw "closed EntityManager" there).
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT campaign_id, group_code, COUNT(*), MIN(queued_at)"
                + " FROM pending_answer_set GROUP BY campaign_id, group_code").getResultList()) {
            Object[] r = (Object[]) row;
            queues.add(new Queue(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    ((Timestamp) r[3]).toLocalDateTime()));
        }
        return queues;
    }

    @Override
    public List<String> ids(long campaignId, String group) {
        List<String> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM pending_answer_set WHERE campaign_id = ?"
                        + " AND group_code = ? ORDER BY id")
                .setParameter(1, campaignId).setParameter(2, group).getResultList()) {
            ids.add((String) id);
        }
        return ids;
    }

    @Override
    public Optional<PendingAnswerSet> take(String id, long campaignId, String group) {
        List<String> parts = new ArrayList<>();
        for (Object cells : em.createNativeQuery("SELECT cells FROM pending_answer_part WHERE set_id = ?"
                + " ORDER BY part_no").setParameter(1, id).getResultList()) {
            parts.add((String) cells);
        }
        em.createNativeQuery("DELETE FROM pending_answer_part WHERE set_id = ?").setParameter(1, id)
                .executeUpdate();
        int deleted = em.createNativeQuery("DELETE FROM pending_answer_set WHERE id = ? AND campaign_id = ?"
                        + " AND group_code = ?")
                .setParameter(1, id).setParameter(2, campaignId).setParameter(3, group).executeUpdate();
        return deleted == 1 ? Optional.of(PendingAnswerSet.decode(campaignId, group, parts)) : Optional.empty();
    }

    @Override
    public long count(long campaignId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pending_answer_set WHERE campaign_id = ?")
                .setParameter(1, campaignId).getSingleResult()).longValue();
    }
}
