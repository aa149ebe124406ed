package org.parindex.survey.platform.throttle;

import java.time.Instant;
import java.util.List;

/**
 * Where {@link Throttle} keeps the failures it counts: the database ({@link JdbcFailureLog}), so that every instance
 * of a cluster counts the same failures; an in-memory fake in unit tests.
 */
public interface FailureLog {

    /** One counted failure; {@code pending} while the attempt it stands for is still being checked. */
    record Failure(long id, Instant at, boolean pending) {
    }

    /**
     * Records failure {@code id} of {@code key} at {@code at}, to be forgotten after {@code expires}; {@code pending}
     * for an attempt recorded before it is known to fail ({@link #settle}).
     */
    void add(long id, String key, Instant at, Instant expires, boolean pending);

    /** The pending attempt {@code id} did fail. */
    void settle(long id);

    /** The failures of {@code key} later than {@code after}, oldest first (ties in id order). */
    List<Failure> after(String key, Instant after);

    /** Forgets one failure (an attempt that was refused after all). */
    void remove(long id);

    /** Forgets every failure of {@code key}. */
    void clear(String key);

    /** Forgets every failure that expired at or before {@code now}. */
    void purge(Instant now);
}
