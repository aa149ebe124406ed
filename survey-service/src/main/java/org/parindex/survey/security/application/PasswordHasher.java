package org.parindex.survey.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2 with HMAC-SHA-512, 210 000
 * iterations (OWASP's advice for that algorithm), a 32-byte random salt. The algorithm, iterations and salt are
 * part of each stored hash, so hashes made with other parameters still verify.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private Pbkdf2PasswordHash hash;

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
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} matches {@code stored}. */
    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }
}
