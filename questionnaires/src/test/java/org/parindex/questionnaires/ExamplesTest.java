package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.ScoringMethod;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitResult;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.scoring.format.UnitsCsvReader;

/** The example scores and answers fit the Hải Dương department framework, units and sample plan. */
class ExamplesTest {

    private static final Framework SO = ShippedData.frameworks().get("HD-3396-SO");
    private static final SamplePlan PLAN = ShippedData.samplePlans().get("HD-2023");
    private static final Map<String, Questionnaire> FORMS = ShippedData.questionnaires();
    private static final Set<String> DEPARTMENTS = ShippedData.unitsOf(PLAN).stream()
            .filter(u -> u.level().equals("DEPARTMENT")).map(Unit::code).collect(Collectors.toSet());
    private static final List<CSVRecord> SCORES =
            ShippedData.csv(ShippedData.ROOT.resolve("examples/haiduong-2023-so-scores.csv"));
    private static final List<CSVRecord> ANSWERS =
            ShippedData.csv(ShippedData.ROOT.resolve("examples/haiduong-2023-so-answers.csv"));

    @Test
    void scoresCoverEveryNonSurveyLeafOfFiveDepartmentsOnce() {
        Set<String> units = SCORES.stream().map(r -> r.get("unit")).collect(Collectors.toSet());
        assertThat(units).hasSize(5);
        assertThat(DEPARTMENTS).containsAll(units);
        Set<String> items = SO.leaves().stream().filter(l -> !l.isSurvey()).map(Leaf::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : SCORES) {
            assertThat(seen.add(r.get("unit") + " " + r.get("item"))).as("line " + r.getRecordNumber()).isTrue();
        }
        for (String unit : units) {
            assertThat(SCORES.stream().filter(r -> r.get("unit").equals(unit)).map(r -> r.get("item")))
                    .as(unit).containsExactlyInAnyOrderElementsOf(items);
        }
    }

    @Test
    void everyFigureIsReadableByItsLeafsRule() {
        for (CSVRecord r : SCORES) {
            Leaf leaf = SO.leaf(r.get("item")).orElseThrow();
            String where = "line " + r.getRecordNumber() + " " + r.get("unit") + " " + leaf.code();
            if (r.get("not_applicable").equals("true")) {
                assertThat(r.get("appraised_figure")).as(where).isEmpty();
                assertThat(r.get("explanation")).as(where).isNotBlank();
                continue;
            }
            assertThat(r.get("not_applicable")).as(where).isEmpty();
            for (String column : List.of("self_figure", "appraised_figure")) {
                assertThat(leaf.awardRule().orElseThrow().checkFigure(r.get(column))).as(where + " " + column).isEmpty();
            }
            assertThat(r.get("evidence").isBlank() && r.get("explanation").isBlank()
                    && r.get("self_figure").equals(r.get("appraised_figure")) && leaf.method() != ScoringMethod.BONUS)
                    .as(where + ": a self score the appraisers kept has evidence or an explanation").isFalse();
        }
    }

    @Test
    void answersComeFromGroupsWhoseFormAsksTheLeaf() {
        Map<String, Integer> perCell = new HashMap<>();
        for (CSVRecord r : ANSWERS) {
            String where = "line " + r.getRecordNumber();
            Leaf leaf = SO.leaf(r.get("item")).orElseThrow();
            assertThat(leaf.isSurvey()).as(where).isTrue();
            assertThat(SO.scaleOf(leaf).orElseThrow().optionCodes()).as(where).contains(r.get("option"));
            assertThat(DEPARTMENTS).as(where).contains(r.get("unit"));
            SampleGroup group = PLAN.group(r.get("group")).orElseThrow();
            String form = group.formFor("DEPARTMENT").orElseThrow().questionnaire();
            assertThat(FORMS.get(form).questionsFor(leaf.code())).as(where + " " + form).isNotEmpty();
            int count = Integer.parseInt(r.get("count"));
            assertThat(count).as(where).isPositive();
            perCell.merge(r.get("unit") + " " + leaf.code() + " " + group.code(), count, Integer::sum);
        }
        perCell.forEach((cell, n) -> assertThat(n).as(cell).isLessThanOrEqualTo(
                PLAN.group(cell.substring(cell.lastIndexOf(' ') + 1)).orElseThrow().quota()));
    }

    @Test
    void answersCoverEverySurveyLeafOfEveryExampleUnit() {
        Set<String> units = SCORES.stream().map(r -> r.get("unit")).collect(Collectors.toSet());
        for (String unit : units) {
            assertThat(ANSWERS.stream().filter(r -> r.get("unit").equals(unit)).map(r -> r.get("item")).distinct())
                    .as(unit).containsExactlyInAnyOrderElementsOf(
                            SO.surveyLeaves().stream().map(Leaf::code).toList());
        }
    }

    @Test
    void theExampleScoresToPlausibleIndicesBetween70And95() {
        List<Unit> units = UnitsCsvReader.read(ShippedData.ROOT.resolve("units/haiduong-2023.csv"));
        ScoreSheet sheet = ScoresCsvReader.read(ShippedData.ROOT.resolve("examples/haiduong-2023-so-scores.csv"), SO, units);
        CampaignResult result = Campaign.builder(SO).units(sheet.units()).assessments(sheet.assessments())
                .tally(AnswersCsvReader.read(ShippedData.ROOT.resolve("examples/haiduong-2023-so-answers.csv"), SO, units))
                .build().score();

        assertThat(result.units()).extracting(UnitResult::code, u -> u.index().toPlainString()).containsExactly(
                tuple("SO_NOI_VU", "93.49"),
                tuple("SO_TAI_CHINH", "84.27"),
                tuple("SO_TU_PHAP", "82.70"),
                tuple("SO_Y_TE", "73.13"),
                tuple("SO_XAY_DUNG", "72.59"));
        assertThat(result.unit("SO_TU_PHAP").orElseThrow().maxPoints()).as("6.1.1 not applicable")
                .isEqualByComparingTo("99");
    }
}
