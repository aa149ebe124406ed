package org.parindex.survey.invitation.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's key for respondents' links, and everything computed with it.
 *
 * <p>Each issued link has a random {@linkplain #newNonce() nonce} of 128 bits from {@link SecureRandom}, stored
 * with the invitation. The token and the short code are derived from the nonce with HMAC-SHA256 under this key
 * ({@link #credentials}); the database keeps the nonce, the SHA-256 hash of the token and a keyed hash of the code,
 * never the token or the code. So a leaked database alone gives no working link (the key is in the configuration or
 * a file of its own), while the service can still show a respondent's link again as a QR code, on a printed card or
 * in a reminder without issuing a new one. Whoever holds both the database and the key holds every link: keep the
 * key out of backups of the database. Changing the key invalidates every link at once.
 */
public final class LinkSecret {

    /** Bytes of a key. */
    public static final int KEY_BYTES = 32;
    /** Bytes of a nonce. */
    public static final int NONCE_BYTES = 16;

    private static final String HMAC = "HmacSHA256";

    private final byte[] key;
    private final SecureRandom random;

    private LinkSecret(byte[] key, SecureRandom random) {
        this.key = key.clone();
        this.random = random;
    }

    /** A secret with {@code key} of at least {@value #KEY_BYTES} bytes. */
    public static LinkSecret of(byte[] key, SecureRandom random) {
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the link key needs at least " + KEY_BYTES + " bytes, got "
                    + (key == null ? 0 : key.length));
        }
        return new LinkSecret(key, random);
    }

    /** A new random key. */
    public static byte[] newKey(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** A new nonce for one issued link, URL-safe base64 of {@value #NONCE_BYTES} random bytes. */
    public String newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    /** The token and the short code of the link with {@code nonce}. */
    public Credentials credentials(String nonce) {
        byte[] token = Arrays.copyOf(mac("token:" + nonce), InvitationToken.BYTES);
        ShortCode code = ShortCode.fromBits(mac("code:" + nonce));
        return new Credentials(InvitationToken.of(token), code);
    }

    /** The hash of a token as stored: SHA-256, 64 hex digits (no key needed: tokens carry 192 bits). */
    public String tokenHash(InvitationToken token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The hash of a short code as stored: HMAC-SHA256 under the key, 64 hex digits. Keyed because 50 bits could
     * be found from a plain hash by trying them all.
     */
    public String codeHash(ShortCode code) {
        return HexFormat.of().formatHex(mac("code-lookup:" + code.value()));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }

    /**
     * A link's two secrets.
     *
     * @param token what the e-mailed link and the QR code carry
     * @param code  what a printed card shows for typing
     */
    public record Credentials(InvitationToken token, ShortCode code) {
    }
}
