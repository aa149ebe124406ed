package org.parindex.survey.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Password hashes with Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2 with HMAC-SHA-512, 210 000
 * iterations (OWASP's advice for that algorithm), a 32-byte random salt. The algorithm, iterations and salt are
 * part of each stored hash, so hashes made with other parameters still verify.
 *
 * <p>At most {@link #CONCURRENT} hashes are computed at once (half the processors, at least one): a flood of
 * logins waits for a permit instead of holding every core; a check that waits longer than {@link #WAIT_SECONDS}
 * seconds fails as a wrong password would.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    static final int CONCURRENT = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    static final int WAIT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

    private Pbkdf2PasswordHash hash;
    private final Semaphore permits = new Semaphore(CONCURRENT, true);

    PasswordHasher() {
        // for the CDI proxy
    }

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    /** The hash of {@code password}, to store. */
    public String hash(String password) {
        permits.acquireUninterruptibly();
        try {
            return hash.generate(password.toCharArray());
        } finally {
            permits.release();
        }
    }

    /** Whether {@code password} matches {@code stored}; false also when no permit came in time. */
    public boolean verify(String password, String stored) {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Password check refused: " + CONCURRENT + " checks running for " + WAIT_SECONDS + " s");
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return hash.verify(password.toCharArray(), stored);
        } finally {
            permits.release();
        }
    }
}
