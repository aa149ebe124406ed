package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.scoring.Problem;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.ValidationException;

class SamplePlanReaderTest {

    private static final String PLAN = """
            {
              "format": "parindex-sample-plan/1",
              "code": "T-2023",
              "province": "Hải Dương",
              "year": 2023,
              "source": "Kế hoạch thử",
              "totalRespondents": 30,
              "levels": [
                { "code": "DEPARTMENT", "name": "Cấp sở", "framework": "F-SO" },
                { "code": "DISTRICT", "name": "Cấp huyện", "framework": "F-HUYEN" }
              ],
              "units": "units/t.csv",
              "groups": [
                { "code": "HDND", "name": "Đại biểu HĐND tỉnh", "nameEn": "Delegates", "quota": 20,
                  "homeLevel": null, "assumed": true, "note": "test",
                  "forms": [
                    { "questionnaire": "P01", "ratedLevel": "DEPARTMENT", "scope": "ALL_UNITS_OF_LEVEL" },
                    { "questionnaire": "P02", "ratedLevel": "DISTRICT", "scope": "ALL_UNITS_OF_LEVEL" } ] },
                { "code": "CT_XA", "name": "Chủ tịch UBND cấp xã", "quota": 10, "homeLevel": "COMMUNE",
                  "unitQuotas": [ { "unit": "XA_A", "quota": 4 }, { "unit": "XA_B", "quota": 6 } ],
                  "forms": [ { "questionnaire": "P06", "ratedLevel": "DISTRICT", "scope": "OWN_UNIT" } ] }
              ]
            }
            """;

    private static SamplePlan read(String json) {
        return SamplePlanReader.read("plan.json", new StringReader(json));
    }

    private static ValidationException rejected(String json) {
        return catchThrowableOfType(ValidationException.class, () -> read(json));
    }

    @Test
    void readsEveryField() {
        SamplePlan plan = read(PLAN);

        assertThat(plan.code()).isEqualTo("T-2023");
        assertThat(plan.province()).isEqualTo("Hải Dương");
        assertThat(plan.year()).isEqualTo(2023);
        assertThat(plan.sourceDocument()).contains("Kế hoạch thử");
        assertThat(plan.totalRespondents()).isEqualTo(30);
        assertThat(plan.unitsPath()).contains("units/t.csv");
        assertThat(plan.levels()).extracting(l -> l.code() + "=" + l.framework())
                .containsExactly("DEPARTMENT=F-SO", "DISTRICT=F-HUYEN");
        SampleGroup hdnd = plan.group("HDND").orElseThrow();
        assertThat(hdnd.englishName()).contains("Delegates");
        assertThat(hdnd.homeLevelCode()).isEmpty();
        assertThat(hdnd.forms()).extracting(f -> f.questionnaire()).containsExactly("P01", "P02");
        SampleGroup chairmen = plan.group("CT_XA").orElseThrow();
        assertThat(chairmen.quotaOf("XA_B")).contains(6);
        assertThat(chairmen.formFor("DISTRICT").orElseThrow().scope()).isEqualTo(RaterScope.OWN_UNIT);
        assertThat(plan.respondentsByRatedLevel()).containsExactly(
                org.assertj.core.api.Assertions.entry("DEPARTMENT", 20),
                org.assertj.core.api.Assertions.entry("DISTRICT", 30));
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, PLAN, StandardCharsets.UTF_8);

