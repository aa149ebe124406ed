package org.parindex.survey.platform.rest;

import org.parindex.survey.problem.TooLargeException;

/**
 * Finds a {@link TooLargeException} anywhere in a chain of causes: a body cut off at its limit surfaces wrapped by
 * JSON-B or by JAX-RS's entity reading, and must still answer 413, not 400 or 500.
 */
final class TooLarge {

    private TooLarge() {
    }

    static TooLargeException in(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < 20; c = c.getCause(), depth++) {
            if (c instanceof TooLargeException t) {
                return t;
            }
        }
        return null;
    }
}
