package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SurveyOutcomeTest {

    @Test
    void givesOptionCountsInScaleOrderAndGroupsByCode() {
        SurveyTally tally = SurveyTally.builder()
                .add(UNIT, "S1", "MTTQ", "G", 2).add(UNIT, "S1", "HDND", "VG", 1).add(UNIT, "S1", "HDND", "DK", 1)
                .build();

        SurveyOutcome o = WorkedExample.score(ScoringPolicy.defaults(), tally).unit(UNIT).orElseThrow()
                .leaf("S1").orElseThrow().survey();

        assertThat(o.optionCounts()).containsExactly(java.util.Map.entry("VG", 1L), java.util.Map.entry("G", 2L),
                java.util.Map.entry("F", 0L), java.util.Map.entry("A", 0L), java.util.Map.entry("P", 0L),
                java.util.Map.entry("DK", 1L));
        assertThat(o.groups()).extracting(SurveyOutcome.GroupOutcome::group).containsExactly("HDND", "MTTQ");
        assertThat(o.groups().get(1).coefficientSum()).isEqualByComparingTo("1.50");
        assertThat(o.groups().get(1).meanCoefficient()).isEqualByComparingTo("0.75");
        assertThat(o.ratio()).isEqualByComparingTo(new BigDecimal("0.8333333333333333333333333333333333"));
        assertThat(o.answers()).isEqualTo(4);
        assertThat(o.unscoredAnswers()).isEqualTo(1);
        assertThat(o.conversion()).isEqualTo(ScoringPolicy.SurveyConversion.MEAN_COEFFICIENT);
    }

    @Test
    void hasNoRatioWithoutValidAnswers() {
        SurveyOutcome o = WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers(false)).unit(UNIT)
                .orElseThrow().leaf("S2").orElseThrow().survey();

        assertThat(o.ratioValue()).isEmpty();
        assertThat(o.groups()).isEmpty();
        assertThat(o.validAnswers()).isZero();
    }
}
