package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's result on one leaf: its max, self-assessed, appraised and survey points and the points that count.
 * Values are exact; a value without a finite decimal expansion (a survey mean of 2/3) is given to 34 significant
 * digits.
 */
public final class LeafResult {

    private final Leaf leaf;
    private final LeafStatus status;
    private final Fraction max;
    private final Fraction self;
    private final Fraction appraised;
    private final Fraction survey;
    private final Fraction points;
    private final Assessment row;
    private final SurveyOutcome surveyOutcome;

    LeafResult(Leaf leaf, LeafStatus status, Fraction max, Fraction self, Fraction appraised, Fraction survey,
               Fraction points, Assessment row, SurveyOutcome surveyOutcome) {
        this.leaf = Objects.requireNonNull(leaf, "leaf == null");
        this.status = status;
        this.max = max;
        this.self = self;
        this.appraised = appraised;
        this.survey = survey;
        this.points = points;
        this.row = row;
        this.surveyOutcome = surveyOutcome;
        if (status == null || max == null || points == null) {
            throw new NullPointerException((status == null ? "status" : max == null ? "max" : "points")
                    + " == null (leaf " + leaf.code() + ")");
        }
    }

    Fraction exactMax() {
        return max;
    }

    Fraction exactPoints() {
        return points;
    }

    Fraction exactSelf() {
        return self;
    }

    /** The framework leaf. */
    public Leaf leaf() {
        return leaf;
    }

    /** The leaf's code. */
    public String code() {
        return leaf.code();
    }

    /** How the points came about. */
    public LeafStatus status() {
        return status;
    }

    /**
     * The max that applies: the leaf's max, or 0 when not applicable or excluded (for a BONUS leaf: its cap, which is
     * not part of the unit's max).
     */
    public BigDecimal maxPoints() {
        return max.toBigDecimal();
    }

    /** Self-assessed points (converted from the figure when one was given), or {@code null}. */
    public BigDecimal selfPoints() {
        return self == null ? null : self.toBigDecimal();
    }

    /** Appraised points (converted likewise), or {@code null}. */
    public BigDecimal appraisedPoints() {
        return appraised == null ? null : appraised.toBigDecimal();
    }

    /** Points computed from the answers (SURVEY leaves with enough answers), or {@code null}. */
    public BigDecimal surveyPoints() {
        return survey == null ? null : survey.toBigDecimal();
    }

    /** The points that count. */
    public BigDecimal points() {
        return points.toBigDecimal();
    }

    /** The self-assessed raw figure, or {@code null}. */
    public String selfFigure() {
        return row == null ? null : row.selfFigure();
    }

    /** The appraised raw figure, or {@code null}. */
    public String appraisedFigure() {
        return row == null ? null : row.appraisedFigure();
    }

    /** Evidence documents, or {@code null}. */
    public String evidence() {
        return row == null ? null : row.evidence();
    }

    /** Written explanation, or {@code null}. */
    public String explanation() {
        return row == null ? null : row.explanation();
    }

    /** How the answers were converted (SURVEY leaves), or {@code null}. */
    public SurveyOutcome survey() {
        return surveyOutcome;
    }

    /** The survey conversion, for SURVEY leaves. */
    public Optional<SurveyOutcome> surveyOutcome() {
        return Optional.ofNullable(surveyOutcome);
    }

    /** Points lost on this leaf: {@code maxPoints − points}; 0 for a BONUS leaf (bonus is never lost). */
    public BigDecimal pointsLost() {
        return leaf.countsTowardsTotal() ? max.subtract(points).toBigDecimal() : BigDecimal.ZERO;
    }

    /** Points the appraisal took off the self-assessment ({@code self − appraised}), when both are known. */
    public Optional<BigDecimal> appraisalCut() {
        if (self == null || appraised == null) {
            return Optional.empty();
        }
        return Optional.of(self.subtract(appraised).toBigDecimal());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeafResult r && leaf.equals(r.leaf) && status == r.status && max.equals(r.max)
                && Objects.equals(self, r.self) && Objects.equals(appraised, r.appraised)
                && Objects.equals(survey, r.survey) && points.equals(r.points) && Objects.equals(row, r.row)
                && Objects.equals(surveyOutcome, r.surveyOutcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leaf.code(), status, max, points);
    }

    @Override
    public String toString() {
        return "LeafResult[" + leaf.code() + " " + status + " " + points() + "/" + maxPoints() + "]";
    }
}
