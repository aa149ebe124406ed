package org.parindex.survey.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parindex.survey.platform.throttle.FailureLog;

/** The throttles' failures in a list, as {@code throttle_failure} keeps them. */
public final class InMemoryFailureLog implements FailureLog {

    private record Row(long id, String key, Instant at, Instant expires, boolean pending) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void add(long id, String key, Instant at, Instant expires) {
        rows.add(new Row(id, key, at, expires, false));
    }

    @Override
    public synchronized Optional<Duration> addUnlessRefused(List<Attempted> attempts,
            Function<List<List<Failure>>, Optional<Duration>> refusal) {
        Optional<Duration> refused = refusal.apply(attempts.stream().map(a -> after(a.key(), a.since())).toList());
        if (refused.isEmpty()) {
            attempts.forEach(a -> rows.add(new Row(a.id(), a.key(), a.at(), a.expires(), true)));
        }
        return refused;
    }

    @Override
    public synchronized void settle(long id) {
        rows.replaceAll(r -> r.id() == id ? new Row(r.id(), r.key(), r.at(), r.expires(), false) : r);
    }

    @Override
    public synchronized List<Failure> after(String key, Instant after) {
        return rows.stream().filter(r -> r.key().equals(key) && r.at().isAfter(after))
                .sorted(Comparator.comparing(Row::at).thenComparing(Row::id))
                .map(r -> new Failure(r.id(), r.at(), r.pending())).toList();
    }

    @Override
    public synchronized void clear(String key) {
        rows.removeIf(r -> r.key().equals(key));
    }

    @Override
    public synchronized void purge(Instant now) {
        rows.removeIf(r -> !r.expires().isAfter(now));
    }

    /** How many failures are kept, expired or not. */
    public synchronized int size() {
        return rows.size();
    }
}
