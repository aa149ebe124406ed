package org.parindex.survey.scores.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.scores.domain.Scores;

/** {@link Scores} in the database, through JPA. */
@ApplicationScoped
public class JpaScores implements Scores {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(ScoreEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<ScoreEntry> find(long campaignId, String unit, String item) {
        return em.createQuery("SELECT s FROM ScoreEntry s WHERE s.campaignId = :c AND s.unitCode = :u"
                        + " AND s.itemCode = :i", ScoreEntry.class)
                .setParameter("c", campaignId).setParameter("u", unit).setParameter("i", item)
                .getResultStream().findFirst();
    }

    @Override
    public List<ScoreEntry> ofCampaign(long campaignId) {
        return em.createQuery("SELECT s FROM ScoreEntry s WHERE s.campaignId = :c ORDER BY s.unitCode, s.itemCode",
                ScoreEntry.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<ScoreEntry> ofUnits(long campaignId, Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM ScoreEntry s WHERE s.campaignId = :c AND s.unitCode IN :u"
                        + " ORDER BY s.unitCode, s.itemCode", ScoreEntry.class)
                .setParameter("c", campaignId).setParameter("u", units).getResultList();
    }

    @Override
    public Map<String, ScoreEntry> byKey(long campaignId) {
        Map<String, ScoreEntry> map = new LinkedHashMap<>();
        ofCampaign(campaignId).forEach(s -> map.put(Scores.key(s.unitCode(), s.itemCode()), s));
        return map;
    }

    @Override
    public Map<String, Long> countByUnit(long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT s.unitCode, COUNT(s) FROM ScoreEntry s WHERE s.campaignId = :c GROUP BY s.unitCode"
                        + " ORDER BY s.unitCode", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
