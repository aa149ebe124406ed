package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's index (Chỉ số CCHC) and everything it is made of: total, applicable max, index, self-assessed
 * total, rank, band and the results per area, criterion and leaf.
 *
 * <p>A unit to which nothing applies (every leaf not applicable, or excluded for too few survey answers: max 0)
 * has {@link Status#NO_INDEX}: no index, self index, rank or band ({@link #index()} is {@code null},
 * {@link #rank()} 0); it comes after the ranked units of its group and does not stop the others being scored.
 */
public final class UnitResult {

    /** Whether the unit has an index. */
    public enum Status {
        /** The unit has an index, a rank and possibly a band. */
        INDEXED,
        /** Nothing applies to the unit (applicable max 0): it has no index, rank or band. */
        NO_INDEX
    }

    private final Unit unit;
    private final Fraction total;
    private final Fraction max;
    private final Fraction exactIndex;
    private final BigDecimal index;
    private final Fraction selfTotal;
    private final BigDecimal selfIndex;
    private final Fraction bonus;
    private final int rank;
    private final int rankedAmong;
    private final ClassificationBand band;
    private final List<AreaResult> areas;

    UnitResult(Unit unit, Fraction total, Fraction max, Fraction exactIndex, BigDecimal index, Fraction selfTotal,
               BigDecimal selfIndex, Fraction bonus, int rank, int rankedAmong, ClassificationBand band,
               List<AreaResult> areas) {
        this.unit = Objects.requireNonNull(unit, "unit == null");
        this.total = total;
        this.max = max;
        this.exactIndex = exactIndex;
        this.index = index;
        this.selfTotal = selfTotal;
        this.selfIndex = selfIndex;
        this.bonus = bonus;
        this.rank = rank;
        this.rankedAmong = rankedAmong;
        this.band = band;
        this.areas = List.copyOf(areas);
    }

    /** The unit. */
    public Unit unit() {
        return unit;
    }

    /** The unit's code. */
    public String code() {
        return unit.code();
    }

    /**
     * Achieved points: appraised and survey points of the applicable leaves plus bonus, capped at
     * {@link #maxPoints()}.
     */
    public BigDecimal total() {
        return total.toBigDecimal();
    }

    /** The max that applies to this unit (leaves not applicable, or excluded for too few answers, leave it). */
    public BigDecimal maxPoints() {
        return max.toBigDecimal();
    }

    /** {@link Status#NO_INDEX} when nothing applies to the unit, else {@link Status#INDEXED}. */
    public Status status() {
        return exactIndex == null ? Status.NO_INDEX : Status.INDEXED;
    }

    /** Whether the unit has an index ({@link Status#INDEXED}). */
    public boolean hasIndex() {
        return exactIndex != null;
    }

    /** {@code total / maxPoints × 100}, rounded once as the policy says; {@code null} for {@link Status#NO_INDEX}. */
    public BigDecimal index() {
        return index;
    }

    /** The index, or empty for {@link Status#NO_INDEX}. */
    public Optional<BigDecimal> indexValue() {
        return Optional.ofNullable(index);
    }

    /**
     * The index to 34 significant digits (ranking compares the exact value); {@code null} for
     * {@link Status#NO_INDEX}.
     */
    public BigDecimal unroundedIndex() {
        return exactIndex == null ? null : exactIndex.toBigDecimal();
    }

    /** The same total with the self-assessed instead of the appraised points (for audit). */
    public BigDecimal selfTotal() {
        return selfTotal.toBigDecimal();
    }

    /** {@code selfTotal / maxPoints × 100}, rounded as the index; {@code null} for {@link Status#NO_INDEX}. */
    public BigDecimal selfIndex() {
        return selfIndex;
    }

    /** Bonus points counted (before the cap). */
    public BigDecimal bonusPoints() {
        return bonus.toBigDecimal();
    }

    /** Rank within the unit's ranking (1 = best); 0 for {@link Status#NO_INDEX}. */
    public int rank() {
        return rank;
    }

    /** How many units are ranked in the unit's ranking (units without index are not). */
    public int rankedAmong() {
        return rankedAmong;
    }

    /** The classification band, or {@code null} when the policy's bands do not cover the index. */
    public ClassificationBand band() {
        return band;
    }

    /** The classification band, if any. */
    public Optional<ClassificationBand> bandValue() {
        return Optional.ofNullable(band);
    }

    /** The areas' results, in framework order. */
    public List<AreaResult> areas() {
        return areas;
    }

    /** Points lost: {@code maxPoints − total}. */
    public BigDecimal pointsLost() {
        return max.subtract(total).toBigDecimal();
    }

    /** Every leaf result, in framework order. */
    public List<LeafResult> leaves() {
        return areas.stream().flatMap(a -> a.leaves().stream()).toList();
    }

    /** The result on leaf {@code code}, if it is a leaf of the framework. */
    public Optional<LeafResult> leaf(String code) {
        return leaves().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The result on area {@code code}, if it is an area of the framework. */
    public Optional<AreaResult> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitResult u && unit.equals(u.unit) && total.equals(u.total) && max.equals(u.max)
                && Objects.equals(index, u.index) && selfTotal.equals(u.selfTotal) && bonus.equals(u.bonus) && rank == u.rank
                && rankedAmong == u.rankedAmong && Objects.equals(band, u.band) && areas.equals(u.areas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, index, rank);
    }

    @Override
    public String toString() {
        return "UnitResult[" + code() + " " + (index == null ? "no index" : index) + " (" + total() + "/"
                + maxPoints() + "), rank " + rank + "/" + rankedAmong + "]";
    }
}
