package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's result on one area (lĩnh vực), with the area's sub-index (chỉ số thành phần).
 *
 * @param area            the framework area
 * @param maxPoints       the max that applies (APPRAISED and SURVEY leaves that apply to the unit)
 * @param points          points of those leaves
 * @param bonusPoints     points of its BONUS leaves (not part of the sub-index)
 * @param subIndex        {@code points / maxPoints × 100}, rounded as the policy says; {@code null} when nothing
 *                        of the area applies
 * @param criteria        the criteria's results, in framework order
 */
public record AreaResult(Area area, BigDecimal maxPoints, BigDecimal points, BigDecimal bonusPoints,
                         BigDecimal subIndex, List<CriterionResult> criteria) {

    public AreaResult {
        Objects.requireNonNull(area, "area == null");
        criteria = List.copyOf(criteria);
    }

    /** The area's code. */
    public String code() {
        return area.code();
    }

    /** The sub-index, unless nothing of the area applies to the unit. */
    public Optional<BigDecimal> subIndexValue() {
        return Optional.ofNullable(subIndex);
    }

    /** Points lost: {@code maxPoints − points}. */
    public BigDecimal pointsLost() {
        return maxPoints.subtract(points);
    }

    /** Every leaf result of the area, in framework order. */
    public List<LeafResult> leaves() {
        return criteria.stream().flatMap(c -> c.leaves().stream()).toList();
    }
}
