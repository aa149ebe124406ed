package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's result on one criterion.
 *
 * @param criterion   the framework criterion
 * @param maxPoints   the max that applies (APPRAISED and SURVEY leaves that apply to the unit)
 * @param points      points of those leaves
 * @param bonusPoints points of its BONUS leaves
 * @param leaves      the leaves' results, in framework order
 */
public record CriterionResult(Criterion criterion, BigDecimal maxPoints, BigDecimal points, BigDecimal bonusPoints,
                              List<LeafResult> leaves) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion == null");
        leaves = List.copyOf(leaves);
    }

    /** The criterion's code. */
    public String code() {
        return criterion.code();
    }

    /** Points lost: {@code maxPoints − points}. */
    public BigDecimal pointsLost() {
        return maxPoints.subtract(points);
    }
}
