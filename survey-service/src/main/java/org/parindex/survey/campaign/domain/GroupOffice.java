package org.parindex.survey.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * One office of a group's office table (from the sample plan): the units a head of that office rates on a form with
 * scope {@link org.parindex.scoring.RaterScope#OFFICE_COUNTERPARTS}, and the home units that have the office.
 */
@Embeddable
public class GroupOffice {

    @Column(name = "office_code", nullable = false)
    private String code;

    @Column(name = "office_name", nullable = false)
    private String name;

    /** Unit codes separated by single spaces. */
    @Column(name = "counterparts", nullable = false)
    private String counterparts;

    /** Home unit codes separated by single spaces; empty = every home unit. */
    @Column(name = "unit_codes", nullable = false)
    private String units;

    protected GroupOffice() {
        // for JPA
    }

    GroupOffice(String code, String name, List<String> counterparts, List<String> units) {
        this.code = code;
        this.name = name;
        this.counterparts = String.join(" ", counterparts);
        this.units = String.join(" ", units);
    }

    /** Code of the office, e.g. {@code PHONG_TU_PHAP}. */
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Codes of the units a head of this office rates. */
    public List<String> counterparts() {
        return split(counterparts);
    }

    /** Codes of the home units that have this office; empty when every home unit has it. */
    public List<String> units() {
        return split(units);
    }

    /** Whether home unit {@code unitCode} has this office. */
    public boolean isIn(String unitCode) {
        return units.isEmpty() || units().contains(unitCode);
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(" "));
    }
}
