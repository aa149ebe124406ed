package org.parindex.survey.questionnaire.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.Unit;

/**
 * Which units of a rated level one respondent rates on a form (phạm vi đánh giá), from the form's scope:
 * <ul>
 *   <li>{@link RaterScope#ALL_UNITS_OF_LEVEL}: every unit of the level, in the campaign's order;</li>
 *   <li>{@link RaterScope#OWN_UNIT}: the respondent's home unit if it is of the level, otherwise its nearest
 *       ancestor of the level (a commune chairman rates their own district);</li>
 *   <li>{@link RaterScope#COUNTERPART}: the respondent's home unit, which must be of the rated level (a district
 *       office registered with the department it mirrors as home unit rates that department).</li>
 * </ul>
 * A scoped form of a respondent without a suitable home unit rates nothing: the secretariat must fix the
 * respondent's home unit.
 */
public final class RatedUnits {

    private RatedUnits() {
    }

    /**
     * The units rated on a form of {@code ratedLevel} with {@code scope}.
     *
     * @param units the campaign's units, in display order
     * @param home  the respondent's home unit, or {@code null}
     */
    public static List<RatedUnit> select(RaterScope scope, String ratedLevel, List<Unit> units, Unit home) {
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(ratedLevel, "ratedLevel == null");
        return switch (scope) {
            case ALL_UNITS_OF_LEVEL -> units.stream().filter(u -> u.level().equals(ratedLevel))
                    .map(RatedUnits::rated).toList();
            case OWN_UNIT -> ownUnit(ratedLevel, units, home);
            case COUNTERPART -> home != null && home.level().equals(ratedLevel) ? List.of(rated(home)) : List.of();
        };
    }

    private static List<RatedUnit> ownUnit(String ratedLevel, List<Unit> units, Unit home) {
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Set<String> seen = new HashSet<>();
        for (Unit u = home; u != null && seen.add(u.code()); u = u.parent() == null ? null : byCode.get(u.parent())) {
            if (u.level().equals(ratedLevel)) {
                return List.of(rated(u));
            }
        }
        return List.of();
    }

    private static RatedUnit rated(Unit u) {
        return new RatedUnit(u.code(), u.name());
    }
}
