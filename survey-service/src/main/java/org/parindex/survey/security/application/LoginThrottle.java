package org.parindex.survey.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.platform.throttle.FailureLog;
import org.parindex.survey.platform.throttle.Throttle;

/**
 * Holds off password guessing: after {@code survey.login.max-failures} (5) failed logins within
 * {@code survey.login.window} (15 minutes) for one account, or {@code survey.login.max-failures-per-address} (20,
 * an office shares one address) from one client address, further attempts for that account or from that address
 * are refused until the oldest failure leaves the window, before any password hash is computed. A successful login
 * clears the account's and the address's failures. The failures are counted by the one {@link Throttle} in the
 * shared database: a cluster of n instances allows what one allows, a restart forgets nothing. Each attempt is
 * counted before its password is checked ({@link Throttle#attempt}), so a burst of concurrent guesses, even spread
 * over several instances, gets no more tries than one guess after another.
 */
@ApplicationScoped
public class LoginThrottle {

    private int maxFailures;
    private int maxFailuresPerAddress;
    private Duration window;
    private Throttle throttle;

    LoginThrottle() {
        // for the CDI proxy
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "survey.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "survey.login.max-failures-per-address", defaultValue = "20")
                         int maxFailuresPerAddress,
                         @ConfigProperty(name = "survey.login.window", defaultValue = "PT15M") String window,
                         FailureLog failures, Clock clock) {
        this(maxFailures, maxFailuresPerAddress, Duration.parse(window.strip()), failures, clock);
    }

    /** A throttle allowing {@code maxFailures} per account, {@code maxFailuresPerAddress} per address. */
    public LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, FailureLog failures,
                         Clock clock) {
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("survey.login.max-failures(-per-address) must be at least 1 and"
                    + " survey.login.window positive: " + maxFailures + ", " + maxFailuresPerAddress + ", " + window);
        }
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.throttle = new Throttle(failures, clock);
    }

    /**
     * Counts a login attempt before its password is checked: refused with how long the caller must wait when the
     * account or the address has failed too often (the attempt is then not counted), or allowed (it counts until
     * {@link #failed} or {@link #succeeded} follows).
     */
    public Throttle.Attempt attempt(String username, String address) {
        return throttle.attempt(limits(username, address));
    }

    /** The allowed attempt's password was wrong: a failure of the account and the address. */
    public void failed(Throttle.Attempt attempt) {
        throttle.failed(attempt);
    }

    /** Forgets the failures of the account and the address after a successful login. */
    public void succeeded(String username, String address) {
        throttle.cleared(limits(username, address));
    }

    private List<Throttle.Limit> limits(String username, String address) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Throttle.Limit byAddress = new Throttle.Limit("login-address", address == null ? "" : address,
                maxFailuresPerAddress, window);
        if (u.length() > 100) {
            u = u.substring(0, 100);
        }
        return u.isEmpty() ? List.of(byAddress)
                : List.of(new Throttle.Limit("login-account", u, maxFailures, window), byAddress);
    }
}
