package org.parindex.survey.campaign.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;

/** {@link Campaigns} in the database, through JPA. */
@ApplicationScoped
public class JpaCampaigns implements Campaigns {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public Campaign add(Campaign campaign) {
        em.persist(campaign);
        em.flush();
        return campaign;
    }

    @Override
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public List<Campaign> list(CampaignFilter filter, int offset, int limit) {
        return query(filter, "SELECT c FROM Campaign c", " ORDER BY c.assessedYear DESC, c.id DESC", Campaign.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(CampaignFilter filter) {
        return query(filter, "SELECT COUNT(c) FROM Campaign c", "", Long.class).getSingleResult();
    }

    @Override
    public boolean none() {
        return em.createQuery("SELECT c.id FROM Campaign c", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void remove(Campaign campaign) {
        em.remove(campaign);
    }

    private <T> TypedQuery<T> query(CampaignFilter f, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.status() != null) {
            jpql.append(" AND c.status = :status");
            params.put("status", f.status());
        }
        if (f.year() != null) {
            jpql.append(" AND c.assessedYear = :year");
            params.put("year", f.year());
        }
        if (f.province() != null) {
            jpql.append(" AND LOWER(c.province) LIKE :province");
            params.put("province", "%" + f.province().toLowerCase(Locale.ROOT) + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(q::setParameter);
        return q;
    }
}
