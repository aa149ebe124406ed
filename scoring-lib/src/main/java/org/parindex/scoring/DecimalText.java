package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads a decimal number typed by a person: points ({@code 7.5}), rates ({@code 97.4}), counts. One rule for the
 * library's readers and for applications that take the same values in forms or spreadsheets.
 *
 * <ul>
 *   <li>A decimal point or a <em>decimal comma</em>: {@code 7,5} is 7.5 (as Vietnamese users write it). A value
 *       with one comma and no point is read with the comma as the decimal separator; digit grouping
 *       ({@code 1,234.5}, {@code 1.234,5}, {@code 1 234}) is not accepted, so that no value is read as 1000 times
 *       another.</li>
 *   <li>Bounded, so that a typo or a hostile file cannot make the reader spend minutes or gigabytes: at most
 *       {@value #MAX_LENGTH} characters, at most {@value #MAX_INTEGER_DIGITS} digits before the decimal separator
 *       and {@value #MAX_FRACTION_DIGITS} after it (trailing zeros aside). An exponent is accepted when the value
 *       fits ({@code 1E+2} = 100), so {@code 1E+999999999} and {@code 1E-100000} are rejected at once.</li>
 * </ul>
 */
public final class DecimalText {

    /** Longest text read, in characters. */
    public static final int MAX_LENGTH = 40;
    /** Most digits before the decimal separator. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Most significant digits after the decimal separator. */
    public static final int MAX_FRACTION_DIGITS = 12;

    private DecimalText() {
    }

    /**
     * The number {@code text} (stripped) stands for.
     *
     * @throws Invalid naming the text and why: {@link ProblemCode#NOT_A_NUMBER} or
     *                 {@link ProblemCode#NUMBER_OUT_OF_BOUNDS}
     */
    public static BigDecimal parse(String text) {
        Objects.requireNonNull(text, "text == null");
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            throw new Invalid(ProblemCode.NUMBER_OUT_OF_BOUNDS, text, "out of bounds (longer than " + MAX_LENGTH
                    + " characters)");
        }
        int comma = s.indexOf(',');
        if (comma >= 0) {
            if (s.indexOf(',', comma + 1) >= 0 || s.indexOf('.') >= 0) {
                throw new Invalid(ProblemCode.NOT_A_NUMBER, text, "not a number (digit grouping is not "
                        + "accepted: use one decimal point or one decimal comma)");
            }
            s = s.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Invalid(ProblemCode.NOT_A_NUMBER, text, "not a number");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(Math.max(0, Math.min(value.scale(), MAX_FRACTION_DIGITS)));
        }
        // precision - scale = digits before the point; both are ints, so this is exact in long
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new Invalid(ProblemCode.NUMBER_OUT_OF_BOUNDS, text, "out of bounds (more than " + MAX_INTEGER_DIGITS
                    + " digits before the decimal separator)");
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            BigDecimal stripped = integerDigits < -MAX_FRACTION_DIGITS ? null : value.stripTrailingZeros();
            if (stripped == null || stripped.scale() > MAX_FRACTION_DIGITS) {
                throw new Invalid(ProblemCode.NUMBER_OUT_OF_BOUNDS, text, "out of bounds (more than "
                        + MAX_FRACTION_DIGITS + " digits after the decimal separator)");
            }
            value = stripped;
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return value;
    }

    /**
     * The problem {@code e} makes for {@code item}'s {@code field}: code, field, value, and for
     * {@link ProblemCode#NUMBER_OUT_OF_BOUNDS} the parameter {@code limit} (e.g. {@code "15.12"}: digits before
     * and after the separator).
     */
    public static Problem problem(Invalid e, String item, String field) {
        Problem p = Problem.of(e.code(), item, field + " is " + e.getMessage()).on(field, e.text());
        return e.code() == ProblemCode.NUMBER_OUT_OF_BOUNDS
                ? p.with("limit", MAX_INTEGER_DIGITS + "." + MAX_FRACTION_DIGITS) : p;
    }

    /** A text that is not a readable number; {@link #code()} says why. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final ProblemCode code;
        private final String text;
        private final String reason;

        Invalid(ProblemCode code, String text, String reason) {
            super(reason + ": \"" + Problem.cut(text) + "\"");
            this.code = code;
            this.text = Problem.cut(text);
            this.reason = reason;
        }

        /** Why, without the text: {@code "not a number"}, {@code "out of bounds (…)"}. */
        public String reason() {
            return reason;
        }

        /** {@link ProblemCode#NOT_A_NUMBER} or {@link ProblemCode#NUMBER_OUT_OF_BOUNDS}. */
        public ProblemCode code() {
            return code;
        }

        /** The text, cut to 40 characters. */
        public String text() {
            return text;
        }
    }
}
