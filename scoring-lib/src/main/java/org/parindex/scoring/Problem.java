package org.parindex.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input: which item, where it was read from, and what is wrong.
 *
 * <p>{@code item} names the offending element in the input's own words, e.g. {@code "criterion 1.2.1"} or
 * {@code "group HDND_TINH"}. {@code source} is the file (or other origin) it was read from and {@code line} its
 * 1-based line there; both are absent for values built in code.
 *
 * @param item    the offending element, never blank
 * @param message what is wrong with it, never blank
 * @param source  file name or other origin, or {@code null} when built in code
 * @param line    1-based line in {@code source}, or 0 when unknown
 */
public record Problem(String item, String message, String source, int line) {

    /**

     * Checks the components: item and message are required, line is not negative.

     */

    public Problem {
        Objects.requireNonNull(item, "item == null");
        Objects.requireNonNull(message, "message == null");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A problem with an item built in code, with no file or line. */
    public static Problem of(String item, String message) {
        return new Problem(item, message, null, 0);
    }

    /** The same problem, located at {@code line} of {@code source}. */
    public Problem at(String source, int line) {
        return new Problem(item, message, source, line);
    }

    /** The file or other origin, if known. */
    public Optional<String> sourceName() {
        return Optional.ofNullable(source);
    }

    /** {@code "file.json:12: criterion 1.2: max points 3 ≠ sum of sub-criteria 2.5"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (source != null) {
            s.append(source);
            if (line > 0) {
                s.append(':').append(line);
            }
            s.append(": ");
        } else if (line > 0) {
            s.append("line ").append(line).append(": ");
        }
        return s.append(item).append(": ").append(message).toString();
    }
}
