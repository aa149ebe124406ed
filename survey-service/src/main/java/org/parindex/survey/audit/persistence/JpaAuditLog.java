package org.parindex.survey.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.audit.domain.AuditLog;

/** {@link AuditLog} in the database, through JPA. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
        return query(filter, "SELECT e FROM AuditEntry e", " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEntry.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(e) FROM AuditEntry e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.campaignId() != null) {
            jpql.append(" AND e.campaignId = :campaign");
        }
        if (filter.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (filter.actor() != null) {
            jpql.append(" AND e.actor = :actor");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (filter.campaignId() != null) {
            q.setParameter("campaign", filter.campaignId());
        }
        if (filter.action() != null) {
            q.setParameter("action", filter.action());
        }
        if (filter.actor() != null) {
            q.setParameter("actor", filter.actor());
        }
        return q;
    }
}
