package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds off guessing: each client (by address) may look up at most {@code survey.invitation.lookup.max-failures}
 * unknown tokens or codes per {@code survey.invitation.lookup.window}; after that every lookup of that client gets
 * 429 until the oldest failure leaves the window. Successful lookups cost nothing, so a meeting room behind one
 * address scanning its cards is not slowed. Kept in memory per instance: a cluster of n instances allows n times as
 * many tries, still hopeless against 192-bit tokens and 50-bit codes.
 */
@ApplicationScoped
public class LookupThrottle {

    private static final int MAX_CLIENTS = 100_000;

    private InvitationConfig config;
    private Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LookupThrottle() {
        // for the CDI proxy
    }

    @Inject
    public LookupThrottle(InvitationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Throws 429 when {@code client} has used up its failures. */
    public void check(String client) {
        Deque<Instant> f = failures.get(client);
        if (f == null) {
            return;
        }
        Instant now = clock.instant();
        synchronized (f) {
            prune(f, now);
            if (f.size() >= config.lookupMaxFailures()) {
                Duration wait = Duration.between(now, f.peekFirst().plus(config.lookupWindow()));
                throw new TooManyAttemptsException(Math.max(1, wait.toSeconds() + 1));
            }
        }
    }

    /** Counts one unknown token or code against {@code client}. */
    public void failed(String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_CLIENTS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> f = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (f) {
            prune(f, now);
            f.addLast(now);
        }
    }

    private void prune(Deque<Instant> f, Instant now) {
        Instant oldest = now.minus(config.lookupWindow());
        while (!f.isEmpty() && !f.peekFirst().isAfter(oldest)) {
            f.removeFirst();
        }
    }
}
