package org.parindex.survey.questionnaire.domain;

import java.util.List;
import java.util.Objects;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.Unit;

/**
 * Which units of a rated level one respondent rates on a form (phạm vi đánh giá), from the form's scope. The rule
 * has one home, {@link SampleGroup#ratedUnits} of the scoring library: every unit of the level; the respondent's
 * own unit or its ancestor of the level (a commune chairman rates their own district); the home unit if it is of
 * the level; the counterparts of the respondent's office in the group's office table (the head of a district
 * justice office rates the Department of Justice). A scoped form of a respondent without a suitable home unit or
 * office rates nothing: the secretariat must fix the respondent's registration.
 */
public final class RatedUnits {

    private RatedUnits() {
    }

    /**
     * The units {@code group}'s respondent rates on {@code form}.
     *
     * @param units  the campaign's units, in display order
     * @param home   the respondent's home unit, or {@code null}
     * @param office the respondent's office code, or {@code null}
     */
    public static List<RatedUnit> select(SampleGroup group, SurveyForm form, List<Unit> units, Unit home,
                                         String office) {
        Objects.requireNonNull(group, "group == null");
        return group.ratedUnits(form, home, office, units).stream().map(u -> new RatedUnit(u.code(), u.name()))
                .toList();
    }
}