        assertThat(SamplePlanReader.read(file).group("CT_XA")).isPresent();
    }

    @Test
    void missingFileIsAProblemNamingTheFile(@TempDir Path dir) {
        Path file = dir.resolve("none.json");

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> SamplePlanReader.read(file));

        assertThat(e.problems()).singleElement().hasToString(file + ": file: does not exist");
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        ValidationException e = rejected("{\n  \"code\": \"X\",\n  \"year\": ,\n}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("plan.json");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void quotasThatDoNotAddUpAreReportedWithTheirLines() {
        String json = PLAN.replace("\"totalRespondents\": 30", "\"totalRespondents\": 31")
                .replace("{ \"unit\": \"XA_B\", \"quota\": 6 }", "{ \"unit\": \"XA_B\", \"quota\": 5 }");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "plan.json:1: plan T-2023: totalRespondents 31 ≠ sum of group quotas 30",
                "plan.json:19: group CT_XA: quota 10 ≠ sum of unit quotas 9");
    }

    @Test
    void reportsEveryMalformedFieldAtOnce() {
        String json = PLAN.replace("\"year\": 2023", "\"year\": \"2023\"")
                .replace("\"quota\": 20", "\"quota\": 0")
                .replace("\"scope\": \"OWN_UNIT\"", "\"scope\": \"OWN_DISTRICT\"")
                .replace("\"name\": \"Cấp huyện\"", "\"nme\": \"Cấp huyện\"");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "plan.json:5: plan T-2023: year must be a whole number: \"2023\"",
                "plan.json:10: level DISTRICT: unknown field \"nme\" (known: [code, framework, name])",
                "plan.json:10: level DISTRICT: name is missing",
                "plan.json:14: group HDND: quota must be >= 1: 0",
                "plan.json:21: group CT_XA form P06: scope must be one of [ALL_UNITS_OF_LEVEL, OWN_UNIT, COUNTERPART, OFFICE_COUNTERPARTS]:"
                        + " \"OWN_DISTRICT\"");
        assertThat(e.getMessage()).startsWith("5 problems in sample plan plan.json:");
    }

    @Test
    void duplicateCodesNameTheFirstOccurrence() {
        String json = PLAN.replace("\"code\": \"CT_XA\"", "\"code\": \"HDND\"")
                .replace("{ \"unit\": \"XA_B\"", "{ \"unit\": \"XA_A\"");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "plan.json:20: group HDND unit quota XA_A: duplicate code XA_A (first on line 20)",
                "plan.json:19: group HDND: duplicate code HDND (first on line 14)");
    }

    @Test
    void formsAboutLevelsThePlanDoesNotRateAreRejected() {
        String json = PLAN.replace("\"ratedLevel\": \"DISTRICT\", \"scope\": \"OWN_UNIT\"",
                "\"ratedLevel\": \"COMMUNE\", \"scope\": \"OWN_UNIT\"");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "plan.json:21: group CT_XA form P06: rates level COMMUNE, which is not a level of the plan"
                        + " [DEPARTMENT, DISTRICT]");
    }

    @Test
    void wrongFormatAndMissingFieldsAreReported() {
        ValidationException e = rejected("{ \"format\": \"parindex-framework/1\", \"code\": \"X\" }");

        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "format must be \"parindex-sample-plan/1\": \"parindex-framework/1\"",
                "province is missing",
                "year is missing",
                "totalRespondents is missing",
                "levels is missing",
                "groups is missing");
    }

    @Test
    void rootMustBeAnObject() {
        ValidationException e = rejected("[]");

        assertThat(e.problems()).singleElement().hasToString("plan.json:1: plan: must be a JSON object");
    }

    private static final String OFFICE_PLAN = """
            {
              "format": "parindex-sample-plan/1", "code": "T-2023", "province": "Hải Dương", "year": 2023,
              "totalRespondents": 3,
              "levels": [ { "code": "DEPARTMENT", "name": "Cấp sở", "framework": "F-SO" } ],
              "groups": [
                { "code": "TP", "name": "Trưởng phòng", "quota": 3, "homeLevel": "DISTRICT",
                  "unitQuotas": [ { "unit": "HUYEN_X", "quota": 2 }, { "unit": "HUYEN_Y", "quota": 1 } ],
                  "offices": [
                    { "code": "PHONG_TU_PHAP", "name": "Phòng Tư pháp", "counterparts": ["SO_TU_PHAP"],
                      "assumed": true, "note": "cặp phòng – sở giả định" },
                    { "code": "PHONG_Y_TE", "name": "Phòng Y tế", "counterparts": ["SO_Y_TE"], "units": ["HUYEN_X"] } ],
                  "forms": [ { "questionnaire": "P05", "ratedLevel": "DEPARTMENT", "scope": "OFFICE_COUNTERPARTS" } ] }
              ]
            }
            """;

    @Test
    void readsTheOfficeTable() {
        SampleGroup g = read(OFFICE_PLAN).group("TP").orElseThrow();

        assertThat(g.forms().get(0).scope()).isEqualTo(RaterScope.OFFICE_COUNTERPARTS);
        assertThat(g.offices()).extracting(o -> o.code() + " " + o.counterparts() + " " + o.units()).containsExactly(
                "PHONG_TU_PHAP [SO_TU_PHAP] []", "PHONG_Y_TE [SO_Y_TE] [HUYEN_X]");
    }

    @Test
    void reportsMalformedOfficesNamingTheOffice() {
        String json = OFFICE_PLAN.replace("\"counterparts\": [\"SO_TU_PHAP\"]", "\"counterparts\": []")
                .replace("\"units\": [\"HUYEN_X\"]", "\"units\": [\"HUYEN_X\", 3], \"rates\": 1");

        assertThat(rejected(json).problems()).extracting(Problem::toString).containsExactly(
                "plan.json:9: group TP office PHONG_TU_PHAP: counterparts is empty",
                "plan.json:11: group TP office PHONG_Y_TE: unknown field \"rates\" (known: [code, counterparts, name, units])",
                "plan.json:11: group TP office PHONG_Y_TE: units[1] must be a non-blank string: 3");
    }

    @Test
    void readsTheTimelineAndReportsBadDatesNamingTheStep() {
        String withTimeline = PLAN.replace("\"units\": \"units/t.csv\",", """
                "units": "units/t.csv",
                "timeline": [
                  { "code": "SURVEY", "name": "Điều tra", "from": "2023-12-01", "to": "2023-12-31" },
                  { "code": "SELF_ASSESSMENT", "name": "Tự đánh giá", "to": "2024-01-10", "note": "chậm nhất" } ],
                """);
        SamplePlan plan = read(withTimeline);

        assertThat(plan.timeline()).extracting(m -> m.code() + " " + m.from() + " " + m.to()).containsExactly(
                "SURVEY 2023-12-01 2023-12-31", "SELF_ASSESSMENT null 2024-01-10");
        assertThat(plan.milestone("SELF_ASSESSMENT").orElseThrow().start()).isEmpty();
        assertThat(read(PLAN).timeline()).isEmpty();

        String bad = withTimeline.replace("\"to\": \"2023-12-31\"", "\"to\": \"2023-11-30\"")
                .replace("\"to\": \"2024-01-10\"", "\"to\": \"10/01/2024\"");
        assertThat(rejected(bad).problems()).extracting(Problem::toString).containsExactly(
                "plan.json:14: milestone SURVEY: to 2023-11-30 is before from 2023-12-01",
                "plan.json:15: milestone SELF_ASSESSMENT: to must be a date yyyy-mm-dd: \"10/01/2024\"");
    }
}
