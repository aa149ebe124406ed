package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's self-assessment and appraisal of one leaf (tự đánh giá, thẩm định): a row of the scores file.
 *
 * <p>Each side is given either as points ({@code selfScore}, {@code appraisedScore}) or as the raw figure the
 * leaf's {@link AwardRule} converts ({@code selfFigure}, {@code appraisedFigure}), or not at all. The appraised
 * value counts; the self value is kept beside it. An APPRAISED leaf without an appraised value counts 0.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder("SO_X", "1.1").selfScore("1.0").appraisedFigure("LATE")
 *         .evidence("QĐ 12/QĐ-SX ngày 20/01/2023").build();
 * Assessment na = Assessment.builder("SO_X", "3.2").notApplicable().build();
 * }</pre>
 *
 * <p>Whether the values fit the framework (known leaf, within [0, max], readable figure) is checked by
 * {@link #problems(Framework)} and when a {@link Campaign} is built.
 *
 * @param unit            unit code; never blank
 * @param item            leaf code; never blank
 * @param selfScore       self-assessed points, or {@code null}
 * @param selfFigure      self-assessed raw figure, or {@code null}; not together with {@code selfScore}
 * @param appraisedScore  appraised points, or {@code null}
 * @param appraisedFigure appraised raw figure, or {@code null}; not together with {@code appraisedScore}
 * @param notApplicable   whether the leaf does not apply to the unit (it leaves the unit's achieved and max)
 * @param evidence        evidence documents (tài liệu kiểm chứng), or {@code null}
 * @param explanation     written explanation (giải trình) where no evidence exists, or {@code null}
 */
public record Assessment(String unit, String item, BigDecimal selfScore, String selfFigure,
                         BigDecimal appraisedScore, String appraisedFigure, boolean notApplicable,
                         String evidence, String explanation) {

    /**
     * Checks the components. Blank figures, evidence and explanation become {@code null}.
     *
     * @throws IllegalArgumentException if the unit or item is blank, or a score and a figure are both given for
     *     self-assessment or for appraisal
     */
    public Assessment {
        Require.text(unit, "unit");
        Require.text(item, () -> "item (unit " + unit + ")");
        selfFigure = Require.blankToNull(selfFigure);
        appraisedFigure = Require.blankToNull(appraisedFigure);
        if (selfScore != null && selfFigure != null) {
            throw new IllegalArgumentException("unit " + unit + ", item " + item
                    + ": give selfScore or selfFigure, not both: " + selfScore.toPlainString() + ", " + selfFigure);
        }
        if (appraisedScore != null && appraisedFigure != null) {
            throw new IllegalArgumentException("unit " + unit + ", item " + item
                    + ": give appraisedScore or appraisedFigure, not both: " + appraisedScore.toPlainString()
                    + ", " + appraisedFigure);
        }
        evidence = Require.blankToNull(evidence);
        explanation = Require.blankToNull(explanation);
    }

    /** A builder for the assessment of leaf {@code item} by unit {@code unit}. */
    public static Builder builder(String unit, String item) {
        return new Builder(unit, item);
    }

    /** Self and appraised points given directly, as decimal strings (either may be {@code null}). */
    public static Assessment scored(String unit, String item, String selfScore, String appraisedScore) {
        return builder(unit, item).selfScore(selfScore).appraisedScore(appraisedScore).build();
    }

    /** A leaf that does not apply to the unit. */
    public static Assessment notApplicable(String unit, String item) {
        return builder(unit, item).notApplicable().build();
    }

    /** Whether a self value (points or figure) is given. */
    public boolean hasSelfValue() {
        return selfScore != null || selfFigure != null;
    }

    /** Whether an appraised value (points or figure) is given. */
    public boolean hasAppraisedValue() {
        return appraisedScore != null || appraisedFigure != null;
    }

    /** Whether evidence or an explanation is given. */
    public boolean hasEvidenceOrExplanation() {
        return evidence != null || explanation != null;
    }

    /** The evidence, if given. */
    public Optional<String> evidenceText() {
        return Optional.ofNullable(evidence);
    }

    /** The explanation, if given. */
    public Optional<String> explanationText() {
        return Optional.ofNullable(explanation);
    }

    /** A copy with different appraised points (and no appraised figure). */
    public Assessment withAppraisedScore(BigDecimal points) {
        return new Assessment(unit, item, selfScore, selfFigure, points, null, notApplicable, evidence,
                explanation);
    }

    /** A copy marked (or unmarked) not applicable. */
    public Assessment withNotApplicable(boolean value) {
        return new Assessment(unit, item, selfScore, selfFigure, appraisedScore, appraisedFigure, value, evidence,
                explanation);
    }

    /**
     * What does not fit {@code framework} in this row, each problem named {@code "unit U, criterion C"}: an
     * unknown leaf, values on a SURVEY leaf, a figure on a leaf without rule or one its rule cannot read, points
     * below 0 or above the leaf's max. Empty when the row fits. Whether the unit is known is checked by
     * {@link Campaign}.
     */
    public List<Problem> problems(Framework framework) {
        return check(framework, new Fraction[2]);
    }

    /**
     * As {@link #problems(Framework)}, also converting the values: {@code exact[0]} and {@code exact[1]} receive
     * the self and appraised points (null when not given or not readable).
     */
    List<Problem> check(Framework framework, Fraction[] exact) {
        Objects.requireNonNull(framework, "framework == null");
        List<Problem> problems = new ArrayList<>(0);
        Optional<Leaf> found = framework.leaf(item);
        if (found.isEmpty()) {
            boolean parent = framework.criterion(item).isPresent() || framework.area(item).isPresent();
            String hint = parent ? " (it has sub-criteria: score its sub-criteria)" : "";
            problems.add(Problem.of(ProblemCode.UNKNOWN_ITEM, "unit " + unit + ", item " + item,
                    "no such criterion or sub-criterion in framework " + framework.code() + hint)
                    .on("item", item).with("framework", framework.code()).with("hasSubCriteria", parent));
            return problems;
        }
        Leaf leaf = found.get();
        if (leaf.isSurvey()) {
            if (hasSelfValue() || hasAppraisedValue()) {
                problems.add(Problem.of(ProblemCode.SURVEY_ITEM_VALUE, name(framework), "is a SURVEY item, scored "
                        + "from the answers: it takes no self or appraised value (only not_applicable)")
                        .on("item", item));
            }
            return problems;
        }
        exact[0] = check(framework, leaf, "self", selfScore, selfFigure, problems);
        exact[1] = check(framework, leaf, "appraised", appraisedScore, appraisedFigure, problems);
        return problems;
    }

    private String name(Framework framework) {
        return "unit " + unit + ", " + framework.describe(item);
    }

    private Fraction check(Framework framework, Leaf leaf, String side, BigDecimal score, String figure,
                           List<Problem> problems) {
        if (score != null) {
            if (score.signum() < 0) {
                problems.add(Problem.of(ProblemCode.SCORE_BELOW_ZERO, name(framework), side + " score "
                        + Problem.cut(score.toPlainString()) + " is below 0")
                        .on(side + "_score", Problem.cut(score.toPlainString())).with("side", side));
                return null;
            }
            if (score.compareTo(leaf.maxPoints()) > 0) {
                problems.add(Problem.of(ProblemCode.SCORE_ABOVE_MAX, name(framework), side + " score "
                        + Problem.cut(score.toPlainString()) + " is above the max " + Require.plain(leaf.maxPoints()))
                        .on(side + "_score", Problem.cut(score.toPlainString())).with("side", side)
                        .with("max", leaf.maxPoints()));
                return null;
            }
            return Fraction.of(score);
        }
        if (figure != null) {
            if (leaf.rule() == null) {
                problems.add(Problem.of(ProblemCode.FIGURE_WITHOUT_RULE, name(framework), side + " figure \""
                        + Problem.cut(figure) + "\" given, but the item has no rule to convert it: give " + side
                        + "_score instead").on(side + "_figure", figure).with("side", side));
                return null;
            }
            try {
                return RuleArithmetic.points(leaf.rule(), figure, leaf.maxPoints());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(ProblemCode.FIGURE_UNREADABLE, name(framework), side + " figure: "
                        + e.getMessage()).on(side + "_figure", figure).with("side", side)
                        .with("rule", leaf.rule().type()).with("ruleText", leaf.rule().describe())
                        .with("reason", e.getMessage()));
                return null;
            }
        }
        return null;
    }

    /** Builds an {@link Assessment}. */
    public static final class Builder {

        private final String unit;
        private final String item;
        private BigDecimal selfScore;
        private String selfFigure;
        private BigDecimal appraisedScore;
        private String appraisedFigure;
        private boolean notApplicable;
        private String evidence;
        private String explanation;

        private Builder(String unit, String item) {
            this.unit = unit;
            this.item = item;
        }

        /** Self-assessed points. */
        public Builder selfScore(BigDecimal value) {
            this.selfScore = value;
            return this;
        }

        /** Self-assessed points as a decimal string, or {@code null}. */
        public Builder selfScore(String value) {
            return selfScore(decimal(value, "selfScore"));
        }

        /** Self-assessed raw figure, converted by the leaf's rule. */
        public Builder selfFigure(String value) {
            this.selfFigure = value;
            return this;
        }

        /** Appraised points. */
        public Builder appraisedScore(BigDecimal value) {
            this.appraisedScore = value;
            return this;
        }

        /** Appraised points as a decimal string, or {@code null}. */
        public Builder appraisedScore(String value) {
            return appraisedScore(decimal(value, "appraisedScore"));
        }

        /** Appraised raw figure, converted by the leaf's rule. */
        public Builder appraisedFigure(String value) {
            this.appraisedFigure = value;
            return this;
        }

        /** Marks the leaf not applicable to the unit. */
        public Builder notApplicable() {
            this.notApplicable = true;
            return this;
        }

        /** Sets whether the leaf does not apply to the unit. */
        public Builder notApplicable(boolean value) {
            this.notApplicable = value;
            return this;
        }

        /** Evidence documents. */
        public Builder evidence(String value) {
            this.evidence = value;
            return this;
        }

        /** Written explanation. */
        public Builder explanation(String value) {
            this.explanation = value;
            return this;
        }

        /** The assessment. */
        public Assessment build() {
            return new Assessment(unit, item, selfScore, selfFigure, appraisedScore, appraisedFigure, notApplicable,
                    evidence, explanation);
        }

        private BigDecimal decimal(String value, String what) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return DecimalText.parse(value);
            } catch (DecimalText.Invalid e) {
                throw new IllegalArgumentException(what + " is " + e.reason() + " (unit " + unit + ", item " + item
                        + "): \"" + e.text() + "\"", e);
            }
        }
    }
}
