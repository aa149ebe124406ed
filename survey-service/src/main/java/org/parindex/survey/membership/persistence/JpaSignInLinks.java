package org.parindex.survey.membership.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.membership.domain.SignInLink;
import org.parindex.survey.membership.domain.SignInLinks;

/** {@link SignInLinks} in the database, through JPA. */
@ApplicationScoped
public class JpaSignInLinks implements SignInLinks {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(SignInLink link) {
        em.persist(link);
    }

    @Override
    public Optional<SignInLink> lock(String tokenHash) {
        return Optional.ofNullable(em.find(SignInLink.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<SignInLink> unused(String username) {
        return em.createQuery("SELECT l FROM SignInLink l WHERE l.username = :u AND l.usedAt IS NULL",
                SignInLink.class).setParameter("u", username).getResultList();
    }
}
