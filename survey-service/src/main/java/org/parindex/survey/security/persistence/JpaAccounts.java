package org.parindex.survey.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.security.domain.Account;
import org.parindex.survey.security.domain.Accounts;
import org.parindex.survey.platform.Role;

/** {@link Accounts} in the database, through JPA. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public Optional<Account> find(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Account> list() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    @Override
    public long activeAdmins() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :r AND a.enabled = TRUE", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
    }
}
