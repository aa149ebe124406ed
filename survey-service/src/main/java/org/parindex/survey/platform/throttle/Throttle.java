package org.parindex.survey.platform.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one rule of every throttle (failed logins, unknown links): at most {@code max} failures of one key within a
 * sliding {@code window}; beyond that the key is refused until its oldest failure in the way leaves the window.
 * The failures live in a {@link FailureLog} shared by all instances (the database), so a cluster of n instances
 * allows what one instance allows.
 *
 * <p>Two ways of counting. {@link #refusal} then {@link #failed}: a check that costs one read, the failure
 * recorded when it happened (the link check: successful lookups cost nothing); concurrent requests that all passed
 * the check may each add a failure. {@link #attempt}: the attempt is counted with everything recorded before it
 * and, unless refused, recorded as pending in the same step (the log counts concurrent attempts on one key one
 * after another, whichever instance took them); then either {@link #failed(Attempt)} settles it as a failure or
 * {@link #cleared} forgets it with the key's other failures (the login, where a password check takes long enough
 * for a burst to slip through a plain check). An attempt is refused when it sees {@code max} others, pending or
 * failed, so a burst of attempts on a key with nothing in its window gets exactly {@code max}, never fewer and
 * never more. When pending
 * attempts of others are what stands in the way (a client sending many requests with good credentials at once),
 * the wait is a second, not the window.
 */
public final class Throttle {

    /** How often expired failures are swept out of the log (each instance). */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom IDS = new SecureRandom();

    /**
     * One limit: {@code max} failures of {@code subject} in {@code scope} (e.g. an account, an address) per
     * {@code window}.
     */
    public record Limit(String scope, String subject, int max, Duration window) {

        public Limit {
            if (max < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a throttle needs max >= 1 and a positive window: " + max + ", "
                        + window);
            }
            subject = subject == null ? "" : subject;
        }

        /** The key in the log: a SHA-256 of scope and subject (no name or address kept in clear). */
        String key() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((scope + '\u0000' + subject).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final FailureLog log;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    public Throttle(FailureLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** How long to wait before trying again when any limit is used up, or empty when the caller may try now. */
    public Optional<Duration> refusal(List<Limit> limits) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Limit limit : limits) {
            wait = longer(wait, waitFor(limit, log.after(limit.key(), now.minus(limit.window())), now));
        }
        return positive(wait);
    }

    /** Counts one failure against every limit's key. */
    public void failed(List<Limit> limits) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        for (Limit limit : limits) {
            log.add(IDS.nextLong(), limit.key(), now, now.plus(limit.window()));
        }
    }

    /**
     * An attempt counted by {@link #attempt}: refused (with the wait), or allowed and recorded as pending under
     * {@code ids} until {@link #failed(Attempt)} or {@link #cleared}.
     */
    public record Attempt(Optional<Duration> refused, List<Long> ids) {
    }

    /**
     * Counts an attempt against every limit with everything recorded before it: when any limit already has
     * {@code max} failures or pending attempts in its window the attempt is refused and nothing is recorded;
     * otherwise it is recorded, pending. The log counts concurrent attempts on one key one after another.
     */
    public Attempt attempt(List<Limit> limits) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        List<FailureLog.Attempted> attempts = limits.stream().map(limit -> new FailureLog.Attempted(IDS.nextLong(),
                limit.key(), now.minus(limit.window()), now, now.plus(limit.window()))).toList();
        Optional<Duration> refused = log.addUnlessRefused(attempts, seen -> {
            Duration wait = Duration.ZERO;
            for (int i = 0; i < limits.size(); i++) {
                wait = longer(wait, waitForAttempt(limits.get(i), seen.get(i), now));
            }
            return positive(wait);
        });
        return refused.isPresent() ? new Attempt(refused, List.of())
                : new Attempt(Optional.empty(), attempts.stream().map(FailureLog.Attempted::id).toList());
    }

    /**
     * The wait of an attempt that sees {@code others} in its way. Only failures are sure to stay: when they alone do
     * not fill the limit, a pending attempt will soon fail or succeed, so try again in a moment.
     */
    private static Duration waitForAttempt(Limit limit, List<FailureLog.Failure> others, Instant now) {
        Duration wait = waitFor(limit, others, now);
        if (wait.isZero()) {
            return wait;
        }
        Duration sure = waitFor(limit, others.stream().filter(f -> !f.pending()).toList(), now);
        return sure.isZero() ? Duration.ofSeconds(1) : sure;
    }

    /** The allowed {@code attempt} failed: it stays counted as a failure for the window. */
    public void failed(Attempt attempt) {
        attempt.ids().forEach(log::settle);
    }

    /** Forgets the failures of every limit's key (after a success). */
    public void cleared(List<Limit> limits) {
        for (Limit limit : limits) {
            log.clear(limit.key());
        }
    }

    /** The wait until fewer than {@code max} of {@code failures} (oldest first) are in the window. */
    private static Duration waitFor(Limit limit, List<FailureLog.Failure> failures, Instant now) {
        int n = failures.size();
        if (n < limit.max()) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, failures.get(n - limit.max()).at().plus(limit.window()));
        // another instance's clock may run ahead: never less than a second while refused
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (!now.isBefore(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            log.purge(now);
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Optional<Duration> positive(Duration wait) {
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }
}
