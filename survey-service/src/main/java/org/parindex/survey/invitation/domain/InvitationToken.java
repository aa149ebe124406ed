package org.parindex.survey.invitation.domain;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of a respondent's link ({@code …/q/<token>}): {@value #BYTES} bytes (192 bits) written in
 * URL-safe base64 without padding, {@value #LENGTH} characters of {@code A–Z a–z 0–9 - _}. Only its SHA-256 hash is
 * stored ({@link LinkSecret#tokenHash}).
 *
 * @param value the {@value #LENGTH} characters
 */
public record InvitationToken(String value) {

    /** Bytes of a token. */
    public static final int BYTES = 24;
    /** Characters of a token. */
    public static final int LENGTH = 32;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    public InvitationToken {
        Objects.requireNonNull(value, "value == null");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a token of " + LENGTH + " URL-safe base64 characters");
        }
    }

    /** The token written from exactly {@value #BYTES} bytes. */
    public static InvitationToken of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a token has " + BYTES + " bytes, got " + bytes.length);
        }
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in {@code text} (a path segment), if it has the shape of one. */
    public static Optional<InvitationToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new InvitationToken(text))
                : Optional.empty();
    }

    /** The bytes the token stands for. */
    public byte[] bytes() {
        return Base64.getUrlDecoder().decode(value);
    }

    /** Never the secret itself, so that a token cannot leak through a log line. */
    @Override
    public String toString() {
        return "InvitationToken[" + value.substring(0, 4) + "…]";
    }
}
