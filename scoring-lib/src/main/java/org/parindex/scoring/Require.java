package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Fail-fast argument checks of the scoring model; every message names the argument and the bad value. */
final class Require {

    private Require() {
    }

    /** Returns {@code value}, or throws naming {@code what} when it is null or blank. */
    static String text(String value, String what) {
        Objects.requireNonNull(value, what + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return value;
    }

    /**
     * Returns {@code value}, or throws naming {@code what} (built only then) when it is null or blank. For hot
     * paths, where building the message for every call would cost more than the check.
     */
    static String text(String value, java.util.function.Supplier<String> what) {
        if (value == null) {
            throw new NullPointerException(what.get() + " == null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what.get() + " is blank");
        }
        return value;
    }

    /** {@code null} for null or blank text, else the text. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Returns {@code value}, or throws naming {@code what} when it is null or negative. */
    static BigDecimal nonNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what + " == null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0: " + value.toPlainString());
        }
        return value;
    }

    /** An immutable copy of {@code list} (null means empty), rejecting null elements by {@code what}. */
    static <T> List<T> list(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(what + "[" + i + "] == null");
            }
        }
        return List.copyOf(list);
    }

    /** Plain decimal text without exponent or trailing zeros: {@code 1.50 → "1.5"}, {@code 2.00 → "2"}. */
    static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
