package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitQuota;

/** The shipped sample plans add up, match their units, and the Hải Dương plan is the seed's sample exactly. */
class SamplePlansTest {

    private static final Map<String, SamplePlan> PLANS = ShippedData.samplePlans();
    private static final Map<String, Questionnaire> FORMS = ShippedData.questionnaires();
    private static final SamplePlan HD = PLANS.get("HD-2023");

    private static List<String> unitsOfLevel(List<Unit> units, String level) {
        return units.stream().filter(u -> u.level().equals(level)).map(Unit::code).toList();
    }

    @Test
    void everyPlanIsSoundAndMatchesItsUnits() {
        assertThat(PLANS).containsKeys("HD-2023", "EX2-2025", "HD-2023-XA-TM");
        for (SamplePlan plan : PLANS.values()) {
            assertThat(plan.problems()).as(plan.code()).isEmpty();
            assertThat(plan.unitProblems(ShippedData.unitsOf(plan))).as(plan.code()).isEmpty();
        }
    }

    @Test
    void everyFormOfAPlanRatesItsLevelWithThatLevelsFramework() {
        for (SamplePlan plan : PLANS.values()) {
            for (SampleGroup g : plan.groups()) {
                for (SurveyForm f : g.forms()) {
                    Questionnaire form = FORMS.get(f.questionnaire());
                    assertThat(form).as(plan.code() + " " + g.code() + " " + f.questionnaire()).isNotNull();
                    assertThat(form.ratedLevel()).isEqualTo(f.ratedLevel());
                    assertThat(form.framework()).isEqualTo(plan.level(f.ratedLevel()).orElseThrow().framework());
                }
            }
        }
    }

    @Test
    void unitQuotasNameUnitsOfTheGroupsHomeLevel() {
        for (SamplePlan plan : PLANS.values()) {
            Map<String, String> levelOf = ShippedData.unitsOf(plan).stream()
                    .collect(Collectors.toMap(Unit::code, Unit::level));
            for (SampleGroup g : plan.groups()) {
                for (UnitQuota q : g.unitQuotas()) {
                    assertThat(levelOf.get(q.unit())).as(plan.code() + " " + g.code() + " " + q.unit())
                            .isEqualTo(g.homeLevel());
                }
                if (!g.unitQuotas().isEmpty()) {
                    assertThat(g.unitQuotaTotal()).as(plan.code() + " " + g.code()).isEqualTo(g.quota());
                }
            }
        }
    }

    @Test
    void haiDuongSampleIs510In24Plus179Plus307() {
        assertThat(HD.totalRespondents()).isEqualTo(510);
        assertThat(HD.quotaTotal()).isEqualTo(510);
        int both = 0;
        int departmentsOnly = 0;
        int districtsOnly = 0;
        for (SampleGroup g : HD.groups()) {
            if (g.rates("DEPARTMENT") && g.rates("DISTRICT")) {
                both += g.quota();
            } else if (g.rates("DEPARTMENT")) {
                departmentsOnly += g.quota();
            } else if (g.rates("DISTRICT")) {
                districtsOnly += g.quota();
            }
        }
        assertThat(List.of(both, departmentsOnly, districtsOnly)).containsExactly(24, 179, 307);
        assertThat(HD.respondentsByRatedLevel()).containsExactly(entry("DEPARTMENT", 203), entry("DISTRICT", 331));
    }

    @Test
    void haiDuongGroupsHaveTheSeedsQuotas() {
        assertThat(HD.groups()).extracting(g -> g.code() + "=" + g.quota()).containsExactly(
                "HDND_TINH=20", "LANH_DAO_MTTQ_TINH=4", "LANH_DAO_UBND_HUYEN=36", "TRUONG_PHONG_HUYEN=143",
                "LANH_DAO_SO=72", "CHU_TICH_UBND_XA=235");
        List<Unit> units = ShippedData.unitsOf(HD);
        SampleGroup offices = HD.group("TRUONG_PHONG_HUYEN").orElseThrow();
        for (String district : unitsOfLevel(units, "DISTRICT")) {
            assertThat(offices.quotaOf(district)).as(district).contains(district.equals("BINH_GIANG") ? 11 : 12);
            assertThat(HD.group("LANH_DAO_UBND_HUYEN").orElseThrow().quotaOf(district)).as(district).contains(3);
        }
        assertThat(HD.group("LANH_DAO_SO").orElseThrow().unitQuotas())
                .extracting(UnitQuota::unit).containsExactlyElementsOf(unitsOfLevel(units, "DEPARTMENT"));
        assertThat(HD.group("LANH_DAO_SO").orElseThrow().unitQuotas()).allMatch(q -> q.quota() == 4);
        SampleGroup chairmen = HD.group("CHU_TICH_UBND_XA").orElseThrow();
        assertThat(chairmen.unitQuotas()).extracting(UnitQuota::unit)
                .containsExactlyElementsOf(unitsOfLevel(units, "COMMUNE"));
        assertThat(chairmen.unitQuotas()).allMatch(q -> q.quota() == 1);
    }

