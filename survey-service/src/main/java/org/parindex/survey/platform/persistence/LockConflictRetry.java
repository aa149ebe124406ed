package org.parindex.survey.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link RetryOnLockConflict}: around (outside) {@code @Transactional}, so each attempt is a transaction of its own
 * that was rolled back whole before the next begins; lock conflicts and version conflicts alike are tried again. At most {@value #ATTEMPTS} attempts, with a random pause that
 * grows (jitter, so that the two sides of a deadlock do not meet again); when the caller already has a transaction
 * nothing is retried (the conflict rolls back the caller's work too). The last failure reaches the caller as it was
 * (a 503 with Retry-After through the fallback mapper).
 */
@RetryOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext context) throws Exception {
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !(isLockConflict(e) || isVersionConflict(e))) {
                    throw e;
                }
                long pause = ThreadLocalRandom.current().nextLong(10, 60L * attempt);
                int a = attempt;
                LOG.log(Level.FINE, () -> "Lock conflict in " + context.getMethod().getName() + ", attempt " + a
                        + " rolled back; again in " + pause + " ms");
                Thread.sleep(pause);
            }
        }
    }

    /**
     * A row changed by another transaction since this one read it (JPA's optimistic check), anywhere in the causes:
     * retried like a lock conflict, since the attempt was rolled back whole and the next one reads afresh (two
     * requests opening one questionnaire at once both mark it OPENED; the second attempt finds it so).
     */
    static boolean isVersionConflict(Throwable e) {
        return anyCause(e, c -> c instanceof OptimisticLockException);
    }

    /**
     * Deadlocks and lock time-outs anywhere in the causes: Derby 40001 and 40XL1/40XL2, PostgreSQL 40001
     * (serialization), 40P01 (deadlock) and 55P03 (lock not available).
     */
    public static boolean isLockConflict(Throwable e) {
        return anyCause(e, c -> c instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("40001") || sql.getSQLState().startsWith("40XL")
                || sql.getSQLState().equals("40P01") || sql.getSQLState().equals("55P03")));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (test.test(c)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
