package org.parindex.survey.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LockConflictRetryTest {

    private final LockConflictRetry retry = new LockConflictRetry(); // no transaction registry: none is running

    @Test
    void aVersionConflictAtCommitIsTriedAgainAndTheNextAttemptCounts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Object result = retry.retry(context(calls, n -> {
            if (n == 1) {
                throw new IllegalStateException(new RollbackException(new OptimisticLockException("invitation")));
            }
            return "opened";
        }));
        assertThat(result).isEqualTo("opened");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aDeadlockIsTriedAgainAtMostFiveTimesThenReachesTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.retry(context(calls, n -> {
            throw new IllegalStateException(new SQLException("deadlock", "40001"));
        }))).hasRootCauseInstanceOf(SQLException.class);
        assertThat(calls).hasValue(LockConflictRetry.ATTEMPTS);
    }

    @Test
    void anyOtherFailureReachesTheCallerAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.retry(context(calls, n -> {
            throw new IllegalArgumentException("a wrong answer");
        }))).isInstanceOf(IllegalArgumentException.class);
        assertThat(calls).hasValue(1);
    }

    /** An invocation whose proceed() is {@code attempt} (1, 2, …). */
    private static InvocationContext context(AtomicInteger calls, IntFunction<Object> attempt) {
        return (InvocationContext) Proxy.newProxyInstance(InvocationContext.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "proceed" -> attempt.apply(calls.incrementAndGet());
                    case "getMethod" -> Object.class.getMethod("toString");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