    @Test
    void haiDuongGroupsRateTheLevelsTheSeedSays() {
        assertThat(HD.groups()).extracting(g -> g.code() + " " + g.forms().stream()
                .map(f -> f.questionnaire() + ":" + f.ratedLevel() + ":" + f.scope()).toList()).containsExactly(
                "HDND_TINH [HD-2023-P01:DEPARTMENT:ALL_UNITS_OF_LEVEL, HD-2023-P02:DISTRICT:ALL_UNITS_OF_LEVEL]",
                "LANH_DAO_MTTQ_TINH [HD-2023-P01:DEPARTMENT:ALL_UNITS_OF_LEVEL, HD-2023-P02:DISTRICT:ALL_UNITS_OF_LEVEL]",
                "LANH_DAO_UBND_HUYEN [HD-2023-P04:DEPARTMENT:ALL_UNITS_OF_LEVEL]",
                "TRUONG_PHONG_HUYEN [HD-2023-P05:DEPARTMENT:OFFICE_COUNTERPARTS]",
                "LANH_DAO_SO [HD-2023-P03:DISTRICT:ALL_UNITS_OF_LEVEL]",
                "CHU_TICH_UBND_XA [HD-2023-P06:DISTRICT:OWN_UNIT]");
    }

    @Test
    void aCommuneChairmanRatesTheDistrictOfTheirOwnCommune() {
        List<Unit> units = ShippedData.unitsOf(HD);
        Unit thanhGiang = units.stream().filter(u -> u.name().equals("UBND xã Thanh Giang")).findFirst().orElseThrow();

        assertThat(SamplePlan.ownUnit(thanhGiang, "DISTRICT", units)).map(Unit::code).contains("THANH_MIEN");
        assertThat(HD.group("CHU_TICH_UBND_XA").orElseThrow().formFor("DISTRICT").orElseThrow().scope())
                .isEqualTo(RaterScope.OWN_UNIT);
    }

    @Test
    void theTwoTierExampleHasNoDistricts() {
        SamplePlan plan = PLANS.get("EX2-2025");
        Set<String> unitLevels = ShippedData.unitsOf(plan).stream().map(Unit::level).collect(Collectors.toSet());

        assertThat(plan.levels()).extracting(l -> l.code()).containsExactly("DEPARTMENT", "COMMUNE");
        assertThat(unitLevels).containsExactlyInAnyOrder("DEPARTMENT", "COMMUNE");
        assertThat(plan.respondentsByRatedLevel()).containsExactly(entry("DEPARTMENT", 44), entry("COMMUNE", 80));
    }

    @Test
    void eachDistrictHasTwelveOfficesAndBinhGiangEleven() {
        SampleGroup heads = HD.group("TRUONG_PHONG_HUYEN").orElseThrow();
        for (String district : unitsOfLevel(ShippedData.unitsOf(HD), "DISTRICT")) {
            assertThat(heads.officesIn(district)).as(district).hasSize(district.equals("BINH_GIANG") ? 11 : 12);
        }
        assertThat(heads.office("PHONG_TU_PHAP").orElseThrow().counterparts()).containsExactly("SO_TU_PHAP");
        assertThat(heads.offices()).allMatch(o -> o.counterparts().size() <= 3);
    }

    @Test
    void theHeadOfADistrictJusticeOfficeRatesTheDepartmentOfJusticeOnly() {
        List<Unit> units = ShippedData.unitsOf(HD);
        SampleGroup heads = HD.group("TRUONG_PHONG_HUYEN").orElseThrow();
        Unit thanhMien = units.stream().filter(u -> u.code().equals("THANH_MIEN")).findFirst().orElseThrow();
        Unit binhGiang = units.stream().filter(u -> u.code().equals("BINH_GIANG")).findFirst().orElseThrow();
        SurveyForm form = heads.formFor("DEPARTMENT").orElseThrow();

        assertThat(heads.ratedUnits(form, thanhMien, "PHONG_TU_PHAP", units)).extracting(Unit::code)
                .containsExactly("SO_TU_PHAP");
        assertThat(heads.ratedUnits(form, binhGiang, "PHONG_Y_TE", units)).as("Bình Giang has no such office")
                .isEmpty();
        assertThat(heads.ratedUnits(form, thanhMien, null, units)).isEmpty();
    }

