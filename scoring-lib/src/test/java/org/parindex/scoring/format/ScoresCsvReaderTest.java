package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitResult;
import org.parindex.scoring.ValidationException;

class ScoresCsvReaderTest {

    static final Path SCORES = Path.of("src/test/resources/toy/scores.csv");
    static final Path BROKEN = Path.of("src/test/resources/toy/broken-scores.csv");
    static final Framework TOY = FrameworkReader.read(FrameworkReaderTest.TOY);

    private static ScoreSheet parse(String csv) {
        return ScoresCsvReader.read("s.csv", new StringReader(csv), TOY);
    }

    @Test
    void readsScoresFiguresNamesAndNotApplicable() {
        ScoreSheet sheet = ScoresCsvReader.read(SCORES, TOY);

        assertThat(sheet.units()).extracting(Unit::code, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SO_X", "Sở X"),
                        org.assertj.core.groups.Tuple.tuple("SO_Y", "Sở Y"),
                        org.assertj.core.groups.Tuple.tuple("SO_Z", "Sở Z"));
        assertThat(sheet.units()).allSatisfy(u -> assertThat(u.level()).isEqualTo("DEPARTMENT"));
        assertThat(sheet.assessments()).hasSize(15);
        Assessment first = sheet.assessments().get(0);
        assertThat(first.selfScore()).isEqualByComparingTo("1.0");
        assertThat(first.appraisedFigure()).isEqualTo("LATE");
        assertThat(first.evidence()).isEqualTo("QĐ 15/QĐ-SX ngày 20/01 ban hành kế hoạch CCHC");
        Assessment notApplicable = sheet.assessments().get(13);
        assertThat(notApplicable.notApplicable()).isTrue();
        assertThat(notApplicable.explanation()).isEqualTo("Sở Z không tiếp nhận hồ sơ TTHC trực tiếp\n"
                + "(giải trình nhiều dòng)");
    }

    @Test
    void theToyFilesReproduceTheWorkedExample() {
        ScoreSheet sheet = ScoresCsvReader.read(SCORES, TOY);
        UnitResult x = Campaign.builder(TOY).units(sheet.units()).assessments(sheet.assessments())
                .tally(AnswersCsvReader.read(AnswersCsvReaderTest.ANSWERS, TOY)).build().score().unit("SO_X")
                .orElseThrow();

        assertThat(x.index()).hasToString("69.17");
        assertThat(x.selfIndex()).hasToString("90.50");
    }

    @Test
    void reportsEveryProblemOfABrokenFileWithItsLine() {
        assertThatThrownBy(() -> ScoresCsvReader.read(BROKEN, TOY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                BROKEN + ":2: unit SO_X, criterion 1.1: appraised figure: unknown level code "
                                        + "\"SOON\" (known: ON_TIME, LATE, NONE)",
                                BROKEN + ":3: unit SO_X, criterion 1.2: appraised score 2.5 is above the max 2",
                                BROKEN + ":4: unit SO_X, criterion S1: is a SURVEY item, scored from the answers: "
                                        + "it takes no self or appraised value (only not_applicable)",
                                BROKEN + ":5: unit SO_X, item 9.9: no such criterion or sub-criterion in framework "
                                        + "TOY-SO",
                                BROKEN + ":6: unit SO_X, item 3.2: not_applicable must be true or false: \"maybe\"",
                                BROKEN + ":6: unit SO_X, sub-criterion 3.2: self score -1 is below 0",
                                BROKEN + ":7: unit SO_X, item 1.1: is given twice (first on line 2)"));
    }

