package org.parindex.survey.mail.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.mail.domain.MailBatch;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;

/** {@link Outbox} in the database, through JPA. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public void addBatch(MailBatch batch) {
        em.persist(batch);
        em.flush();
    }

    @Override
    public Optional<MailBatch> batch(long campaignId, long batchId) {
        MailBatch b = em.find(MailBatch.class, batchId);
        return b == null || b.campaignId() != campaignId ? Optional.empty() : Optional.of(b);
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /**
     * Three statements whatever the number of mails (issue 12: one UPDATE per mail made a claim of 500 cost
     * seconds on a busy machine): the due ids, one UPDATE that leases those still free (the row lock orders two
     * claimers; the second one's condition then fails), and the rows now leased to this owner.
     */
    @Override
    public List<OutboxMail> claimDue(LocalDateTime now, int limit, String owner, LocalDateTime until) {
        List<Long> ids = em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :queued"
                        + " AND m.nextAttemptAt <= :now AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)"
                        + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MailStatus.QUEUED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createQuery("UPDATE OutboxMail m SET m.leaseOwner = :owner, m.leaseUntil = :until,"
                        + " m.version = m.version + 1 WHERE m.id IN :ids AND m.status = :queued"
                        + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)")
                .setParameter("owner", owner).setParameter("until", until).setParameter("ids", ids)
                .setParameter("queued", MailStatus.QUEUED).setParameter("now", now).executeUpdate();
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.id IN :ids AND m.leaseOwner = :owner"
                        + " AND m.leaseUntil = :until AND m.status = :queued ORDER BY m.nextAttemptAt, m.id",
                        OutboxMail.class)
                .setParameter("ids", ids).setParameter("owner", owner).setParameter("until", until)
                .setParameter("queued", MailStatus.QUEUED).getResultList();
    }

    @Override
    public List<OutboxMail> list(long campaignId, MailStatus status, Long batchId, int offset, int limit) {
        return filtered("SELECT m FROM OutboxMail m", " ORDER BY m.id DESC", campaignId, status, batchId,
                OutboxMail.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(long campaignId, MailStatus status, Long batchId) {
        return filtered("SELECT COUNT(m) FROM OutboxMail m", "", campaignId, status, batchId, Long.class)
                .getSingleResult();
    }

    @Override
    public Map<MailStatus, Long> countByStatus(long campaignId, Long batchId) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        filtered("SELECT m.status, COUNT(m) FROM OutboxMail m", " GROUP BY m.status", campaignId, null, batchId,
                Object[].class).getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public long countRetrying(long campaignId, Long batchId) {
        return filtered("SELECT COUNT(m) FROM OutboxMail m", " AND m.attempts > 0", campaignId, MailStatus.QUEUED,
                batchId, Long.class).getSingleResult();
    }

    @Override
    public Set<Long> pendingRespondents(long campaignId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT m.respondentId FROM OutboxMail m"
                        + " WHERE m.campaignId = :c AND m.status = :queued AND m.respondentId IS NOT NULL", Long.class)
                .setParameter("c", campaignId).setParameter("queued", MailStatus.QUEUED).getResultList());
    }

    @Override
    public List<OutboxMail> lockQueuedFor(long respondentId) {
        // Found through the respondent's index, then locked one by one by key: Derby may compile the plain query
        // as a scan of the whole outbox (tens of thousands of rows during a survey), which would wait on the rows
        // a sender is recording. The Derby optimizer override is a comment to PostgreSQL.
        List<?> ids = em.createNativeQuery("SELECT id FROM outbox_mail"
                        + " --DERBY-PROPERTIES index=IX_OUTBOX_MAIL_RESPONDENT\n"
                        + " WHERE respondent_id = ? AND status = ?")
                .setParameter(1, respondentId).setParameter(2, MailStatus.QUEUED.name()).getResultList();
        return ids.stream().map(id -> em.find(OutboxMail.class, ((Number) id).longValue(),
                        LockModeType.PESSIMISTIC_WRITE))
                .filter(m -> m != null && m.status() == MailStatus.QUEUED).toList();
    }

    @Override
    public List<OutboxMail> failed(long campaignId) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.campaignId = :c AND m.status = :failed"
                        + " ORDER BY m.id", OutboxMail.class)
                .setParameter("c", campaignId).setParameter("failed", MailStatus.FAILED).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, String tail, long campaignId, MailStatus status,
                                       Long batchId, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE m.campaignId = :c");
        if (status != null) {
            jpql.append(" AND m.status = :s");
        }
        if (batchId != null) {
            jpql.append(" AND m.batchId = :b");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(tail).toString(), type).setParameter("c", campaignId);
        if (status != null) {
            q.setParameter("s", status);
        }
        if (batchId != null) {
            q.setParameter("b", batchId);
        }
        return q;
    }
}
