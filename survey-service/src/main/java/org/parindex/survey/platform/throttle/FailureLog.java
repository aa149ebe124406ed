package org.parindex.survey.platform.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where {@link Throttle} keeps the failures it counts: the database ({@link JdbcFailureLog}), so that every instance
 * of a cluster counts the same failures; an in-memory fake in unit tests.
 */
public interface FailureLog {

    /** One counted failure; {@code pending} while the attempt it stands for is still being checked. */
    record Failure(long id, Instant at, boolean pending) {
    }

    /**
     * An attempt to count against {@code key}: the failures later than {@code since} are the ones in its way; when
     * allowed it is recorded as pending failure {@code id} at {@code at}, to be forgotten after {@code expires}.
     */
    record Attempted(long id, String key, Instant since, Instant at, Instant expires) {
    }

    /** Records failure {@code id} of {@code key} at {@code at}, to be forgotten after {@code expires}. */
    void add(long id, String key, Instant at, Instant expires);

    /**
     * Counts and records one attempt as one step: with the keys of {@code attempts} locked against every other
     * {@code addUnlessRefused} on any instance sharing the log, reads each key's failures later than its
     * {@code since} (oldest first, in the order of {@code attempts}) and asks {@code refusal}; unless it refuses,
     * records each attempt as pending ({@link #settle}). Concurrent attempts on one key are thus counted one after
     * another, each seeing the ones before it. Returns the refusal.
     */
    Optional<Duration> addUnlessRefused(List<Attempted> attempts,
            Function<List<List<Failure>>, Optional<Duration>> refusal);

    /** The pending attempt {@code id} did fail. */
    void settle(long id);

    /** The failures of {@code key} later than {@code after}, oldest first (ties in id order). */
    List<Failure> after(String key, Instant after);

    /** Forgets every failure of {@code key}. */
    void clear(String key);

    /** Forgets every failure that expired at or before {@code now}. */
    void purge(Instant now);
}
