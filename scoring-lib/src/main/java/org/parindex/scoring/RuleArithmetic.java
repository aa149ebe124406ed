package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads raw figures and computes a rule's points exactly; checks a rule against its leaf's max. */
final class RuleArithmetic {

    private RuleArithmetic() {
    }

    /** Exact points of {@code figure}; throws {@link IllegalArgumentException} naming a figure it cannot read. */
    static Fraction points(AwardRule rule, String figure, BigDecimal max) {
        if (figure == null || figure.isBlank()) {
            throw new IllegalArgumentException(rule.type() + " figure is blank");
        }
        String f = figure.strip();
        Fraction maxPoints = Fraction.of(max);
        if (rule instanceof AwardRule.Levels levels) {
            return levels.level(f).map(l -> Fraction.of(l.points()).min(maxPoints))
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown level code \"" + f + "\" (known: " + String.join(", ", levels.codes()) + ")"));
        }
        if (rule instanceof AwardRule.Bands bands) {
            BigDecimal rate = decimal(f.endsWith("%") ? f.substring(0, f.length() - 1).strip() : f, "rate");
            for (AwardRule.Band b : bands.bands()) {
                if (rate.compareTo(b.min()) >= 0) {
                    return Fraction.of(b.points()).min(maxPoints);
                }
            }
            return Fraction.of(bands.otherwise()).min(maxPoints);
        }
        if (rule instanceof AwardRule.Ratio) {
            int slash = f.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("RATIO figure must be achieved/required, e.g. 18/20: \"" + f
                        + "\"");
            }
            Fraction achieved = Fraction.of(decimal(f.substring(0, slash).strip(), "achieved"));
            Fraction required = Fraction.of(decimal(f.substring(slash + 1).strip(), "required"));
            if (required.isZero()) {
                return maxPoints;
            }
            return achieved.divide(required).min(Fraction.ONE).multiply(maxPoints);
        }
        if (rule instanceof AwardRule.Deduction deduction) {
            BigDecimal count = decimal(f, "violation count");
            if (count.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("violation count must be a whole number: \"" + f + "\"");
            }
            Fraction left = maxPoints.subtract(Fraction.of(deduction.perViolation()).multiply(Fraction.of(count)));
            return left.max(Fraction.ZERO);
        }
        if (rule instanceof AwardRule.Bonus) {
            return Fraction.of(decimal(f, "bonus points")).min(maxPoints);
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    /** Why {@code figure} cannot be read by {@code rule}, or empty. */
    static Optional<String> figureProblem(AwardRule rule, String figure) {
        try {
            points(rule, figure, BigDecimal.ONE);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Everything wrong with {@code rule} on a leaf worth {@code max}: points above the max. */
    static List<String> problems(AwardRule rule, BigDecimal max) {
        List<String> problems = new ArrayList<>();
        if (rule instanceof AwardRule.Levels levels) {
            for (AwardRule.Level l : levels.levels()) {
                if (l.points().compareTo(max) > 0) {
                    problems.add("level " + l.code() + " is worth " + Require.plain(l.points())
                            + ", more than the max points " + Require.plain(max));
                }
            }
        } else if (rule instanceof AwardRule.Bands bands) {
            for (AwardRule.Band b : bands.bands()) {
                if (b.points().compareTo(max) > 0) {
                    problems.add("band from " + Require.plain(b.min()) + "% is worth " + Require.plain(b.points())
                            + ", more than the max points " + Require.plain(max));
                }
            }
            if (bands.otherwise().compareTo(max) > 0) {
                problems.add("otherwise is worth " + Require.plain(bands.otherwise())
                        + ", more than the max points " + Require.plain(max));
            }
        }
        return problems;
    }

    private static BigDecimal decimal(String text, String what) {
        BigDecimal value;
        try {
            value = DecimalText.parse(text);
        } catch (DecimalText.Invalid e) {
            throw new IllegalArgumentException(what + " is " + e.getMessage(), e);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0: " + value.toPlainString());
        }
        return value;
    }
}
