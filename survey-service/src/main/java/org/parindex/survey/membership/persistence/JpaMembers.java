package org.parindex.survey.membership.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.membership.domain.Members;

/** {@link Members} in the database, through JPA. */
@ApplicationScoped
public class JpaMembers implements Members {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Member member) {
        em.persist(member);
    }

    @Override
    public Optional<Member> find(long campaignId, String username) {
        return em.createQuery("SELECT m FROM CampaignMember m WHERE m.campaignId = :c AND m.username = :u",
                        Member.class)
                .setParameter("c", campaignId).setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Member> ofCampaign(long campaignId) {
        return em.createQuery("SELECT m FROM CampaignMember m WHERE m.campaignId = :c ORDER BY m.username",
                        Member.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<Member> ofUser(String username) {
        return em.createQuery("SELECT m FROM CampaignMember m WHERE m.username = :u ORDER BY m.campaignId DESC",
                        Member.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public void removeAll(long campaignId) {
        em.createQuery("DELETE FROM CampaignMember m WHERE m.campaignId = :c").setParameter("c", campaignId)
                .executeUpdate();
    }
}
