package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ScoringMethod;
import org.parindex.scoring.ScoringPolicy;
import org.parindex.scoring.ValidationException;

class FrameworkReaderTest {

    static final Path TOY = Path.of("src/test/resources/toy/framework.json");
    static final Path BROKEN = Path.of("src/test/resources/toy/broken-framework.json");

    private static String minimal(String policy, String leaf) {
        return """
                {"format": "parindex-framework/1", "code": "M", "name": "Tối thiểu", "level": "COMMUNE",
                 "maxPoints": 1, %s
                 "answerScales": [{"code": "ABCD", "options": [
                   {"code": "A", "label": "Tốt", "coefficient": 1}, {"code": "E", "label": "?", "coefficient": null}]}],
                 "areas": [{"code": "1", "name": "Một", "criteria": [%s]}]}
                """.formatted(policy, leaf);
    }

    @Test
    void readsTheToyFrameworkOfTheWorkedExample() {
        Framework f = FrameworkReader.read(TOY);

        assertThat(f.code()).isEqualTo("TOY-SO");
        assertThat(f.nameEn()).contains("Toy framework of the domain brief's worked example");
        assertThat(f.level()).isEqualTo("DEPARTMENT");
        assertThat(f.maxPoints()).isEqualByComparingTo("15");
        assertThat(f.leaves()).extracting(l -> l.code())
                .containsExactly("1.1", "1.2", "S1", "3.1", "3.2", "3.3", "S2");
        assertThat(f.leaf("S1").orElseThrow().method()).isEqualTo(ScoringMethod.SURVEY);
        assertThat(f.scaleOf(f.leaf("S1").orElseThrow()).orElseThrow().optionCodes())
                .containsExactly("VG", "G", "F", "A", "P", "DK");
        assertThat(f.scaleOf(f.leaf("S1").orElseThrow()).orElseThrow().option("DK").orElseThrow().isScored())
                .isFalse();
        assertThat(f.leaf("3.2").orElseThrow().rule()).isEqualTo(AwardRule.deduction(new BigDecimal("0.5")));
        assertThat(f.leaf("1.2").orElseThrow().maxPoints()).isEqualTo(new BigDecimal("2.0"));
        assertThat(f.criterion("TTHC").orElseThrow().maxPoints()).isEqualByComparingTo("6");
        assertThat(f.policy().bands()).extracting(b -> b.code()).containsExactly("A", "B", "C");
    }

