package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's index (Chỉ số CCHC) and everything it is made of.
 *
 * @param unit           the unit
 * @param total          achieved points: appraised and survey points of the applicable leaves plus bonus, capped
 *                       at {@code maxPoints}
 * @param maxPoints      the max that applies to this unit (leaves not applicable, or excluded for too few answers,
 *                       leave it)
 * @param index          {@code total / maxPoints × 100}, rounded once as the policy says
 * @param unroundedIndex the index to 34 significant digits (ranking compares the exact value)
 * @param selfTotal      the same total with the self-assessed instead of the appraised points (for audit)
 * @param selfIndex      {@code selfTotal / maxPoints × 100}, rounded as the index
 * @param bonusPoints    bonus points counted (before the cap)
 * @param rank           rank within the unit's ranking (1 = best)
 * @param rankedAmong    how many units share that ranking
 * @param band           classification band, or {@code null} when the policy's bands do not cover the index
 * @param areas          the areas' results, in framework order
 */
public record UnitResult(Unit unit, BigDecimal total, BigDecimal maxPoints, BigDecimal index,
                         BigDecimal unroundedIndex, BigDecimal selfTotal, BigDecimal selfIndex, BigDecimal bonusPoints,
                         int rank, int rankedAmong, ClassificationBand band, List<AreaResult> areas) {

    public UnitResult {
        Objects.requireNonNull(unit, "unit == null");
        areas = List.copyOf(areas);
    }

    /** The unit's code. */
    public String code() {
        return unit.code();
    }

    /** The classification band, if any. */
    public Optional<ClassificationBand> bandValue() {
        return Optional.ofNullable(band);
    }

    /** Points lost: {@code maxPoints − total}. */
    public BigDecimal pointsLost() {
        return maxPoints.subtract(total);
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
}
