package org.parindex.survey.mail.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before trying a mail again: {@code initial} after the first failure, doubling after each
 * further one, never more than {@code max}. With 30 s and 1 h: 30 s, 1 min, 2 min, 4 min, 8 min, 16 min, 32 min,
 * 1 h, 1 h…
 *
 * @param initial wait after the first failure, positive
 * @param max     longest wait, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial == null");
        Objects.requireNonNull(max, "max == null");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max (" + max + ") must not be less than initial (" + initial + ")");
        }
    }

    /** The wait after {@code failures} failures in a row (at least 1). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        Duration d = initial;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
