package org.parindex.bench.minimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The entity's repository: a CDI bean with JPA in JTA transactions. */
@ApplicationScoped
@Transactional
public class Notes {

    @PersistenceContext(unitName = "minimal")
    EntityManager em;

    public long count() {
        return em.createQuery("SELECT COUNT(n) FROM Note n", Long.class).getSingleResult();
    }

    public void addFirst() {
        if (em.find(Note.class, 1L) == null) {
            em.persist(new Note(1L, "xin chào"));
        }
    }
}
