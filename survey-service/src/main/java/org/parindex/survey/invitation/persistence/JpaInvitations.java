package org.parindex.survey.invitation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.RevokedLink;
import org.parindex.survey.respondent.domain.Respondent;

/** {@link Invitations} in the database, through JPA. */
@ApplicationScoped
public class JpaInvitations implements Invitations {

    private static final String FROM = " FROM Respondent r LEFT JOIN Invitation i ON i.respondentId = r.id";

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public void remove(Invitation invitation) {
        em.remove(invitation);
    }

    @Override
    public void addRevoked(RevokedLink link) {
        em.persist(link);
    }

    @Override
    public Optional<Invitation> find(long respondentId) {
        return Optional.ofNullable(em.find(Invitation.class, respondentId));
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return first(em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :h", Invitation.class)
                .setParameter("h", tokenHash));
    }

    @Override
    public Optional<Invitation> byCodeHash(String codeHash) {
        return first(em.createQuery("SELECT i FROM Invitation i WHERE i.codeHash = :h", Invitation.class)
                .setParameter("h", codeHash));
    }

    @Override
    public Optional<RevokedLink> revokedByTokenHash(String tokenHash) {
        return Optional.ofNullable(em.find(RevokedLink.class, tokenHash));
    }

    @Override
    public Optional<RevokedLink> revokedByCodeHash(String codeHash) {
        return first(em.createQuery("SELECT l FROM RevokedLink l WHERE l.codeHash = :h", RevokedLink.class)
                .setParameter("h", codeHash));
    }

    @Override
    public Optional<Invitee> invitee(long campaignId, long respondentId) {
        Respondent r = em.find(Respondent.class, respondentId);
        if (r == null || r.campaignId() != campaignId) {
            return Optional.empty();
        }
        return Optional.of(new Invitee(r, em.find(Invitation.class, respondentId)));
    }

    @Override
    public List<Invitee> invitees(long campaignId, InviteeFilter filter, int offset, int limit) {
        return query("SELECT r, i" + FROM, " ORDER BY r.id", campaignId, filter, Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new Invitee((Respondent) row[0], (Invitation) row[1]))
                .toList();
    }

    @Override
    public long count(long campaignId, InviteeFilter filter) {
        return query("SELECT COUNT(r)" + FROM, "", campaignId, filter, Long.class).getSingleResult();
    }

    @Override
    public Map<String, Map<InvitationStatus, Long>> countByGroupAndStatus(long campaignId) {
        Map<String, Map<InvitationStatus, Long>> counts = new LinkedHashMap<>();
        em.createQuery("SELECT g.code, i.status, COUNT(r)" + FROM + " JOIN r.group g WHERE r.campaignId = :c"
                        + " GROUP BY g.code, i.status ORDER BY g.code", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(row -> {
                    Map<InvitationStatus, Long> byStatus = counts.computeIfAbsent((String) row[0], g -> {
                        Map<InvitationStatus, Long> m = new EnumMap<>(InvitationStatus.class);
                        for (InvitationStatus s : InvitationStatus.values()) {
                            m.put(s, 0L);
                        }
                        return m;
                    });
                    InvitationStatus s = row[1] == null ? InvitationStatus.NOT_INVITED : (InvitationStatus) row[1];
                    byStatus.merge(s, ((Number) row[2]).longValue(), Long::sum);
                });
        return counts;
    }

    private <T> TypedQuery<T> query(String select, String order, long campaignId, InviteeFilter f,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE r.campaignId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", campaignId);
        if (f.group() != null) {
            jpql.append(" AND r.group.code = :g");
            params.put("g", f.group());
        }
        if (f.status() == InvitationStatus.NOT_INVITED) {
            jpql.append(" AND i.respondentId IS NULL");
        } else if (f.status() != null) {
            jpql.append(" AND i.status = :s");
            params.put("s", f.status());
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

    private static <T> Optional<T> first(TypedQuery<T> q) {
        return q.setMaxResults(1).getResultList().stream().findFirst();
    }
}
