package org.parindex.survey.invitation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.invitation.domain.CustomTemplate;
import org.parindex.survey.invitation.domain.CustomTemplates;
import org.parindex.survey.invitation.domain.MailKind;

/** {@link CustomTemplates} in the database, through JPA. */
@ApplicationScoped
public class JpaCustomTemplates implements CustomTemplates {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(CustomTemplate template) {
        em.persist(template);
    }

    @Override
    public void remove(CustomTemplate template) {
        em.remove(template);
    }

    @Override
    public Optional<CustomTemplate> find(long campaignId, String groupCode, MailKind kind) {
        return em.createQuery("SELECT t FROM CustomTemplate t WHERE t.campaignId = :c AND t.groupCode = :g"
                        + " AND t.kind = :k", CustomTemplate.class)
                .setParameter("c", campaignId).setParameter("g", groupCode).setParameter("k", kind)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<CustomTemplate> all(long campaignId) {
        return em.createQuery("SELECT t FROM CustomTemplate t WHERE t.campaignId = :c ORDER BY t.kind, t.groupCode",
                        CustomTemplate.class)
                .setParameter("c", campaignId).getResultList();
    }
}
