package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.Unit;
import org.parindex.scoring.ValidationException;

class AnswersCsvReaderTest {

    static final Path ANSWERS = Path.of("src/test/resources/toy/answers.csv");
    static final Path BROKEN = Path.of("src/test/resources/toy/broken-answers.csv");
    static final Framework TOY = ScoresCsvReaderTest.TOY;

    @Test
    void readsTheTally() {
        SurveyTally tally = AnswersCsvReader.read(ANSWERS, TOY);

        assertThat(tally.answers()).isEqualTo(60);
        assertThat(tally.units()).containsExactly("SO_X", "SO_Y", "SO_Z");
        assertThat(tally.countsFor("SO_X", "S1")).extracting(TallyCount::option, TallyCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 0L),
                        org.assertj.core.groups.Tuple.tuple("DK", 2L), org.assertj.core.groups.Tuple.tuple("F", 1L),
                        org.assertj.core.groups.Tuple.tuple("G", 4L), org.assertj.core.groups.Tuple.tuple("P", 0L),
                        org.assertj.core.groups.Tuple.tuple("VG", 5L));
    }

    @Test
    void groupColumnMayBeLeftOut() {
        SurveyTally tally = AnswersCsvReader.read("a.csv", new StringReader("unit,item,option,count\nSO_X,S1,VG,3\n"),
                TOY);

        assertThat(tally.counts()).containsExactly(new TallyCount("SO_X", "S1", null, "VG", 3));
    }

    @Test
    void reportsEveryProblemOfABrokenFileWithItsLine() {
        List<Unit> units = List.of(Unit.of("SO_X", "Sở X", "DEPARTMENT"));

        assertThatThrownBy(() -> AnswersCsvReader.read(BROKEN, TOY, units))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                BROKEN + ":3: answers for unit SO_X, item S1: option \"ZZ\" is not on scale VGFAP "
                                        + "(VG, G, F, A, P, DK)",
                                BROKEN + ":4: answers for unit SO_X, item 1.1: criterion 1.1 is scored by APPRAISED, "
                                        + "not by the survey: it takes no answers",
                                BROKEN + ":5: answers for unit SO_X, item S2: count of option G is negative: -3",
                                BROKEN + ":6: answers for unit SO_X, item S2: count of option G is not a whole "
                                        + "number: \"x\"",
                                BROKEN + ":6: answers for unit SO_X, item S2: group (none), option G is given twice "
                                        + "(first on line 5)",
                                BROKEN + ":7: answers for unit SO_Q, item S1: unknown unit SO_Q (not in the unit "
                                        + "list)",
                                BROKEN + ":8: answers for unit SO_X, item NOPE: no such item in framework TOY-SO"));
    }

    @Test
    void reportsMissingColumnsAndBlankValues() {
        assertThatThrownBy(() -> AnswersCsvReader.read("a.csv", new StringReader("unit,item,answer\n"), TOY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "a.csv:1: header row: column \"option\" is missing (an answers file needs "
                                        + "unit,item,option,count)",
                                "a.csv:1: header row: column \"count\" is missing (an answers file needs "
                                        + "unit,item,option,count)",
                                "a.csv:1: header row: unknown column \"answer\" (known: unit, item, group, option, "
                                        + "count)"));
        assertThatThrownBy(() -> AnswersCsvReader.read("a.csv", new StringReader("unit,item,option,count\nSO_X,S1,,\n"),
                TOY)).hasMessageContaining("a.csv:2: row: option is blank").hasMessageContaining("a.csv:2: row: count is blank");
    }

    @Test
    void givesEveryProblemOfABrokenFileACodeAndField() {
        List<Unit> units = List.of(Unit.of("SO_X", "Sở X", "DEPARTMENT"));

        assertThatThrownBy(() -> AnswersCsvReader.read(BROKEN, TOY, units))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::line, Problem::code, Problem::field, Problem::value).containsExactly(
                                tuple(3, ProblemCode.UNKNOWN_OPTION, "option", "ZZ"),
                                tuple(4, ProblemCode.NOT_A_SURVEY_ITEM, "item", "1.1"),
                                tuple(5, ProblemCode.NOT_A_COUNT, "count", "-3"),
                                tuple(6, ProblemCode.NOT_A_COUNT, "count", "x"),
                                tuple(6, ProblemCode.DUPLICATE_ROW, "option", "G"),
                                tuple(7, ProblemCode.UNKNOWN_UNIT, "unit", "SO_Q"),
                                tuple(8, ProblemCode.UNKNOWN_ITEM, "item", "NOPE")));
    }
}
