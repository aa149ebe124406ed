package org.parindex.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.Office;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitQuota;

/**
 * How many answers each respondent of a plan gives: for every place of a group's quota (one per office of a home
 * unit when the group has an office table, else as the unit quotas say, else evenly over the home level's units),
 * the questions of each of the group's forms times the units that form gives that place.
 */
final class Burden {

    private Burden() {
    }

    /** Answers per respondent place, by group code in plan order. */
    static Map<String, int[]> perGroup(SamplePlan plan, List<Unit> units, Map<String, Questionnaire> forms) {
        Map<String, int[]> result = new LinkedHashMap<>();
        for (SampleGroup g : plan.groups()) {
            List<int[]> answers = new ArrayList<>();
            for (Place p : places(g, units)) {
                int n = 0;
                for (SurveyForm f : g.forms()) {
                    n += forms.get(f.questionnaire()).questions().size()
                            * g.ratedUnits(f, p.home(), p.office(), units).size();
                }
                answers.add(new int[] {n});
            }
            result.put(g.code(), answers.stream().mapToInt(a -> a[0]).toArray());
        }
        return result;
    }

    /** The office heads' answers counted the other way round: per office, its units × counterparts × questions. */
    static int expectedOfficeHeadAnswers(SamplePlan plan, List<Unit> units, Map<String, Questionnaire> forms) {
        SampleGroup g = plan.group("TRUONG_PHONG_HUYEN").orElseThrow();
        int questions = forms.get(g.formFor("DEPARTMENT").orElseThrow().questionnaire()).questions().size();
        long districts = units.stream().filter(u -> u.level().equals("DISTRICT")).count();
        int total = 0;
        for (Office o : g.offices()) {
            total += (o.units().isEmpty() ? districts : o.units().size()) * o.counterparts().size() * questions;
        }
        return total;
    }

    private record Place(Unit home, String office) {
    }

    private static List<Place> places(SampleGroup g, List<Unit> units) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<Place> places = new ArrayList<>();
        boolean byOffice = g.forms().stream().anyMatch(f -> f.scope() == RaterScope.OFFICE_COUNTERPARTS);
        if (byOffice) {
            for (UnitQuota q : g.unitQuotas()) {
                g.officesIn(q.unit()).forEach(o -> places.add(new Place(byCode.get(q.unit()), o.code())));
            }
        } else if (!g.unitQuotas().isEmpty()) {
            for (UnitQuota q : g.unitQuotas()) {
                for (int i = 0; i < q.quota(); i++) {
                    places.add(new Place(byCode.get(q.unit()), null));
                }
            }
        } else if (g.homeLevel() != null) {
            List<Unit> homes = units.stream().filter(u -> u.level().equals(g.homeLevel())).toList();
            for (int i = 0; i < g.quota(); i++) {
                places.add(new Place(homes.get(i % homes.size()), null));
            }
        } else {
            for (int i = 0; i < g.quota(); i++) {
                places.add(new Place(null, null));
            }
        }
        return places;
    }
}
