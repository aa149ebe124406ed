package org.parindex.survey.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds off password guessing: after {@code survey.login.max-failures} (5) failed logins within
 * {@code survey.login.window} (15 minutes) for one account, or {@code survey.login.max-failures-per-address} (20,
 * an office shares one address) from one client address, further attempts for that account or from that address
 * are refused until the oldest failure leaves the window, before any password hash
 * is computed. A successful login clears the account's and the address's failures. Kept in memory per instance
 * (no table): a restart forgets, a cluster of n instances allows n times as many tries.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private int maxFailures;
    private int maxFailuresPerAddress;
    private Duration window;
    private Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle() {
        // for the CDI proxy
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "survey.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "survey.login.max-failures-per-address", defaultValue = "20")
                         int maxFailuresPerAddress,
                         @ConfigProperty(name = "survey.login.window", defaultValue = "PT15M") String window,
                         Clock clock) {
        this(maxFailures, maxFailuresPerAddress, Duration.parse(window.strip()), clock);
    }

    /** A throttle allowing {@code maxFailures} per account, {@code maxFailuresPerAddress} per address. */
    public LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("survey.login.max-failures(-per-address) must be at least 1 and"
                    + " survey.login.window positive: " + maxFailures + ", " + maxFailuresPerAddress + ", " + window);
        }
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Deque<Instant> f = failures.get(key);
            if (f == null) {
                continue;
            }
            synchronized (f) {
                prune(f, now);
                if (f.size() >= limit(key)) {
                    Duration w = Duration.between(now, f.peekFirst().plus(window));
                    wait = w.compareTo(wait) > 0 ? w : wait;
                }
            }
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts one failed login against the account and the address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        for (String key : keys(username, address)) {
            Deque<Instant> f = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (f) {
                prune(f, now);
                f.addLast(now);
                while (f.size() > limit(key)) {
                    f.removeFirst();
                }
            }
        }
    }

    /** Forgets the failures of the account and the address after a successful login. */
    public void succeeded(String username, String address) {
        for (String key : keys(username, address)) {
            failures.remove(key);
        }
    }

    private int limit(String key) {
        return key.startsWith("account:") ? maxFailures : maxFailuresPerAddress;
    }

    private static String[] keys(String username, String address) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String a = address == null ? "" : address;
        if (u.length() > 100) {
            u = u.substring(0, 100);
        }
        return u.isEmpty() ? new String[] {"address:" + a} : new String[] {"account:" + u, "address:" + a};
    }

    private void prune(Deque<Instant> f, Instant now) {
        Instant oldest = now.minus(window);
        while (!f.isEmpty() && !f.peekFirst().isAfter(oldest)) {
            f.removeFirst();
        }
    }
}