    @Test
    void readsEveryPolicyValue() {
        Framework f = FrameworkReader.parse("p.json", minimal("""
                "policy": {"rounding": {"scale": 3, "mode": "HALF_EVEN"}, "missingEvidence": "ZERO",
                  "survey": {"conversion": "GROUP_MEAN", "groupWeights": {"HDND": 2, "MTTQ": "0.5"},
                    "positiveThreshold": "0.75", "minValidAnswers": 5, "belowMinimum": "ZERO"},
                  "ties": "BY_CODE", "rankWithin": "PARENT",
                  "bands": [{"code": "T", "name": "Tốt", "minIndex": 85}]},
                """, """
                {"code": "1.1", "name": "Việc", "maxPoints": 1, "method": "APPRAISED"}"""));

        ScoringPolicy p = f.policy();
        assertThat(p.roundingScale()).isEqualTo(3);
        assertThat(p.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(p.missingEvidence()).isEqualTo(ScoringPolicy.MissingEvidence.ZERO);
        assertThat(p.surveyConversion()).isEqualTo(ScoringPolicy.SurveyConversion.GROUP_MEAN);
        assertThat(p.groupWeight("HDND")).isEqualByComparingTo("2");
        assertThat(p.groupWeight("MTTQ")).isEqualByComparingTo("0.5");
        assertThat(p.positiveThreshold()).isEqualByComparingTo("0.75");
        assertThat(p.minValidAnswers()).isEqualTo(5);
        assertThat(p.belowMinimum()).isEqualTo(ScoringPolicy.BelowMinimum.ZERO);
        assertThat(p.ties()).isEqualTo(ScoringPolicy.Ties.BY_CODE);
        assertThat(p.rankWithin()).isEqualTo(ScoringPolicy.RankWithin.PARENT);
        assertThat(p.bands()).extracting(b -> b.code() + " " + b.minIndex()).containsExactly("T 85");
    }

    @Test
    void missingPolicyMeansTheDefaults() {
        Framework f = FrameworkReader.parse("p.json", minimal("", """
                {"code": "1.1", "name": "Việc", "maxPoints": 1, "method": "APPRAISED"}"""));

        assertThat(f.policy()).isEqualTo(ScoringPolicy.defaults());
    }

    @Test
    void readsDecimalStringsExactly() {
        Framework f = FrameworkReader.parse("d.json", minimal("", """
                {"code": "1.1", "name": "Việc", "maxPoints": "0.1", "method": "APPRAISED"},
                {"code": "1.2", "name": "Việc", "maxPoints": 0.2, "method": "APPRAISED"},
                {"code": "1.3", "name": "Việc", "maxPoints": "0.70", "method": "BONUS"},
                {"code": "1.4", "name": "Việc", "maxPoints": 0.7, "method": "SURVEY", "scale": "ABCD"}""")
                .replace("\"maxPoints\": 1,", "\"maxPoints\": \"1.0\","));

        assertThat(f.leaf("1.1").orElseThrow().maxPoints()).isEqualTo(new BigDecimal("0.1"));
        assertThat(f.leaf("1.3").orElseThrow().maxPoints()).isEqualTo(new BigDecimal("0.70"));
        assertThat(f.leaf("1.3").orElseThrow().rule()).isEqualTo(AwardRule.bonus());
    }

    @Test
    void problemsOfTheFormatCarryACodeTheFieldAndTheValue() {
        assertThatThrownBy(() -> FrameworkReader.read(BROKEN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .filteredOn(p -> p.code() != ProblemCode.OTHER)
                        .extracting(p -> p.line() + " " + p.code() + " " + p.field() + "=" + p.value() + " "
                                + p.parameters().keySet())
                        .contains("25 NOT_ONE_OF method=APPRAISD [allowed]",
                                "26 UNKNOWN_FIELD weight=null [known]",
                                "30 NOT_ONE_OF type=PERCENT [allowed]"));
    }

    @Test
    void reportsEveryProblemOfABrokenFileWithItsLine() {
        assertThatThrownBy(() -> FrameworkReader.read(BROKEN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                BROKEN + ":10: answer scale ABCD: option B: coefficient must be in [0, 1]: 1.5",
                                BROKEN + ":15: criterion 1.1: method is missing (APPRAISED, SURVEY or BONUS): a "
                                        + "criterion without subCriteria is a leaf and must say how it is scored",
                                BROKEN + ":16: criterion 1.2: answer scale \"XYZ\" is not defined (defined: ABCD)",
                                BROKEN + ":19: criterion 1.2: code 1.2 is already used by criterion 1.2 of area 1",
                                BROKEN + ":21: criterion 2.2: level FULL is worth 2, more than maxPoints 1",
                                BROKEN + ":25: sub-criterion 2.3.2: method must be one of [APPRAISED, SURVEY, "
                                        + "BONUS]: \"APPRAISD\"",
                                BROKEN + ":26: area 3: unknown field \"weight\" (known: [code, criteria, "
                                        + "description, maxPoints, name, nameEn])",
                                BROKEN + ":29: criterion 3.1: perViolation must be > 0: 0",
                                BROKEN + ":30: criterion 3.2: rule type must be one of [LEVELS, BANDS, RATIO, "
                                        + "DEDUCTION, BONUS]: \"PERCENT\"",
                                BROKEN + ":32: criterion 3.3: a SURVEY leaf is scored from answers and cannot have "
                                        + "a rule",
                                BROKEN + ":33: area 4: maxPoints 2 ≠ sum of its criteria 1",
                                BROKEN + ":35: criterion 4.1: maxPoints 1.5 ≠ sum of its sub-criteria 1"));
    }

    @Test
    void reportsTotalsThatDoNotAddUp() {
        assertThatThrownBy(() -> FrameworkReader.parse("sum.json", minimal("", """
                {"code": "1.1", "name": "Việc", "maxPoints": 0.5, "method": "APPRAISED"},
                {"code": "1.2", "name": "Việc", "maxPoints": 0.25, "method": "SURVEY", "scale": "ABCD"},
                {"code": "1.3", "name": "Thưởng", "maxPoints": 5, "method": "BONUS"}""")))
                .hasMessage("1 problem in sum.json:\n  sum.json:1: framework M: maxPoints 1 ≠ sum of its APPRAISED "
                        + "and SURVEY items 0.75 (per area: 1 = 0.75)");
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        assertThatThrownBy(() -> FrameworkReader.parse("syntax.json", "{\n  \"code\": \"X\",\n  \"name\" \"Y\"\n}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.problems().get(0).item()).isEqualTo("JSON syntax");
                });
    }

    @Test
    void reportsAWrongFormatAndMissingFields() {
        assertThatThrownBy(() -> FrameworkReader.parse("f.json", "{\"format\": \"parindex-framework/2\"}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "f.json:1: framework: code is missing",
                                "f.json:1: framework: format must be \"parindex-framework/1\": "
                                        + "\"parindex-framework/2\"",
                                "f.json:1: framework: name is missing",
                                "f.json:1: framework: level is missing",
                                "f.json:1: framework: maxPoints is missing",
                                "f.json:1: framework: areas is missing"));
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> FrameworkReader.read(Path.of("no/such/file.json")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no/such/file.json: file: does not exist");
    }

    @Test
    void normalisesTextToNfc() {
        String decomposed = "Vie\u0323\u0302c"; // "Việc" with combining marks
        Framework f = FrameworkReader.parse("n.json", minimal("", """
                {"code": "1.1", "name": "%s", "maxPoints": 1, "method": "APPRAISED"}""".formatted(decomposed)));

        assertThat(f.leaf("1.1").orElseThrow().name()).isEqualTo("Việc").hasSize(4);
    }

    @Test
    void boundsNumbersInJsonNumbersAndStringsWithTheLine() throws Exception {
        String toy = java.nio.file.Files.readString(TOY);
        String number = toy.replace("\"maxPoints\": 15,", "\"maxPoints\": 1E-100000,");
        String string = toy.replace("\"maxPoints\": 15,", "\"maxPoints\": \"1E+999999999\",");

        assertThatThrownBy(() -> FrameworkReader.parse("f.json", number)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "f.json:9: JSON: number is out of bounds (more than 12 digits after the decimal separator): "
                                + "\"1E-100000\""));
        assertThatThrownBy(() -> FrameworkReader.parse("f.json", string)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString).contains(
                        "f.json:9: framework TOY-SO: maxPoints is out of bounds (more than 15 digits before the "
                                + "decimal separator): \"1E+999999999\""));
    }
}
