package org.parindex.survey.invitation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The short code of an invitation, for people who hold a paper card and cannot scan its QR code: ten characters
 * of Crockford's base32 alphabet ({@value #ALPHABET}: digits and capitals without I, L, O and U, so that nothing
 * reads as something else), printed in two groups of five ({@code 7KQ4M-Z2P9X}). Ten characters carry 50 bits;
 * guessing is held off by the rate limit on lookups, and the code is stored only as a keyed hash.
 *
 * <p>Reading is forgiving the way Crockford intended: lower case is accepted, {@code O} is read as {@code 0},
 * {@code I} and {@code L} as {@code 1}, and spaces and hyphens are ignored.
 *
 * @param value the ten characters, upper case, without the hyphen
 */
public record ShortCode(String value) {

    /** The 32 symbols, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Number of symbols. */
    public static final int LENGTH = 10;
    /** Bits a code carries. */
    public static final int BITS = LENGTH * 5;

    public ShortCode {
        Objects.requireNonNull(value, "value == null");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a short code of " + LENGTH + " symbols of " + ALPHABET + ": "
                    + value);
        }
    }

    /** The code made of the first {@value #BITS} bits of {@code bytes} (at least 7 bytes). */
    public static ShortCode fromBits(byte[] bytes) {
        if (bytes.length * 8 < BITS) {
            throw new IllegalArgumentException("need at least " + BITS + " bits, got " + bytes.length * 8);
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            int symbol = 0;
            for (int b = 0; b < 5; b++) {
                int bit = i * 5 + b;
                symbol = (symbol << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
            }
            code.append(ALPHABET.charAt(symbol));
        }
        return new ShortCode(code.toString());
    }

    /** The code a person typed, if it is one: case, hyphens, spaces and the look-alikes O, I, L forgiven. */
    public static Optional<ShortCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder v = new StringBuilder(LENGTH);
        for (char c : typed.toCharArray()) {
            char u = Character.toUpperCase(c);
            if (u == '-' || Character.isWhitespace(u)) {
                continue;
            }
            u = switch (u) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> u;
            };
            if (u > 127 || ALPHABET.indexOf(u) < 0) {
                return Optional.empty();
            }
            v.append(u);
        }
        return v.length() == LENGTH ? Optional.of(new ShortCode(v.toString())) : Optional.empty();
    }

    /** As printed: two groups of five, e.g. {@code 7KQ4M-Z2P9X}. */
    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    @Override
    public String toString() {
        return display();
    }
}
