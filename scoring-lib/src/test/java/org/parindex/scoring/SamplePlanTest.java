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

    private static final List<Unit> OFFICE_UNITS = List.of(
            Unit.of("SO_TU_PHAP", "Sở Tư pháp", "DEPARTMENT"), Unit.of("SO_TAI_CHINH", "Sở Tài chính", "DEPARTMENT"),
            Unit.of("SO_KH_DT", "Sở Kế hoạch và Đầu tư", "DEPARTMENT"), Unit.of("SO_Y_TE", "Sở Y tế", "DEPARTMENT"),
            Unit.of("HUYEN_X", "Huyện X", "DISTRICT"), Unit.of("HUYEN_Y", "Huyện Y", "DISTRICT"));

    private static SampleGroup heads(int quotaX, int quotaY, List<Office> offices) {
        return new SampleGroup("TP", "Trưởng phòng", null, quotaX + quotaY, "DISTRICT",
                List.of(new UnitQuota("HUYEN_X", quotaX), new UnitQuota("HUYEN_Y", quotaY)),
                List.of(new SurveyForm("P05", "DEPARTMENT", RaterScope.OFFICE_COUNTERPARTS)), offices);
    }

    private static final List<Office> OFFICES = List.of(
            new Office("PHONG_TU_PHAP", "Phòng Tư pháp", List.of("SO_TU_PHAP"), List.of()),
            new Office("PHONG_TC_KH", "Phòng Tài chính – Kế hoạch", List.of("SO_TAI_CHINH", "SO_KH_DT"), List.of()),
            new Office("PHONG_Y_TE", "Phòng Y tế", List.of("SO_Y_TE"), List.of("HUYEN_X")));

    @Test
    void anOfficeHeadRatesTheCounterpartsOfTheirOfficeOnly() {
        SampleGroup g = heads(3, 2, OFFICES);
        SurveyForm form = g.forms().get(0);
        Unit x = OFFICE_UNITS.get(4);
        Unit y = OFFICE_UNITS.get(5);

        assertThat(plan(25, delegates(), g).problems()).isEmpty();
        assertThat(plan(25, delegates(), g).unitProblems(OFFICE_UNITS)).isEmpty();
        assertThat(g.ratedUnits(form, x, "PHONG_TC_KH", OFFICE_UNITS)).extracting(Unit::code)
                .containsExactly("SO_TAI_CHINH", "SO_KH_DT");
        assertThat(g.ratedUnits(form, x, "PHONG_Y_TE", OFFICE_UNITS)).extracting(Unit::code).containsExactly("SO_Y_TE");
        assertThat(g.ratedUnits(form, y, "PHONG_Y_TE", OFFICE_UNITS)).as("Y has no health office").isEmpty();
        assertThat(g.ratedUnits(form, x, "PHONG_KHAC", OFFICE_UNITS)).isEmpty();
        assertThat(g.ratedUnits(form, null, "PHONG_TU_PHAP", OFFICE_UNITS)).isEmpty();
        assertThat(g.ratedUnits(form, x, null, OFFICE_UNITS)).isEmpty();
        assertThat(g.officesIn("HUYEN_Y")).extracting(Office::code).containsExactly("PHONG_TU_PHAP", "PHONG_TC_KH");
    }

    @Test
    void theOtherScopesSelectAsBefore() {
        SampleGroup d = delegates();
        assertThat(d.ratedUnits(d.forms().get(1), null, null, UNITS)).extracting(Unit::code).containsExactly("HUYEN_X");
        SampleGroup c = chairmen(1, 1);
        assertThat(c.ratedUnits(c.forms().get(0), UNITS.get(2), null, UNITS)).extracting(Unit::code)
                .containsExactly("HUYEN_X");
        assertThat(c.ratedUnits(c.forms().get(0), null, null, UNITS)).isEmpty();
        SampleGroup counterpart = new SampleGroup("C", "C", null, 1, "DEPARTMENT", List.of(),
                List.of(new SurveyForm("P", "DEPARTMENT", RaterScope.COUNTERPART)));
        assertThat(counterpart.ratedUnits(counterpart.forms().get(0), UNITS.get(0), null, UNITS)).containsExactly(
                UNITS.get(0));
    }

    @Test
    void reportsOfficeTablesThatDoNotFitNamingTheItem() {
        SampleGroup noTable = heads(3, 2, List.of());
        SampleGroup wrongCounts = heads(2, 3, OFFICES);
        SampleGroup unused = new SampleGroup("TP", "Trưởng phòng", null, 1, null, List.of(),
                List.of(new SurveyForm("P05", "DEPARTMENT", RaterScope.ALL_UNITS_OF_LEVEL)), OFFICES);

        assertThat(plan(25, delegates(), noTable).problems()).extracting(Problem::toString).containsExactly(
                "group TP form P05: scope OFFICE_COUNTERPARTS needs the group's office table (offices)");
        assertThat(plan(25, delegates(), wrongCounts).problems()).extracting(Problem::toString).containsExactly(
                "group TP unit quota HUYEN_X: quota 2 ≠ 3 offices of the unit in the office table (one respondent"
                        + " per office)",
                "group TP unit quota HUYEN_Y: quota 3 ≠ 2 offices of the unit in the office table (one respondent"
                        + " per office)");
        assertThat(plan(21, delegates(), unused).problems()).extracting(Problem::toString).containsExactly(
                "group TP: has an office table but no homeLevel",
                "group TP: has an office table but no form with scope OFFICE_COUNTERPARTS");
    }

    @Test
    void reportsOfficesNamingUnknownUnitsOrUnitsOfOtherLevels() {
        List<Office> offices = List.of(
                new Office("PHONG_A", "Phòng A", List.of("SO_KHONG_CO", "HUYEN_X"), List.of("HUYEN_X", "HUYEN_Y")),
                new Office("PHONG_B", "Phòng B", List.of("SO_TU_PHAP"), List.of("SO_Y_TE", "HUYEN_Z")));
        SampleGroup g = new SampleGroup("TP", "Trưởng phòng", null, 2, "DISTRICT", List.of(),
                List.of(new SurveyForm("P05", "DEPARTMENT", RaterScope.OFFICE_COUNTERPARTS)), offices);

        assertThat(plan(22, delegates(), g).unitProblems(OFFICE_UNITS)).extracting(Problem::toString).containsExactly(
                "group TP office PHONG_A: counterpart SO_KHONG_CO is not a unit of the plan",
                "group TP office PHONG_A: counterpart HUYEN_X is of level DISTRICT, which the group does not rate by"
                        + " office [DEPARTMENT]",
                "group TP office PHONG_B: unit SO_Y_TE is of level DEPARTMENT, not of homeLevel DISTRICT",
                "group TP office PHONG_B: unit HUYEN_Z is not a unit of the plan");
    }

    @Test
    void rejectsMalformedOffices() {
        assertThatThrownBy(() -> new Office("P", "Phòng", List.of(), List.of()))
                .hasMessage("counterparts is empty (office P)");
        assertThatThrownBy(() -> new Office("P", "Phòng", List.of("S", "S"), List.of()))
                .hasMessage("a counterpart is listed twice (office P): [S, S]");
        assertThatThrownBy(() -> heads(3, 2, List.of(OFFICES.get(0), OFFICES.get(0))))
                .hasMessage("duplicate office code in group TP: PHONG_TU_PHAP");
    }
}
