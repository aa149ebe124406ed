package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An area (lĩnh vực) of a framework, e.g. "3. Cải cách thủ tục hành chính", made of criteria.
 *
 * @param code              code, unique across the framework, e.g. {@code "3"}; never blank
 * @param name              name in Vietnamese; defaults to the code when blank
 * @param declaredMaxPoints the max the framework declares, checked against the sum of the criteria by
 *                          {@link Framework.Builder#build()}; {@code null} when not declared
 * @param criteria          at least one criterion
 */
public record Area(String code, String name, BigDecimal declaredMaxPoints, List<Criterion> criteria) {

    /**
     * Checks the components. A blank name becomes the code; keeps a copy of the criteria.
     *
     * @throws IllegalArgumentException if the code is blank, the declared max is negative or there are no criteria
     */
    public Area {
        Require.text(code, "code");
        name = name == null || name.isBlank() ? code : name;
        if (declaredMaxPoints != null) {
            Require.nonNegative(declaredMaxPoints, "maxPoints (area " + code + ")");
        }
        criteria = Require.list(criteria, "criteria (area " + code + ")");
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("area " + code + " has no criteria");
        }
    }

    /** An area with the given criteria and no declared max. */
    public static Area of(String code, String name, Criterion... criteria) {
        return new Area(code, name, null, List.of(criteria));
    }

    /** The max the framework declares for this area, if it does. */
    public Optional<BigDecimal> declaredMax() {
        return Optional.ofNullable(declaredMaxPoints);
    }

    /** Every leaf of the area, in framework order. */
    public List<Leaf> leaves() {
        return criteria.stream().flatMap(c -> c.leaves().stream()).toList();
    }

    /**
     * The area's max: the sum of its APPRAISED and SURVEY leaves (of its BONUS leaves when it has only BONUS
     * leaves).
     */
    public BigDecimal maxPoints() {
        return Criterion.sumOfMax(leaves());
    }
}
