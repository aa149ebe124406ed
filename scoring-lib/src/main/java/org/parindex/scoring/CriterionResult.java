package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One unit's result on one criterion: the max that applies, the points, its bonus and its leaves. */
public final class CriterionResult {

    private final Criterion criterion;
    private final Fraction max;
    private final Fraction points;
    private final Fraction bonus;
    private final List<LeafResult> leaves;

    CriterionResult(Criterion criterion, Fraction max, Fraction points, Fraction bonus, List<LeafResult> leaves) {
        this.criterion = Objects.requireNonNull(criterion, "criterion == null");
        this.max = max;
        this.points = points;
        this.bonus = bonus;
        this.leaves = List.copyOf(leaves);
    }

    /** The framework criterion. */
    public Criterion criterion() {
        return criterion;
    }

    /** The criterion's code. */
    public String code() {
        return criterion.code();
    }

    /** The max that applies (APPRAISED and SURVEY leaves that apply to the unit). */
    public BigDecimal maxPoints() {
        return max.toBigDecimal();
    }

    /** Points of those leaves. */
    public BigDecimal points() {
        return points.toBigDecimal();
    }

    /** Points of its BONUS leaves. */
    public BigDecimal bonusPoints() {
        return bonus.toBigDecimal();
    }

    /** The leaves' results, in framework order. */
    public List<LeafResult> leaves() {
        return leaves;
    }

    /** Points lost: {@code maxPoints − points}. */
    public BigDecimal pointsLost() {
        return max.subtract(points).toBigDecimal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriterionResult c && criterion.equals(c.criterion) && max.equals(c.max)
                && points.equals(c.points) && bonus.equals(c.bonus) && leaves.equals(c.leaves);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion.code(), max, points);
    }

    @Override
    public String toString() {
        return "CriterionResult[" + code() + " " + points() + "/" + maxPoints() + "]";
    }
}
