package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One unit's result on one area (lĩnh vực), with the area's sub-index (chỉ số thành phần). */
public final class AreaResult {

    private final Area area;
    private final Fraction max;
    private final Fraction points;
    private final Fraction bonus;
    private final BigDecimal subIndex;
    private final List<CriterionResult> criteria;

    AreaResult(Area area, Fraction max, Fraction points, Fraction bonus, BigDecimal subIndex,
               List<CriterionResult> criteria) {
        this.area = Objects.requireNonNull(area, "area == null");
        this.max = max;
        this.points = points;
        this.bonus = bonus;
        this.subIndex = subIndex;
        this.criteria = List.copyOf(criteria);
    }

    /** The framework area. */
    public Area area() {
        return area;
    }

    /** The area's code. */
    public String code() {
        return area.code();
    }

    /** The max that applies (APPRAISED and SURVEY leaves that apply to the unit). */
    public BigDecimal maxPoints() {
        return max.toBigDecimal();
    }

    /** Points of those leaves. */
    public BigDecimal points() {
        return points.toBigDecimal();
    }

    /** Points of its BONUS leaves (not part of the sub-index). */
    public BigDecimal bonusPoints() {
        return bonus.toBigDecimal();
    }

    /**
     * {@code points / maxPoints × 100}, rounded as the policy says; {@code null} when nothing of the area applies.
     */
    public BigDecimal subIndex() {
        return subIndex;
    }

    /** The sub-index, unless nothing of the area applies to the unit. */
    public Optional<BigDecimal> subIndexValue() {
        return Optional.ofNullable(subIndex);
    }

    /** The criteria's results, in framework order. */
    public List<CriterionResult> criteria() {
        return criteria;
    }

    /** Points lost: {@code maxPoints − points}. */
    public BigDecimal pointsLost() {
        return max.subtract(points).toBigDecimal();
    }

    /** Every leaf result of the area, in framework order. */
    public List<LeafResult> leaves() {
        return criteria.stream().flatMap(c -> c.leaves().stream()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaResult a && area.equals(a.area) && max.equals(a.max) && points.equals(a.points)
                && bonus.equals(a.bonus) && Objects.equals(subIndex, a.subIndex) && criteria.equals(a.criteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area.code(), max, points);
    }

    @Override
    public String toString() {
        return "AreaResult[" + code() + " " + points() + "/" + maxPoints() + " = " + subIndex + "]";
    }
}