    @Test
    void reportsUnknownUnitsAndUnitsOfAnotherLevelWhenGivenTheUnits() {
        List<Unit> units = List.of(Unit.of("SO_X", "Sở X", "DEPARTMENT"), Unit.of("H", "Huyện", "DISTRICT"));

        String csv = """
                unit,item,appraised_score
                SO_X,1.1,1
                SO_Q,1.1,1
                H,1.1,1
                """;
        assertThat(parse(csv).units()).extracting(Unit::code).containsExactly("SO_X", "SO_Q", "H");
        assertThatThrownBy(() -> ScoresCsvReader.read(SCORES, TOY, units))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).first()
                        .hasToString(SCORES + ":7: unit SO_Y, item 1.1: unknown unit SO_Y (not in the unit list)"));
    }

    @Test
    void reportsAWrongHeader() {
        assertThatThrownBy(() -> parse("unit,criterion,appraised\nSO_X,1.1,1\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "s.csv:1: header row: column \"item\" is missing (a scores file needs unit,item)",
                                "s.csv:1: header row: unknown column \"criterion\" (known: unit, unit_name, item, "
                                        + "self_score, self_figure, appraised_score, appraised_figure, "
                                        + "not_applicable, evidence, explanation)",
                                "s.csv:1: header row: unknown column \"appraised\" (known: unit, unit_name, item, "
                                        + "self_score, self_figure, appraised_score, appraised_figure, "
                                        + "not_applicable, evidence, explanation)"));
    }

    @Test
    void reportsBothAScoreAndAFigureAndBlankKeysAndNumbersThatAreNot() {
        assertThatThrownBy(() -> parse("""
                Unit,ITEM,appraised_score,appraised_figure
                SO_X,1.1,1,LATE
                ,1.2,1,
                SO_X,,1,
                SO_X,3.3,một,
                """)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "s.csv:2: unit SO_X, item 1.1: give appraised_score or appraised_figure, not both",
                        "s.csv:3: row: unit is blank",
                        "s.csv:4: row of unit SO_X: item is blank",
                        "s.csv:5: unit SO_X, item 3.3: appraised_score is not a number: \"một\""));
    }

    @Test
    void acceptsAByteOrderMarkCrLfLineEndsAndDecomposedText() {
        ScoreSheet sheet = parse("\uFEFFunit,unit_name,item,appraised_figure\r\nSO_X,So\u031b\u0309 X,1.1,LATE\r\n");

        assertThat(sheet.units().get(0).name()).isEqualTo("Sở X");
        assertThat(sheet.assessments().get(0).appraisedFigure()).isEqualTo("LATE");
    }

    @Test
    void locatesRowsAfterMultiLineValues() {
        assertThatThrownBy(() -> parse("unit,item,explanation,appraised_score\n"
                + "SO_X,1.1,\"dòng một\ndòng hai\ndòng ba\",1\n"
                + "SO_X,1.2,,9\n"))
                .hasMessageContaining("s.csv:5: unit SO_X, criterion 1.2: appraised score 9 is above the max 2");
    }

    @Test
    void reportsDifferentNamesForOneUnit() {
        assertThatThrownBy(() -> parse("unit,unit_name,item\nSO_X,Sở X,1.1\nSO_X,Sở Y,1.2\n"))
                .hasMessageContaining("s.csv:3: unit SO_X: unit_name \"Sở Y\" differs from \"Sở X\" on line 2");
    }

    @Test
    void acceptsADecimalCommaAndVietnameseYesNo() {
        ScoreSheet sheet = parse("unit,item,self_score,appraised_score,not_applicable\n"
                + "SO_X,3.3,\"0,5\",1,không\n"
                + "SO_X,1.2,\"1,5\",\"2,0\",KHÔNG\n"
                + "SO_X,3.2,,,có\n");

        assertThat(sheet.assessments().get(0).selfScore()).isEqualByComparingTo("0.5");
        assertThat(sheet.assessments().get(0).notApplicable()).isFalse();
        assertThat(sheet.assessments().get(1).selfScore()).isEqualByComparingTo("1.5");
        assertThat(sheet.assessments().get(1).appraisedScore()).isEqualByComparingTo("2");
        assertThat(sheet.assessments().get(2).notApplicable()).isTrue();
    }

    @Test
    void givesEveryProblemACodeFieldValueAndParameters() {
        assertThatThrownBy(() -> parse("""
                unit,item,appraised_score,self_score,not_applicable
                SO_X,1.2,9,"7,5",maybe
                SO_X,1.2,1,1E+999999999,
                SO_X,9.9,1,,
                """)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::code, Problem::line, Problem::field, Problem::value, Problem::parameters)
                .containsExactly(
                        tuple(ProblemCode.NOT_YES_NO, 2, "not_applicable", "maybe", Map.of()),
                        tuple(ProblemCode.SCORE_ABOVE_MAX, 2, "self_score", "7.5",
                                Map.of("side", "self", "max", "2")),
                        tuple(ProblemCode.SCORE_ABOVE_MAX, 2, "appraised_score", "9",
                                Map.of("side", "appraised", "max", "2")),
                        tuple(ProblemCode.NUMBER_OUT_OF_BOUNDS, 3, "self_score", "1E+999999999",
                                Map.of("limit", "15.12")),
                        tuple(ProblemCode.DUPLICATE_ROW, 3, "item", "1.2", Map.of("firstLine", "2")),
                        tuple(ProblemCode.UNKNOWN_ITEM, 4, "item", "9.9",
                                Map.of("framework", "TOY-SO", "hasSubCriteria", "false"))));
    }

    @Test
    void boundsNumbersAtOnceWithAShortMessage() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> parse("unit,item,appraised_score,self_score\nSO_X,1.2,1E-100000,1E+999999999\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "s.csv:2: unit SO_X, item 1.2: self_score is out of bounds (more than 15 digits "
                                        + "before the decimal separator): \"1E+999999999\"",
                                "s.csv:2: unit SO_X, item 1.2: appraised_score is out of bounds (more than 12 "
                                        + "digits after the decimal separator): \"1E-100000\""));
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void namesUtf8AndTheLineOfALatin1File(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.csv");
        java.nio.file.Files.write(file, "unit,unit_name,item\nSO_X,Sở X,1.1\nSO_Y,S\u00f4 Y,1.1\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ScoresCsvReader.read(file, TOY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code, Problem::line)
                            .containsExactly(tuple(ProblemCode.NOT_UTF8, 3));
                    assertThat(e.problems().get(0).toString()).startsWith(file + ":3: ").contains("not UTF-8");
                });
    }
}
