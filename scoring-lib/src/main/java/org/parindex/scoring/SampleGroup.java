package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.blankToNull;
import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.List;
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
 */
public record SampleGroup(String code, String name, String nameEn, int quota, String homeLevel,
                          List<UnitQuota> unitQuotas, List<SurveyForm> forms) {

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
        requireUniqueCodes(unitQuotas, UnitQuota::unit, "unit in unitQuotas of group " + code);
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
