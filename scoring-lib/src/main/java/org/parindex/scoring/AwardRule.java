package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an {@code APPRAISED} or {@code BONUS} leaf converts a unit's raw figure into points (cách tính điểm).
 * Without a rule, points are entered directly.
 *
 * <table>
 *   <caption>Rule types</caption>
 *   <tr><th>type</th><th>raw figure</th><th>points</th></tr>
 *   <tr><td>{@link Levels}</td><td>a level code, e.g. {@code LATE}</td><td>that level's points</td></tr>
 *   <tr><td>{@link Bands}</td><td>a rate in %, e.g. {@code 97.4}</td>
 *       <td>points of the highest band whose {@code min} ≤ rate, else {@code otherwise}</td></tr>
 *   <tr><td>{@link Ratio}</td><td>{@code achieved/required}, e.g. {@code 18/20}</td>
 *       <td>{@code min(achieved / required, 1) × max}; {@code required = 0} gives max</td></tr>
 *   <tr><td>{@link Deduction}</td><td>a count of violations, e.g. {@code 1}</td>
 *       <td>{@code max − perViolation × count}, floor 0</td></tr>
 *   <tr><td>{@link Bonus}</td><td>points claimed</td><td>{@code min(points, max)}</td></tr>
 * </table>
 *
 * <p>{@link #points(String, BigDecimal)} throws {@link IllegalArgumentException} with a message naming the bad
 * figure; {@link #checkFigure(String)} returns that message instead.
 */
public sealed interface AwardRule
        permits AwardRule.Levels, AwardRule.Bands, AwardRule.Ratio, AwardRule.Deduction, AwardRule.Bonus {

    /** The rule's type as written in framework files: {@code LEVELS}, {@code BANDS}, {@code RATIO}… */
    String type();

    /**
     * The points {@code figure} earns on a leaf worth {@code maxPoints}. Exact, except that a {@code RATIO} whose
     * quotient has no finite decimal expansion is given to 34 significant digits (the scoring itself stays exact).
     *
     * @throws IllegalArgumentException if the figure cannot be read by this rule, naming it
     */
    default BigDecimal points(String figure, BigDecimal maxPoints) {
        Require.nonNegative(maxPoints, "maxPoints");
        return RuleArithmetic.points(this, figure, maxPoints).toBigDecimal();
    }

    /** Why {@code figure} cannot be read by this rule, or empty when it can. */
    default Optional<String> checkFigure(String figure) {
        return RuleArithmetic.figureProblem(this, figure);
    }

    /** The rule in Vietnamese, for explanations, e.g. {@code "trừ 0.5 điểm/vi phạm, thấp nhất 0"}. */
    String describe();

    /** Fixed levels: on time 1 / late 0.5 / none 0. */
    static Levels levels(Level... levels) {
        return new Levels(List.of(levels));
    }

    /** Rate bands with 0 below the lowest band. */
    static Bands bands(Band... bands) {
        return new Bands(List.of(bands), BigDecimal.ZERO);
    }

    /** Ratio achieved / required × max, capped at max. */
    static Ratio ratio() {
        return new Ratio();
    }

    /** Max minus {@code perViolation} per violation, floor 0. */
    static Deduction deduction(BigDecimal perViolation) {
        return new Deduction(perViolation);
    }

    /** Points claimed, capped at max. */
    static Bonus bonus() {
        return new Bonus();
    }

    /**
     * One level of a {@link Levels} rule.
     *
     * @param code   level code used in scores files, e.g. {@code "LATE"}; never blank
     * @param label  label in Vietnamese; defaults to the code when blank
     * @param points points of the level, at least 0 and at most the leaf's max
     */
    record Level(String code, String label, BigDecimal points) {

        /**
         * Checks the components. A blank label becomes the code.
         *
         * @throws IllegalArgumentException if the code is blank or the points are negative
         */
        public Level {
            Require.text(code, "code");
            label = label == null || label.isBlank() ? code : label;
            Require.nonNegative(points, "points (level " + code + ")");
        }

        /** A level worth {@code points} (a decimal string such as {@code "0.5"}). */
        public static Level of(String code, String label, String points) {
            return new Level(code, label, new BigDecimal(points));
        }
    }

    /**
     * One band of a {@link Bands} rule.
     *
     * @param min    lowest rate of the band in %, inclusive, at least 0
     * @param points points of the band, at least 0 and at most the leaf's max
     */
    record Band(BigDecimal min, BigDecimal points) {

        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the minimum or the points are negative
         */
        public Band {
            Require.nonNegative(min, "min");
            Require.nonNegative(points, "points (band from " + min.toPlainString() + "%)");
        }

        /** A band from {@code min} % worth {@code points} (decimal strings). */
        public static Band of(String min, String points) {
            return new Band(new BigDecimal(min), new BigDecimal(points));
        }
    }

    /**
     * {@code LEVELS}: the figure is a level code and earns that level's points.
     *
     * @param levels the levels, at least one, codes unique
     */
    record Levels(List<Level> levels) implements AwardRule {

        /**
         * Checks the components. Keeps a copy of the levels.
         *
         * @throws IllegalArgumentException if there are no levels or two share a code
         */
        public Levels {
            levels = Require.list(levels, "levels");
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("levels is empty");
            }
            Set<String> seen = new HashSet<>();
            for (Level l : levels) {
                if (!seen.add(l.code())) {
                    throw new IllegalArgumentException("duplicate level code: " + l.code());
                }
            }
        }

        @Override
        public String type() {
            return "LEVELS";
        }

        /** The level with this code, if any. */
        public Optional<Level> level(String code) {
            for (Level l : levels) {
                if (l.code().equals(code)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }

        /** The level codes, in framework order. */
        public List<String> codes() {
            return levels.stream().map(Level::code).toList();
        }

        @Override
        public String describe() {
            return "theo mức: " + levels.stream()
                    .map(l -> l.code() + (l.label().equals(l.code()) ? "" : " (" + l.label() + ")") + " = "
                            + Require.plain(l.points()))
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * {@code BANDS}: the figure is a rate in % and earns the points of the highest band whose {@code min} it
     * reaches (boundaries inclusive), else {@code otherwise}.
     *
     * @param bands     the bands, at least one, each {@code min} once; kept sorted from the highest {@code min}
     * @param otherwise points below the lowest band, at least 0 ({@code null} means 0)
     */
    record Bands(List<Band> bands, BigDecimal otherwise) implements AwardRule {

        /**
         * Checks the components. Keeps the bands ordered from the highest minimum down; a missing {@code otherwise} is 0.
         *
         * @throws IllegalArgumentException if there are no bands, two share a minimum, or {@code otherwise} is
         *     negative
         */
        public Bands {
            bands = Require.list(bands, "bands");
            if (bands.isEmpty()) {
                throw new IllegalArgumentException("bands is empty");
            }
            Set<BigDecimal> seen = new HashSet<>();
            for (Band b : bands) {
                if (!seen.add(b.min().stripTrailingZeros())) {
                    throw new IllegalArgumentException("duplicate band min: " + b.min().toPlainString());
                }
            }
            bands = bands.stream().sorted(Comparator.comparing(Band::min).reversed()).toList();
            otherwise = otherwise == null ? BigDecimal.ZERO : Require.nonNegative(otherwise, "otherwise");
        }

        @Override
        public String type() {
            return "BANDS";
        }

        @Override
        public String describe() {
            return "theo tỷ lệ: " + bands.stream()
                    .map(b -> "≥ " + Require.plain(b.min()) + "% → " + Require.plain(b.points()))
                    .collect(Collectors.joining("; ")) + "; thấp hơn → " + Require.plain(otherwise);
        }
    }

    /** {@code RATIO}: the figure is {@code achieved/required}; points = min(achieved / required, 1) × max. */
    record Ratio() implements AwardRule {

        @Override
        public String type() {
            return "RATIO";
        }

        @Override
        public String describe() {
            return "tỷ lệ đạt/yêu cầu × điểm tối đa (không vượt điểm tối đa)";
        }
    }

    /**
     * {@code DEDUCTION}: the figure is a count of violations; points = max − perViolation × count, floor 0.
     *
     * @param perViolation points deducted per violation, greater than 0
     */
    record Deduction(BigDecimal perViolation) implements AwardRule {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if the points per violation are missing
         * @throws IllegalArgumentException if they are not positive
         */
        public Deduction {
            Objects.requireNonNull(perViolation, "perViolation == null");
            if (perViolation.signum() <= 0) {
                throw new IllegalArgumentException("perViolation must be > 0: " + perViolation.toPlainString());
            }
        }

        @Override
        public String type() {
            return "DEDUCTION";
        }

        @Override
        public String describe() {
            return "trừ " + Require.plain(perViolation) + " điểm cho mỗi vi phạm, thấp nhất 0";
        }
    }

    /** {@code BONUS}: the figure is the points claimed; points = min(claimed, max). */
    record Bonus() implements AwardRule {

        @Override
        public String type() {
            return "BONUS";
        }

        @Override
        public String describe() {
            return "điểm thưởng, tối đa bằng điểm tối đa";
        }
    }
}
