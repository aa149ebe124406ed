package org.parindex.survey.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reading ISO-8601 durations from settings ({@code PT30S}, {@code PT24H}), with errors that name the setting. */
public final class Durations {

    private Durations() {
    }

    /** A duration greater than zero. */
    public static Duration positive(String key, String value) {
        return parse(key, value, false);
    }

    /** A duration of zero or more. */
    public static Duration zeroOrMore(String key, String value) {
        return parse(key, value, true);
    }

    private static Duration parse(String key, String value, boolean zeroAllowed) {
        Duration d;
        try {
            d = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT30S or PT24H: "
                    + value, e);
        }
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            throw new IllegalArgumentException(key + " must be " + (zeroAllowed ? "zero or more" : "positive")
                    + ": " + value);
        }
        return d;
    }
}
