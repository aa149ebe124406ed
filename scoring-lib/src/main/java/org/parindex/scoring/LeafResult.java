package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's result on one leaf: its max, self-assessed, appraised and survey points and the points that count.
 *
 * @param leaf            the framework leaf
 * @param status          how the points came about
 * @param maxPoints       the max that applies: the leaf's max, or 0 when not applicable or excluded (for a BONUS
 *                        leaf: its cap, which is not part of the unit's max)
 * @param selfPoints      self-assessed points (converted from the figure when one was given), or {@code null}
 * @param appraisedPoints appraised points (converted likewise), or {@code null}
 * @param surveyPoints    points computed from the answers (SURVEY leaves with enough answers), or {@code null}
 * @param points          the points that count
 * @param selfFigure      the self-assessed raw figure, or {@code null}
 * @param appraisedFigure the appraised raw figure, or {@code null}
 * @param evidence        evidence documents, or {@code null}
 * @param explanation     written explanation, or {@code null}
 * @param survey          how the answers were converted (SURVEY leaves), or {@code null}
 */
public record LeafResult(Leaf leaf, LeafStatus status, BigDecimal maxPoints, BigDecimal selfPoints,
                         BigDecimal appraisedPoints, BigDecimal surveyPoints, BigDecimal points, String selfFigure,
                         String appraisedFigure, String evidence, String explanation, SurveyOutcome survey) {

    public LeafResult {
        Objects.requireNonNull(leaf, "leaf == null");
        Objects.requireNonNull(status, "status == null (leaf " + leaf.code() + ")");
        Objects.requireNonNull(maxPoints, "maxPoints == null (leaf " + leaf.code() + ")");
        Objects.requireNonNull(points, "points == null (leaf " + leaf.code() + ")");
    }

    /** The leaf's code. */
    public String code() {
        return leaf.code();
    }

    /** Points lost on this leaf: {@code maxPoints − points}; 0 for a BONUS leaf (bonus is never lost). */
    public BigDecimal pointsLost() {
        return leaf.countsTowardsTotal() ? maxPoints.subtract(points) : BigDecimal.ZERO;
    }

    /** Points the appraisal took off the self-assessment ({@code self − appraised}), when both are known. */
    public Optional<BigDecimal> appraisalCut() {
        if (selfPoints == null || appraisedPoints == null) {
            return Optional.empty();
        }
        return Optional.of(selfPoints.subtract(appraisedPoints));
    }

    /** The survey conversion, for SURVEY leaves. */
    public Optional<SurveyOutcome> surveyOutcome() {
        return Optional.ofNullable(survey);
    }
}
