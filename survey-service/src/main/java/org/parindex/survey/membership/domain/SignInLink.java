package org.parindex.survey.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A link that lets an account set its password once: a random 256-bit token, of which only the SHA-256 is stored
 * (the token itself travels only in the mail), used at most once, before it expires.
 */
@Entity
@Table(name = "sign_in_link")
public class SignInLink {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 50)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected SignInLink() {
        // for JPA
    }

    private SignInLink(String tokenHash, String username, LocalDateTime now, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A new link and its token (to put in the mail; it is not stored). */
    public record Issued(SignInLink link, String token) {
    }

    /** Issues a link for {@code username}, valid until {@code expiresAt}. */
    public static Issued issue(String username, LocalDateTime now, LocalDateTime expiresAt) {
        Objects.requireNonNull(username, "username == null");
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("expiresAt must be after now: " + expiresAt);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new SignInLink(hash(token), username, now, expiresAt), token);
    }

    /** The stored form of {@code token}: its SHA-256 in hex; {@code null} when it cannot be a token at all. */
    public static String hash(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether the link may still be used at {@code now}. */
    public boolean usable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the link used; it never works again. */
    public void use(LocalDateTime now) {
        if (!usable(now)) {
            throw new IllegalStateException("sign-in link already used or expired");
        }
        usedAt = now;
    }

    public String username() {
        return username;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }

    public boolean used() {
        return usedAt != null;
    }
}
