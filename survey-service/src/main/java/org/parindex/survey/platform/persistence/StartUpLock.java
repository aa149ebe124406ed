package org.parindex.survey.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Start-up work that must run on one instance at a time when several start together on one database (the first
 * accounts, the demo campaign): {@link #take} updates the work's row of {@code start_up_lock} (V50), which holds its row lock to the
 * end of the caller's transaction. Another instance taking the same lock waits until that transaction has
 * committed, and then sees what it did (both databases read committed data statement by statement).
 */
@ApplicationScoped
public class StartUpLock {

    /** The first accounts' lock. */
    public static final String FIRST_ADMIN = "first-admin";

    /** The demo campaign's lock. */
    public static final String DEMO_CAMPAIGN = "demo-campaign";

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    /**
     * Runs {@code work} in a transaction (the caller's, or a new one) that holds lock {@code name} from the start:
     * for callers that are not transactional themselves (start-up observers).
     */
    @Transactional(TxType.REQUIRED)
    public void runAlone(String name, Runnable work) {
        take(name);
        work.run();
    }

    /** Takes lock {@code name} for the rest of the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void take(String name) {
        int rows = em.createNativeQuery("UPDATE start_up_lock SET taken_at = CURRENT_TIMESTAMP WHERE name = ?")
                .setParameter(1, name).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("no start-up lock " + name + " (migration V50)");
        }
    }
}