    /**
     * The respondents' burden in the shipped plans: answers (questions × rated units, over every form of the group)
     * per respondent place, max and mean per group, printed; the heads of district offices answer at most 60.
     */
    @Test
    void answersPerRespondentPerGroup() {
        for (SamplePlan plan : PLANS.values()) {
            Map<String, int[]> burden = Burden.perGroup(plan, ShippedData.unitsOf(plan), FORMS);
            burden.forEach((group, answers) -> System.out.printf(java.util.Locale.ROOT,
                    "%s %-20s respondents %3d  answers max %3d  mean %6.1f%n", plan.code(), group, answers.length,
                    java.util.Arrays.stream(answers).max().orElse(0),
                    java.util.Arrays.stream(answers).average().orElse(0)));
            assertThat(burden.values()).as(plan.code()).allMatch(a -> a.length > 0);
        }
        Map<String, int[]> hd = Burden.perGroup(HD, ShippedData.unitsOf(HD), FORMS);
        assertThat(java.util.Arrays.stream(hd.get("TRUONG_PHONG_HUYEN")).boxed().toList()).hasSize(143)
                .allMatch(n -> n > 0 && n <= 60);
        assertThat(java.util.Arrays.stream(hd.get("TRUONG_PHONG_HUYEN")).sum())
                .isEqualTo(Burden.expectedOfficeHeadAnswers(HD, ShippedData.unitsOf(HD), FORMS));
    }

    @Test
    void haiDuongTimelineIsThePlansSchedule() {
        assertThat(HD.timeline()).extracting(m -> m.code() + " " + m.from() + " " + m.to()).containsExactly(
                "SURVEY 2023-12-01 2023-12-31", "SELF_ASSESSMENT null 2024-01-10", "APPRAISAL 2024-01-01 2024-01-31",
                "COUNCIL 2024-02-01 2024-02-29", "PUBLICATION 2024-03-01 2024-03-31",
                "COMMUNES 2023-12-01 2024-02-29");
    }

    @Test
    void theCommuneSurveyOfADistrictRatesItsCommunesWithTheCommuneFramework() {
        SamplePlan xa = PLANS.get("HD-2023-XA-TM");
        List<Unit> units = ShippedData.unitsOf(xa);

        assertThat(xa.levels()).extracting(l -> l.code() + ":" + l.framework()).containsExactly("COMMUNE:HD-3395-XA");
        assertThat(unitsOfLevel(units, "COMMUNE")).hasSize(17).contains("THANH_MIEN_THANH_GIANG");
        assertThat(units).filteredOn(u -> u.level().equals("COMMUNE")).allMatch(u -> "THANH_MIEN".equals(u.parent()));
        assertThat(xa.totalRespondents()).isEqualTo(10 + 15 + 3 * 17 + 10 * 17);
        assertThat(xa.groups()).extracting(g -> g.code() + " " + g.forms().get(0).questionnaire() + ":"
                + g.forms().get(0).scope()).containsExactly(
                "DAI_BIEU_HDND_HUYEN HD-2023-XA-P01:ALL_UNITS_OF_LEVEL",
                "LANH_DAO_UBND_HUYEN_PHONG HD-2023-XA-P01:ALL_UNITS_OF_LEVEL",
                "TRUONG_THON HD-2023-XA-P02:OWN_UNIT", "NGUOI_DAN HD-2023-XA-P02:OWN_UNIT");
        Map<String, int[]> burden = Burden.perGroup(xa, units, FORMS);
        assertThat(burden.get("NGUOI_DAN")).hasSize(170).containsOnly(16);
        assertThat(burden.get("DAI_BIEU_HDND_HUYEN")).containsOnly(16 * 17);
        assertThat(xa.milestone("SELF_ASSESSMENT").orElseThrow().to()).isEqualTo(java.time.LocalDate.of(2024, 1, 10));
    }

    /** Who rates which units is borrowed from the Yên Bái system: every form of the Hải Dương plan says so. */
    @Test
    void haiDuongMarksEveryScopeAndEveryOfficeAsAssumed() throws java.io.IOException {
        jakarta.json.JsonObject plan;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(
                ShippedData.ROOT.resolve("sample-plans/haiduong-2023.json"))) {
            plan = jakarta.json.Json.createReader(in).readObject();
        }
        assertThat(plan.getString("note")).contains("Yên Bái", "336/QĐ-UBND", "01/03/2023");
        for (jakarta.json.JsonObject g : plan.getJsonArray("groups").getValuesAs(jakarta.json.JsonObject.class)) {
            for (jakarta.json.JsonObject f : g.getJsonArray("forms").getValuesAs(jakarta.json.JsonObject.class)) {
                assertThat(f.getBoolean("assumed", false)).as(g.getString("code")).isTrue();
                assertThat(f.getString("note", "")).as(g.getString("code")).contains("Yên Bái");
            }
            if (g.containsKey("offices")) {
                assertThat(g.getJsonArray("offices").getValuesAs(jakarta.json.JsonObject.class))
                        .allMatch(o -> o.getBoolean("assumed", false) && !o.getString("note", "").isBlank());
            }
        }
    }
}
