package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One option of an answer scale (phương án trả lời), e.g. {@code A "Rất tốt" 1.00}.
 *
 * <p>An option without coefficient is unscored ("không đánh giá được / không biết"): it is counted, but
 * excluded from both the numerator and the denominator of the survey conversion.
 *
 * @param code        option code, unique within its scale, e.g. {@code "A"}; never blank
 * @param label       label in Vietnamese; defaults to the code when blank
 * @param coefficient coefficient in [0, 1] with at most 9 decimals, or {@code null} for an unscored (don't know)
 *                    option
 */
public record AnswerOption(String code, String label, BigDecimal coefficient) {

    /**
     * Checks the components. A blank label becomes the code.
     *
     * @throws IllegalArgumentException if the code is blank, or the coefficient is outside [0, 1] or has more than 9
     *     decimals
     */
    public AnswerOption {
        Require.text(code, "code");
        label = label == null || label.isBlank() ? code : label;
        if (coefficient != null && (coefficient.signum() < 0 || coefficient.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(
                    "coefficient must be in [0, 1] (option " + code + "): " + coefficient.toPlainString());
        }
        if (coefficient != null && coefficient.stripTrailingZeros().scale() > 9) {
            throw new IllegalArgumentException(
                    "coefficient may have at most 9 decimals (option " + code + "): " + coefficient.toPlainString());
        }
    }

    /** A scored option. */
    public static AnswerOption scored(String code, String label, BigDecimal coefficient) {
        java.util.Objects.requireNonNull(coefficient, "coefficient == null (option " + code + ")");
        return new AnswerOption(code, label, coefficient);
    }

    /** An unscored ("don't know") option. */
    public static AnswerOption unscored(String code, String label) {
        return new AnswerOption(code, label, null);
    }

    /** Whether answers with this option count towards the points. */
    public boolean isScored() {
        return coefficient != null;
    }

    /** The coefficient, empty for an unscored option. */
    public Optional<BigDecimal> coefficientValue() {
        return Optional.ofNullable(coefficient);
    }
}
