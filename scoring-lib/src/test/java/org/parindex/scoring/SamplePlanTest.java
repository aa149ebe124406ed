package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePlanTest {

    private static final List<PlanLevel> LEVELS = List.of(
            new PlanLevel("DEPARTMENT", "Cấp sở", "F-SO"), new PlanLevel("DISTRICT", "Cấp huyện", "F-HUYEN"));

    private static SampleGroup delegates() {
        return new SampleGroup("HDND", "Đại biểu HĐND tỉnh", null, 20, null, List.of(), List.of(
                new SurveyForm("P01", "DEPARTMENT", RaterScope.ALL_UNITS_OF_LEVEL),
                new SurveyForm("P02", "DISTRICT", RaterScope.ALL_UNITS_OF_LEVEL)));
    }

    private static SampleGroup chairmen(int quotaA, int quotaB) {
        return new SampleGroup("CT_XA", "Chủ tịch UBND cấp xã", "Commune chairmen", 2, "COMMUNE",
                List.of(new UnitQuota("XA_A", quotaA), new UnitQuota("XA_B", quotaB)),
                List.of(new SurveyForm("P06", "DISTRICT", RaterScope.OWN_UNIT)));
    }

    private static SamplePlan plan(int total, SampleGroup... groups) {
        return new SamplePlan("T", "Hải Dương", 2023, null, total, LEVELS, null, List.of(groups));
    }

    private static final List<Unit> UNITS = List.of(
            Unit.of("SO_A", "Sở A", "DEPARTMENT"),
            Unit.of("HUYEN_X", "Huyện X", "DISTRICT"),
            new Unit("XA_A", "Xã A", "COMMUNE", "HUYEN_X"),
            new Unit("XA_B", "Xã B", "COMMUNE", "HUYEN_X"));

    @Test
    void soundPlanHasNoProblems() {
        SamplePlan plan = plan(22, delegates(), chairmen(1, 1));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unitProblems(UNITS)).isEmpty();
        assertThat(plan.quotaTotal()).isEqualTo(22);
        assertThat(plan.respondentsByRatedLevel()).containsExactly(entry("DEPARTMENT", 20), entry("DISTRICT", 22));
        assertThat(plan.groupsRating("DEPARTMENT")).extracting(SampleGroup::code).containsExactly("HDND");
        assertThat(plan.questionnaireCodes()).containsExactly("P01", "P02", "P06");
        assertThat(plan.group("NONE")).isEmpty();
        assertThat(plan.level("DISTRICT").map(PlanLevel::framework)).contains("F-HUYEN");
    }

    @Test
    void reportsQuotasThatDoNotAddUp() {
        SamplePlan plan = plan(23, delegates(), chairmen(1, 2));

        assertThat(plan.problems()).extracting(Problem::toString).containsExactly(
                "plan T: totalRespondents 23 ≠ sum of group quotas 22",
                "group CT_XA: quota 2 ≠ sum of unit quotas 3");
    }

    @Test
    void reportsFormsThatDoNotFitThePlan() {
        SampleGroup bad = new SampleGroup("X", "Nhóm X", null, 1, null, List.of(), List.of(
                new SurveyForm("P01", "DISTRICT", RaterScope.OWN_UNIT),
                new SurveyForm("P09", "DISTRICT", RaterScope.ALL_UNITS_OF_LEVEL),
                new SurveyForm("P10", "COMMUNE", RaterScope.ALL_UNITS_OF_LEVEL)));

        assertThat(plan(21, delegates(), bad).problems()).extracting(Problem::toString).containsExactly(
                "group X form P01: scope OWN_UNIT needs a group with a homeLevel",
                "group X form P01: questionnaire P01 rates level DISTRICT here but level DEPARTMENT elsewhere",
                "group X form P09: a second form about level DISTRICT (one form per group and rated level)",
                "group X form P10: rates level COMMUNE, which is not a level of the plan [DEPARTMENT, DISTRICT]");
    }

    @Test
    void reportsUnitQuotasForUnknownUnitsOrOtherLevels() {
        SampleGroup offices = new SampleGroup("TP", "Trưởng phòng", null, 3, "DISTRICT",
                List.of(new UnitQuota("HUYEN_X", 1), new UnitQuota("XA_A", 1), new UnitQuota("HUYEN_Y", 1)),
                List.of(new SurveyForm("P05", "DEPARTMENT", RaterScope.ALL_UNITS_OF_LEVEL)));

        assertThat(plan(23, delegates(), offices).unitProblems(UNITS)).extracting(Problem::toString).containsExactly(
                "group TP: unit quota for XA_A of level COMMUNE, not of homeLevel DISTRICT",
                "group TP: unit quota for unknown unit HUYEN_Y");
    }

    @Test
    void reportsOwnUnitFormsWhoseRespondentsHaveNoOwnUnit() {
        List<Unit> units = new ArrayList<>(UNITS);
        units.add(Unit.of("XA_LE", "Xã lẻ", "COMMUNE"));

        assertThat(plan(22, delegates(), chairmen(1, 1)).unitProblems(units)).extracting(Problem::toString)
                .containsExactly("group CT_XA form P06: home unit XA_LE has no own unit of level DISTRICT");
    }

    @Test
    void findsTheOwnUnitThroughParents() {
        assertThat(SamplePlan.ownUnit(UNITS.get(2), "DISTRICT", UNITS)).contains(UNITS.get(1));
        assertThat(SamplePlan.ownUnit(UNITS.get(2), "COMMUNE", UNITS)).contains(UNITS.get(2));
        assertThat(SamplePlan.ownUnit(UNITS.get(2), "DEPARTMENT", UNITS)).isEmpty();
    }

    @Test
    void rejectsMalformedValuesNamingThem() {
        assertThatThrownBy(() -> plan(0, delegates()))
                .hasMessage("totalRespondents must be >= 1 (plan T): 0");
        assertThatThrownBy(() -> plan(40, delegates(), delegates()))
                .hasMessage("duplicate group code in plan T: HDND");
        assertThatThrownBy(() -> new SampleGroup("G", "Nhóm", null, 0, null, null, null))
                .hasMessage("quota must be >= 1 (group G): 0");
        assertThatThrownBy(() -> new UnitQuota("XA_A", -1)).hasMessage("quota must be >= 0 (unit XA_A): -1");
        assertThatThrownBy(() -> new PlanLevel("DISTRICT", " ", "F")).hasMessage("name (level DISTRICT) is blank");
        assertThatThrownBy(() -> new SurveyForm("P01", "DISTRICT", null))
                .hasMessage("scope == null (questionnaire P01)");
        assertThatThrownBy(() -> new SamplePlan("T", "X", 23, null, 1, LEVELS, null, List.of(delegates())))
                .hasMessage("year must have four digits (plan T): 23");
    }

    @Test
    void listsAreImmutableCopies() {
        List<SurveyForm> forms = new ArrayList<>(List.of(new SurveyForm("P01", "DEPARTMENT",
                RaterScope.ALL_UNITS_OF_LEVEL)));
        SampleGroup group = new SampleGroup("G", "Nhóm", " ", 1, "", null, forms);
        forms.clear();

        assertThat(group.forms()).hasSize(1);
        assertThat(group.unitQuotas()).isEmpty();
        assertThat(group.englishName()).isEmpty();
        assertThat(group.homeLevelCode()).isEmpty();
        assertThatThrownBy(() -> group.forms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
