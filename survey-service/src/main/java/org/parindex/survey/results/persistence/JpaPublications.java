package org.parindex.survey.results.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.results.domain.Publication;
import org.parindex.survey.results.domain.Publications;

/** {@link Publications} in the database, through JPA. */
@ApplicationScoped
public class JpaPublications implements Publications {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Publication publication) {
        em.persist(publication);
    }

    @Override
    public List<Publication> ofCampaign(long campaignId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.campaignId = :c ORDER BY p.number DESC",
                Publication.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<Publication> find(long campaignId, int number) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.campaignId = :c AND p.number = :n",
                        Publication.class)
                .setParameter("c", campaignId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public int lastNumber(long campaignId) {
        Integer max = em.createQuery("SELECT MAX(p.number) FROM Publication p WHERE p.campaignId = :c",
                Integer.class).setParameter("c", campaignId).getSingleResult();
        return max == null ? 0 : max;
    }
}
