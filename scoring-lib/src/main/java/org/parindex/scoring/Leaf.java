package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorable item of a framework: a sub-criterion (tiêu chí thành phần), or a criterion without sub-criteria.
 *
 * <pre>{@code
 * Leaf plan = Leaf.appraised("1.1", "Kế hoạch CCHC năm", new BigDecimal("1"),
 *         AwardRule.levels(Level.of("ON_TIME", "Đúng hạn", "1"), Level.of("LATE", "Chậm", "0.5"),
 *                 Level.of("NONE", "Không ban hành", "0")));
 * Leaf attitude = Leaf.survey("S2", "Thái độ giải quyết TTHC", new BigDecimal("3"), "ABCD");
 * }</pre>
 *
 * @param code      code, unique across the whole framework, e.g. {@code "1.2.1"}; never blank
 * @param name      name in Vietnamese; defaults to the code when blank
 * @param maxPoints maximum points (điểm tối đa), at least 0, decimals allowed
 * @param method    how the leaf is scored
 * @param rule      how a raw figure becomes points ({@code APPRAISED} and {@code BONUS} only), or {@code null}
 *                  when points are entered directly; its points may not exceed {@code maxPoints}
 * @param scale     code of the answer scale ({@code SURVEY} only, required there), else {@code null}
 */
public record Leaf(String code, String name, BigDecimal maxPoints, ScoringMethod method, AwardRule rule,
                   String scale) {

    /**
     * Checks the components. A blank name becomes the code, a blank scale {@code null}.
     *
     * @throws IllegalArgumentException if the code is blank, the max is negative, a SURVEY leaf lacks a scale or has a
     *     rule, another leaf has a scale, or the rule does not fit the max
     * @throws NullPointerException if the method is missing
     */
    public Leaf {
        Require.text(code, "code");
        name = name == null || name.isBlank() ? code : name;
        Require.nonNegative(maxPoints, "maxPoints (leaf " + code + ")");
        Objects.requireNonNull(method, "method == null (leaf " + code + ")");
        scale = Require.blankToNull(scale);
        if (method == ScoringMethod.SURVEY) {
            if (scale == null) {
                throw new IllegalArgumentException("SURVEY leaf " + code + " needs an answer scale");
            }
            if (rule != null) {
                throw new IllegalArgumentException(
                        "SURVEY leaf " + code + " is scored from answers and cannot have a rule: " + rule.type());
            }
        } else if (scale != null) {
            throw new IllegalArgumentException(
                    method + " leaf " + code + " cannot have an answer scale: " + scale);
        }
        if (rule != null) {
            List<String> problems = RuleArithmetic.problems(rule, maxPoints);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("leaf " + code + ": " + String.join("; ", problems));
            }
        }
    }

    /** An APPRAISED leaf whose points are entered directly. */
    public static Leaf appraised(String code, String name, BigDecimal maxPoints) {
        return new Leaf(code, name, maxPoints, ScoringMethod.APPRAISED, null, null);
    }

    /** An APPRAISED leaf whose raw figures are converted by {@code rule}. */
    public static Leaf appraised(String code, String name, BigDecimal maxPoints, AwardRule rule) {
        Objects.requireNonNull(rule, "rule == null (leaf " + code + ")");
        return new Leaf(code, name, maxPoints, ScoringMethod.APPRAISED, rule, null);
    }

    /** A SURVEY leaf scored through the answer scale with code {@code scale}. */
    public static Leaf survey(String code, String name, BigDecimal maxPoints, String scale) {
        Require.text(scale, "scale (leaf " + code + ")");
        return new Leaf(code, name, maxPoints, ScoringMethod.SURVEY, null, scale);
    }

    /** A BONUS leaf: points claimed, capped at {@code maxPoints}. */
    public static Leaf bonus(String code, String name, BigDecimal maxPoints) {
        return new Leaf(code, name, maxPoints, ScoringMethod.BONUS, AwardRule.bonus(), null);
    }

    /** The award rule, if the leaf converts raw figures. */
    public Optional<AwardRule> awardRule() {
        return Optional.ofNullable(rule);
    }

    /** The answer scale's code, for a SURVEY leaf. */
    public Optional<String> scaleCode() {
        return Optional.ofNullable(scale);
    }

    /** Whether the leaf's max counts towards the framework's declared total (it is not a BONUS leaf). */
    public boolean countsTowardsTotal() {
        return method != ScoringMethod.BONUS;
    }

    /** Whether this is a SURVEY leaf. */
    public boolean isSurvey() {
        return method == ScoringMethod.SURVEY;
    }
}
