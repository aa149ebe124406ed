package org.parindex.survey.respondent.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents;

/** {@link Respondents} in the database, through JPA. */
@ApplicationScoped
public class JpaRespondents implements Respondents {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Respondent respondent) {
        em.persist(respondent);
        em.flush(); // ids in the order of registration (an imported file's order)
    }

    @Override
    public Optional<Respondent> find(long campaignId, long id) {
        Respondent r = em.find(Respondent.class, id);
        return r == null || r.campaignId() != campaignId ? Optional.empty() : Optional.of(r);
    }

    @Override
    public Optional<Respondent> lock(long campaignId, long id) {
        Respondent r = em.find(Respondent.class, id, LockModeType.PESSIMISTIC_WRITE);
        return r == null || r.campaignId() != campaignId ? Optional.empty() : Optional.of(r);
    }

    @Override
    public Map<String, Respondent> byPersonKey(long campaignId) {
        Map<String, Respondent> all = new HashMap<>();
        em.createQuery("SELECT r FROM Respondent r WHERE r.campaignId = :c", Respondent.class)
                .setParameter("c", campaignId).getResultList()
                .forEach(r -> all.put(r.personKey(), r));
        return all;
    }

    @Override
    public List<Respondent> list(long campaignId, RespondentFilter filter, int offset, int limit) {
        return query(campaignId, filter, "SELECT r FROM Respondent r", " ORDER BY r.id", Respondent.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(long campaignId, RespondentFilter filter) {
        return query(campaignId, filter, "SELECT COUNT(r) FROM Respondent r", "", Long.class).getSingleResult();
    }

    @Override
    public Map<String, Long> countByGroup(long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT g.code, COUNT(r) FROM Respondent r JOIN r.group g WHERE r.campaignId = :c"
                        + " GROUP BY g.code", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<String, Map<String, Long>> countByGroupAndUnit(long campaignId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        em.createQuery("SELECT g.code, u.code, COUNT(r) FROM Respondent r JOIN r.group g JOIN r.homeUnit u"
                        + " WHERE r.campaignId = :c GROUP BY g.code, u.code", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                        .put((String) row[1], ((Number) row[2]).longValue()));
        return counts;
    }

    @Override
    public Map<String, Map<String, Long>> countByGroupUnitAndOffice(long campaignId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        em.createQuery("SELECT g.code, u.code, r.office, COUNT(r) FROM Respondent r JOIN r.group g JOIN r.homeUnit u"
                        + " WHERE r.campaignId = :c AND r.office IS NOT NULL GROUP BY g.code, u.code, r.office",
                        Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                        .put(row[1] + " " + row[2], ((Number) row[3]).longValue()));
        return counts;
    }

    @Override
    public void remove(Respondent respondent) {
        em.remove(respondent);
    }

    @Override
    public void removeAll(long campaignId) {
        em.createQuery("DELETE FROM Respondent r WHERE r.campaignId = :c").setParameter("c", campaignId)
                .executeUpdate();
    }

    private <T> TypedQuery<T> query(long campaignId, RespondentFilter f, String select, String order,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE r.campaignId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", campaignId);
        if (f.group() != null) {
            jpql.append(" AND r.group.code = :group");
            params.put("group", f.group());
        }
        if (f.homeUnit() != null) {
            jpql.append(" AND r.homeUnit.code = :unit");
            params.put("unit", f.homeUnit());
        }
        if (f.q() != null) {
            jpql.append(" AND (LOWER(r.fullName) LIKE :q OR LOWER(r.email) LIKE :q OR LOWER(r.organisation) LIKE :q)");
            params.put("q", "%" + f.q().toLowerCase(Locale.ROOT) + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(q::setParameter);
        return q;
    }
}
