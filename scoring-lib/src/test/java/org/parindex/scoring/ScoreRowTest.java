package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreRowTest {

    @Test
    void readsCellsWithADecimalCommaAndVietnameseYesNo() {
        ScoreRow row = ScoreRow.read(Map.of("unit", " SO_X ", "item", "1.1", "self_score", "0,75",
                "appraised_figure", "LATE", "not_applicable", "không"));

        assertThat(row.problems()).isEmpty();
        Assessment a = row.assessment().orElseThrow();
        assertThat(a.unit()).isEqualTo("SO_X");
        assertThat(a.selfScore()).isEqualByComparingTo("0.75");
        assertThat(a.appraisedFigure()).isEqualTo("LATE");
        assertThat(a.notApplicable()).isFalse();
    }

    @Test
    void reportsBlankKeysUnreadableCellsAndScoreWithFigureAsStructuredProblems() {
        ScoreRow row = ScoreRow.read(Map.of("item", "1.1", "self_score", "abc", "appraised_score", "1",
                "appraised_figure", "LATE", "not_applicable", "maybe"));

        assertThat(row.assessment()).isEmpty();
        assertThat(row.problems()).extracting(Problem::code, Problem::field, Problem::value)
                .containsExactly(tuple(ProblemCode.BLANK, "unit", null),
                        tuple(ProblemCode.NOT_A_NUMBER, "self_score", "abc"),
                        tuple(ProblemCode.SCORE_AND_FIGURE, "appraised_figure", "LATE"),
                        tuple(ProblemCode.NOT_YES_NO, "not_applicable", "maybe"));
        assertThat(row.problems().get(1).message()).isEqualTo("self_score is not a number: \"abc\"");
    }

    @Test
    void leavesFrameworkChecksToTheAssessmentWithCodes() {
        Framework toy = WorkedExample.framework(ScoringPolicy.defaults());
        Assessment a = ScoreRow.read(Map.of("unit", "SO_X", "item", "S1", "appraised_score", "1"))
                .assessment().orElseThrow();

        assertThat(a.problems(toy)).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(ProblemCode.SURVEY_ITEM_VALUE, "item"));
    }
}
