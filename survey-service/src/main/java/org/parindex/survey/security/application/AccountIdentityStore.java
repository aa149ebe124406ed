package org.parindex.survey.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.survey.security.domain.Account;

/**
 * The database identity store: an enabled account whose PBKDF2 hash matches the password is valid, with its role
 * as its one group. A password just verified is remembered for a few minutes as a keyed SHA-256 digest (never the
 * password), so that API clients sending Basic credentials with every request do not pay for PBKDF2 each time;
 * any change of the account (its version) forgets it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    static final Duration REMEMBER = Duration.ofMinutes(5);

    private AccountService accounts;
    private PasswordHasher hasher;
    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile String unknownUserHash;

    AccountIdentityStore() {
        // for the CDI proxy
    }

    @Inject
    public AccountIdentityStore(AccountService accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
        new SecureRandom().nextBytes(key);
    }

    private record Verified(long version, byte[] digest, long until) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = c.getCaller() == null ? "" : c.getCaller().strip().toLowerCase(Locale.ROOT);
        String password = c.getPasswordAsString();
        Optional<Account> found = accounts.active(username);
        if (found.isEmpty() || password == null || password.isEmpty()) {
            // as slow as a wrong password, so that timing does not tell which user names exist
            hasher.verify(password == null || password.isEmpty() ? "-" : password, unknownUserHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = found.get();
        byte[] digest = digest(username, password);
        Verified v = verified.get(username);
        long now = System.currentTimeMillis();
        boolean ok = v != null && v.version() == a.version() && v.until() > now
                && MessageDigest.isEqual(v.digest(), digest);
        if (!ok) {
            ok = hasher.verify(password, a.passwordHash());
            if (ok) {
                verified.put(username, new Verified(a.version(), digest, now + REMEMBER.toMillis()));
            } else {
                verified.remove(username);
            }
        }
        return ok ? new CredentialValidationResult(a.username(), Set.of(a.role().roleName()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private String unknownUserHash() {
        String h = unknownUserHash;
        if (h == null) {
            h = hasher.hash(java.util.UUID.randomUUID().toString());
            unknownUserHash = h;
        }
        return h;
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
