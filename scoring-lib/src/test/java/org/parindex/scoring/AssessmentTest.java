package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final Framework TOY = WorkedExample.framework();

    @Test
    void takesEitherAScoreOrAFigurePerSide() {
        assertThatThrownBy(() -> Assessment.builder("U", "1.1").selfScore("1").selfFigure("LATE").build())
                .hasMessage("unit U, item 1.1: give selfScore or selfFigure, not both: 1, LATE");
        assertThatThrownBy(() -> Assessment.builder("U", "1.1").appraisedScore("1").appraisedFigure("LATE").build())
                .hasMessage("unit U, item 1.1: give appraisedScore or appraisedFigure, not both: 1, LATE");
        assertThatThrownBy(() -> Assessment.builder("U", "1.1").appraisedScore("một").build())
                .hasMessage("appraisedScore is not a number (unit U, item 1.1): \"một\"");
        assertThatThrownBy(() -> Assessment.scored(" ", "1.1", "1", "1")).hasMessage("unit is blank");
    }

    @Test
    void blankTextCountsAsAbsent() {
        Assessment a = Assessment.builder("U", "1.1").selfFigure(" ").evidence("").explanation(" ").build();

        assertThat(a.hasSelfValue()).isFalse();
        assertThat(a.hasEvidenceOrExplanation()).isFalse();
        assertThat(a.evidenceText()).isEmpty();
    }

    @Test
    void fitsTheFrameworkWhenTheValuesAreWithinRange() {
        assertThat(Assessment.scored("U", "1.2", "0", "2.0").problems(TOY)).isEmpty();
        assertThat(Assessment.builder("U", "3.1").appraisedFigure("97.4").build().problems(TOY)).isEmpty();
        assertThat(Assessment.notApplicable("U", "S1").problems(TOY)).isEmpty();
    }

    @Test
    void reportsValuesOutsideZeroAndMax() {
        assertThat(Assessment.scored("U", "1.2", "-0.5", "2.01").problems(TOY)).extracting(Problem::toString)
                .containsExactly("unit U, criterion 1.2: self score -0.5 is below 0",
                        "unit U, criterion 1.2: appraised score 2.01 is above the max 2");
    }

    @Test
    void reportsAFigureOnALeafWithoutRule() {
        Framework noRule = Framework.builder("N", "Không quy tắc", "DEPARTMENT", BigDecimal.ONE)
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "", BigDecimal.ONE)))).build();

        assertThat(Assessment.builder("U", "1.1").appraisedFigure("LATE").build().problems(noRule))
                .extracting(Problem::toString).containsExactly("unit U, criterion 1.1: appraised figure \"LATE\" "
                        + "given, but the item has no rule to convert it: give appraised_score instead");
    }

    @Test
    void copiesWithAnotherAppraisedScoreOrApplicability() {
        Assessment a = Assessment.builder("U", "1.1").selfScore("1").appraisedFigure("LATE").evidence("QĐ").build();

        assertThat(a.withAppraisedScore(BigDecimal.ONE).appraisedFigure()).isNull();
        assertThat(a.withAppraisedScore(BigDecimal.ONE).appraisedScore()).isEqualTo(BigDecimal.ONE);
        assertThat(a.withNotApplicable(true).notApplicable()).isTrue();
        assertThat(a.withNotApplicable(true).evidence()).isEqualTo("QĐ");
    }
}
