package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion (tiêu chí) of an area: either a leaf itself (scored directly), or a group of sub-criteria (tiêu chí
 * thành phần) that are leaves.
 *
 * <pre>{@code
 * Criterion plan = Criterion.leaf(Leaf.appraised("1.1", "Kế hoạch CCHC năm", BigDecimal.ONE));
 * Criterion tasks = Criterion.of("1.2", "Thực hiện kế hoạch", new BigDecimal("3"), List.of(leaf121, leaf122));
 * }</pre>
 */
public final class Criterion {

    private final String code;
    private final String name;
    private final BigDecimal declaredMaxPoints;
    private final Leaf leaf;
    private final List<Leaf> subCriteria;

    private Criterion(String code, String name, BigDecimal declaredMaxPoints, Leaf leaf, List<Leaf> subCriteria) {
        this.code = code;
        this.name = name;
        this.declaredMaxPoints = declaredMaxPoints;
        this.leaf = leaf;
        this.subCriteria = subCriteria;
    }

    /** A criterion without sub-criteria: {@code leaf} itself, with its code, name and max. */
    public static Criterion leaf(Leaf leaf) {
        Objects.requireNonNull(leaf, "leaf == null");
        return new Criterion(leaf.code(), leaf.name(), leaf.maxPoints(), leaf, List.of());
    }

    /**
     * A criterion made of sub-criteria.
     *
     * @param code              code, unique across the framework; never blank
     * @param name              name in Vietnamese; defaults to the code when blank
     * @param declaredMaxPoints the max the framework declares, checked against the sum of the sub-criteria by
     *                          {@link Framework.Builder#build()}; {@code null} when not declared
     * @param subCriteria       at least one leaf
     */
    public static Criterion of(String code, String name, BigDecimal declaredMaxPoints, List<Leaf> subCriteria) {
        Require.text(code, "code");
        List<Leaf> leaves = Require.list(subCriteria, "subCriteria (criterion " + code + ")");
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("criterion " + code + " has no sub-criteria");
        }
        if (declaredMaxPoints != null) {
            Require.nonNegative(declaredMaxPoints, "maxPoints (criterion " + code + ")");
        }
        return new Criterion(code, name == null || name.isBlank() ? code : name, declaredMaxPoints, null, leaves);
    }

    /** The criterion's code. */
    public String code() {
        return code;
    }

    /** The criterion's name. */
    public String name() {
        return name;
    }

    /** Whether the criterion is scored directly (has no sub-criteria). */
    public boolean isLeaf() {
        return leaf != null;
    }

    /** The criterion as a leaf, when it has no sub-criteria. */
    public Optional<Leaf> asLeaf() {
        return Optional.ofNullable(leaf);
    }

    /** The sub-criteria; empty for a leaf criterion. */
    public List<Leaf> subCriteria() {
        return subCriteria;
    }

    /** The leaves: the sub-criteria, or the criterion itself. */
    public List<Leaf> leaves() {
        return leaf != null ? List.of(leaf) : subCriteria;
    }

    /** The max the framework declares for this criterion, if it does. */
    public Optional<BigDecimal> declaredMaxPoints() {
        return Optional.ofNullable(declaredMaxPoints);
    }

    /**
     * The criterion's max: the sum of its APPRAISED and SURVEY leaves (of its BONUS leaves when it has only
     * BONUS leaves).
     */
    public BigDecimal maxPoints() {
        return sumOfMax(leaves());
    }

    static BigDecimal sumOfMax(List<Leaf> leaves) {
        boolean onlyBonus = leaves.stream().noneMatch(Leaf::countsTowardsTotal);
        return leaves.stream().filter(l -> onlyBonus || l.countsTowardsTotal()).map(Leaf::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && code.equals(c.code) && name.equals(c.name)
                && Objects.equals(declaredMaxPoints, c.declaredMaxPoints) && Objects.equals(leaf, c.leaf)
                && subCriteria.equals(c.subCriteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, declaredMaxPoints, leaf, subCriteria);
    }

    @Override
    public String toString() {
        return "Criterion[" + code + " " + name + (leaf != null ? ", leaf " + leaf.method() : ", " + subCriteria.size()
                + " sub-criteria") + "]";
    }
}
