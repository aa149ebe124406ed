package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.blankToNull;
import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A respondent group of a sample plan (nhóm đối tượng điều tra): who they are, how many, where they come from and
 * which forms they fill in, e.g. 235 commune People's Committee chairmen, one per commune, who rate their own
 * district.
 *
 * @param code       group code, e.g. {@code "CHU_TICH_UBND_XA"}; never blank
 * @param name       Vietnamese name, e.g. {@code "Chủ tịch UBND cấp xã"}; never blank
 * @param nameEn     English name, or {@code null}
 * @param quota      number of respondents, at least 1
 * @param homeLevel  level of the units respondents belong to (their home unit, e.g. {@code "COMMUNE"}), or
 *                   {@code null} when respondents have no home unit among the rated province's units (e.g.
 *                   People's Council delegates)
 * @param unitQuotas respondents per home unit, empty when not broken down; unit codes unique
 * @param forms      the forms the group fills in, one per rated level; may be empty only while a plan is drafted
 *                   ({@link SamplePlan#problems()} reports it)
 * @param offices    the offices of the home units and the units each rates, for forms with scope
 *                   {@link RaterScope#OFFICE_COUNTERPARTS}; empty when the group has no office table; codes unique
 */
public record SampleGroup(String code, String name, String nameEn, int quota, String homeLevel,
                          List<UnitQuota> unitQuotas, List<SurveyForm> forms, List<Office> offices) {

    /** A group without an office table. */
    public SampleGroup(String code, String name, String nameEn, int quota, String homeLevel,
                       List<UnitQuota> unitQuotas, List<SurveyForm> forms) {
        this(code, name, nameEn, quota, homeLevel, unitQuotas, forms, List.of());
    }

    public SampleGroup {
        requireText(code, "code");
        requireText(name, "name (group " + code + ")");
        nameEn = blankToNull(nameEn);
        if (quota < 1) {
            throw new IllegalArgumentException("quota must be >= 1 (group " + code + "): " + quota);
        }
        homeLevel = blankToNull(homeLevel);
        unitQuotas = copyOf(unitQuotas, "unitQuotas (group " + code + ")");
        forms = copyOf(forms, "forms (group " + code + ")");
        offices = copyOf(offices, "offices (group " + code + ")");
        requireUniqueCodes(unitQuotas, UnitQuota::unit, "unit in unitQuotas of group " + code);
        requireUniqueCodes(offices, Office::code, "office code in group " + code);
    }

    /** The office with this code, if the group has an office table that lists it. */
    public Optional<Office> office(String officeCode) {
        return offices.stream().filter(o -> o.code().equals(officeCode)).findFirst();
    }

    /**
     * The units a respondent of this group rates on {@code form}, in the order of {@code units}: every unit of the
     * rated level ({@link RaterScope#ALL_UNITS_OF_LEVEL}); the home unit or its nearest ancestor of the level
     * ({@link RaterScope#OWN_UNIT}); the home unit if it is of the level ({@link RaterScope#COUNTERPART}); the
     * counterparts of the respondent's office at the level, if their home unit has that office
     * ({@link RaterScope#OFFICE_COUNTERPARTS}). A scoped form rates nothing for a respondent without a suitable
     * home unit or office.
     *
     * @param home   the respondent's home unit, or {@code null}
     * @param office the code of the respondent's office, or {@code null}
     * @param units  the province's units, in the order the result should have
     */
    public List<Unit> ratedUnits(SurveyForm form, Unit home, String office, List<Unit> units) {
        Objects.requireNonNull(form, "form == null");
        Objects.requireNonNull(units, "units == null");
        String level = form.ratedLevel();
        return switch (form.scope()) {
            case ALL_UNITS_OF_LEVEL -> units.stream().filter(u -> u.level().equals(level)).toList();
            case OWN_UNIT -> home == null ? List.of()
                    : SamplePlan.ownUnit(home, level, units).map(List::of).orElse(List.of());
            case COUNTERPART -> home != null && home.level().equals(level) ? List.of(home) : List.of();
            case OFFICE_COUNTERPARTS -> {
                Optional<Office> o = office == null || home == null ? Optional.empty()
                        : office(office).filter(x -> x.isIn(home.code()));
                yield o.map(x -> units.stream()
                        .filter(u -> u.level().equals(level) && x.counterparts().contains(u.code())).toList())
                        .orElse(List.of());
            }
        };
    }

    /** The offices of home unit {@code unit}, in table order. */
    public List<Office> officesIn(String unit) {
        return offices.stream().filter(o -> o.isIn(unit)).toList();
    }

    /** The English name, if given. */
    public Optional<String> englishName() {
        return Optional.ofNullable(nameEn);
    }

    /** The level of the respondents' home units, if they have one. */
    public Optional<String> homeLevelCode() {
        return Optional.ofNullable(homeLevel);
    }

    /** The form this group fills in about {@code ratedLevel}, if any. */
    public Optional<SurveyForm> formFor(String ratedLevel) {
        return forms.stream().filter(f -> f.ratedLevel().equals(ratedLevel)).findFirst();
    }

    /** Whether this group rates units of {@code ratedLevel}. */
    public boolean rates(String ratedLevel) {
        return formFor(ratedLevel).isPresent();
    }

    /** The quota for home unit {@code unit}, if the group is broken down by unit and lists it. */
    public Optional<Integer> quotaOf(String unit) {
        return unitQuotas.stream().filter(q -> q.unit().equals(unit)).map(UnitQuota::quota).findFirst();
    }

    /** Sum of the per-unit quotas; 0 when the group is not broken down by unit. */
    public int unitQuotaTotal() {
        return unitQuotas.stream().mapToInt(UnitQuota::quota).sum();
    }
}
