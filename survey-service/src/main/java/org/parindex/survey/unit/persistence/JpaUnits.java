package org.parindex.survey.unit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

/** {@link Units} in the database, through JPA. */
@ApplicationScoped
public class JpaUnits implements Units {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Unit unit) {
        em.persist(unit);
    }

    @Override
    public Optional<Unit> find(long campaignId, String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.campaignId = :c AND u.code = :code", Unit.class)
                .setParameter("c", campaignId).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Unit> byCode(long campaignId) {
        Map<String, Unit> units = new LinkedHashMap<>();
        em.createQuery("SELECT u FROM Unit u WHERE u.campaignId = :c ORDER BY u.code", Unit.class)
                .setParameter("c", campaignId).getResultList()
                .forEach(u -> units.put(u.code(), u));
        return units;
    }

    @Override
    public List<Unit> list(long campaignId, UnitFilter filter, int offset, int limit) {
        return query(campaignId, filter, "SELECT u FROM Unit u", " ORDER BY u.level, u.code", Unit.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(long campaignId, UnitFilter filter) {
        return query(campaignId, filter, "SELECT COUNT(u) FROM Unit u", "", Long.class).getSingleResult();
    }

    @Override
    public Map<String, Long> countByLevel(long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT u.level, COUNT(u) FROM Unit u WHERE u.campaignId = :c GROUP BY u.level",
                        Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public void removeAll(long campaignId) {
        em.createQuery("DELETE FROM Unit u WHERE u.campaignId = :c").setParameter("c", campaignId).executeUpdate();
    }

    private <T> TypedQuery<T> query(long campaignId, UnitFilter f, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE u.campaignId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", campaignId);
        if (f.level() != null) {
            jpql.append(" AND u.level = :level");
            params.put("level", f.level());
        }
        if (f.parent() != null) {
            jpql.append(" AND u.parent = :parent");
            params.put("parent", f.parent());
        }
        if (f.q() != null) {
            jpql.append(" AND (LOWER(u.code) LIKE :q OR LOWER(u.name) LIKE :q)");
            params.put("q", "%" + f.q().toLowerCase(Locale.ROOT) + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(q::setParameter);
        return q;
    }
}
