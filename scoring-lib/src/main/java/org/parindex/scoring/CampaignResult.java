package org.parindex.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scored campaign: one {@link UnitResult} per unit, ordered by ranking (by parent first when units are ranked
 * within their parent), then rank, then unit code.
 */
public final class CampaignResult {

    private final Framework framework;
    private final List<UnitResult> units;
    private final Map<String, UnitResult> byCode = new HashMap<>();

    CampaignResult(Framework framework, List<UnitResult> units) {
        this.framework = framework;
        this.units = List.copyOf(units);
        this.units.forEach(u -> byCode.put(u.code(), u));
    }

    /** The framework the units were scored with. */
    public Framework framework() {
        return framework;
    }

    /** Every unit's result, in ranking order. */
    public List<UnitResult> units() {
        return units;
    }

    /** The result of the unit with this code, if it was scored. */
    public Optional<UnitResult> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Why unit {@code code} got its index: every leaf's points and where it lost the most.
     *
     * @throws IllegalArgumentException if no unit with this code was scored, naming the code and the known ones
     */
    public Explanation explain(String code) {
        Objects.requireNonNull(code, "code == null");
        UnitResult unit = byCode.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("unit was not scored: " + code + " (scored: "
                    + String.join(", ", units.stream().map(UnitResult::code).sorted().toList()) + ")");
        }
        return Explanation.of(framework, unit);
    }
}
