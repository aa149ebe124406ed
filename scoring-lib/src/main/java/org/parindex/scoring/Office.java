package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;

import java.util.HashSet;
import java.util.List;

/**
 * One kind of office of a respondent group's home units and the units it rates (bảng đối chiếu phòng – sở), e.g.
 * the district justice office (Phòng Tư pháp) rates the provincial Department of Justice (Sở Tư pháp). Used by
 * forms with scope {@link RaterScope#OFFICE_COUNTERPARTS}: a head of office rates only the counterparts of their
 * office, not every unit of the level.
 *
 * @param code         office code, unique in the group, e.g. {@code "PHONG_TU_PHAP"}; never blank
 * @param name         Vietnamese name, e.g. {@code "Phòng Tư pháp"}; never blank
 * @param counterparts codes of the units this office rates, at least one, each once
 * @param units        codes of the home units that have this office; empty means every home unit of the group
 */
public record Office(String code, String name, List<String> counterparts, List<String> units) {

    public Office {
        requireText(code, "code");
        requireText(name, "name (office " + code + ")");
        counterparts = copyOf(counterparts, "counterparts (office " + code + ")");
        if (counterparts.isEmpty()) {
            throw new IllegalArgumentException("counterparts is empty (office " + code + ")");
        }
        if (new HashSet<>(counterparts).size() != counterparts.size()) {
            throw new IllegalArgumentException("a counterpart is listed twice (office " + code + "): " + counterparts);
        }
        units = copyOf(units, "units (office " + code + ")");
    }

    /** Whether home unit {@code unit} has this office. */
    public boolean isIn(String unit) {
        return units.isEmpty() || units.contains(unit);
    }
}
