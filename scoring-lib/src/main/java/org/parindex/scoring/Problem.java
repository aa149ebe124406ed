package org.parindex.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input: what kind of problem, which item, where it was read from, which field and value,
 * and a message in English.
 *
 * <p>{@code item} names the offending element in the input's own words, e.g. {@code "criterion 1.2.1"} or
 * {@code "unit SO_X, item 1.1"}. {@code source} is the file (or other origin) it was read from and {@code line} its
 * 1-based line there; both are absent for values built in code. {@code code}, {@code field}, {@code value} and
 * {@code parameters} are for programs: an application that shows its own messages switches on the
 * {@link ProblemCode} and fills in the field, value and parameters (each code lists the parameters it carries).
 *
 * <pre>{@code
 * for (Problem p : e.problems()) {
 *     String text = switch (p.code()) {
 *         case NOT_A_NUMBER -> "dòng " + p.line() + ", cột " + p.field() + ": \"" + p.value() + "\" không phải là số";
 *         case SCORE_ABOVE_MAX -> "điểm " + p.value() + " lớn hơn điểm tối đa " + p.parameters().get("max");
 *         default -> p.toString();
 *     };
 * }
 * }</pre>
 *
 * @param item       the offending element, never blank
 * @param message    what is wrong with it, in English, never blank
 * @param source     file name or other origin, or {@code null} when built in code
 * @param line       1-based line (row) in {@code source}, or 0 when unknown
 * @param code       the kind of problem, never null ({@link ProblemCode#OTHER} when no other fits)
 * @param field      the column or field at fault (e.g. {@code "appraised_score"}), or {@code null}
 * @param value      the offending value (at most 40 characters), or {@code null}: the cell's text as typed, except
 *                   for points already read as numbers ({@link ProblemCode#SCORE_ABOVE_MAX},
 *                   {@link ProblemCode#SCORE_BELOW_ZERO}), given in plain notation ({@code "7,5"} → {@code "7.5"})
 * @param parameters further values named by {@code code}, in a fixed order; never null
 */
public record Problem(String item, String message, String source, int line, ProblemCode code, String field,
                      String value, Map<String, String> parameters) {

    /** Longest {@code value} kept; longer values are cut with "…" (a cell can be megabytes long). */
    static final int MAX_VALUE_LENGTH = 40;

    /**
     * Checks the components: item, message and code are required, line is not negative; the value is cut to
     * {@value #MAX_VALUE_LENGTH} characters and the parameters are copied.
     */
    public Problem {
        Objects.requireNonNull(item, "item == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(code, "code == null");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        value = value == null ? null : cut(value);
        parameters = parameters == null || parameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A problem of kind {@link ProblemCode#OTHER}, without field, value or parameters (the original form). */
    public Problem(String item, String message, String source, int line) {
        this(item, message, source, line, ProblemCode.OTHER, null, null, Map.of());
    }

    /** A problem with an item built in code, with no file or line, of kind {@link ProblemCode#OTHER}. */
    public static Problem of(String item, String message) {
        return new Problem(item, message, null, 0);
    }

    /** A problem of kind {@code code} with an item built in code, with no file or line. */
    public static Problem of(ProblemCode code, String item, String message) {
        return new Problem(item, message, null, 0, code, null, null, Map.of());
    }

    /** The same problem, located at {@code line} of {@code source}. */
    public Problem at(String source, int line) {
        return new Problem(item, message, source, line, code, field, value, parameters);
    }

    /** The same problem, about {@code field} holding {@code value} (either may be null). */
    public Problem on(String field, String value) {
        return new Problem(item, message, source, line, code, field, value, parameters);
    }

    /** The same problem with one more parameter ({@code value} as text; a {@code BigDecimal} in plain notation). */
    public Problem with(String name, Object value) {
        Objects.requireNonNull(name, "name == null");
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value instanceof java.math.BigDecimal d ? Require.plain(d) : String.valueOf(value));
        return new Problem(item, message, source, line, code, field, this.value, more);
    }

    /** The file or other origin, if known. */
    public Optional<String> sourceName() {
        return Optional.ofNullable(source);
    }

    /** The field at fault, if known. */
    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }

    /** The offending value, if known. */
    public Optional<String> valueText() {
        return Optional.ofNullable(value);
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

    /** {@code text} cut to {@value #MAX_VALUE_LENGTH} characters, with "…" when cut. */
    static String cut(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
