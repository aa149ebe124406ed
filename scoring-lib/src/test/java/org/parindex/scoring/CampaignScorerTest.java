package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;
import static org.parindex.scoring.WorkedExample.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The survey conversions and the exact arithmetic of {@link CampaignScorer}. */
class CampaignScorerTest {

    private static LeafResult s1(ScoringPolicy policy, SurveyTally tally) {
        return WorkedExample.score(policy, tally).unit(UNIT).orElseThrow().leaf("S1").orElseThrow();
    }

    private static SurveyTally twoGroups() {
        return SurveyTally.builder()
                .add(UNIT, "S1", "G1", "VG", 3)
                .add(UNIT, "S1", "G2", "F", 1)
                .add(UNIT, "S1", "G2", "DK", 4)
                .add(UNIT, "S2", "G1", "G", 1)
                .build();
    }

    @Test
    void meanCoefficientIsTheMeanOverValidAnswersTimesMax() {
        LeafResult s1 = s1(ScoringPolicy.defaults(), WorkedExample.answers());

        assertThat(s1.survey().ratio()).isEqualByComparingTo("0.85");
        assertThat(s1.surveyPoints()).isEqualByComparingTo("2.55");
        assertThat(s1.survey().answers()).isEqualTo(12);
        assertThat(s1.survey().validAnswers()).isEqualTo(10);
        assertThat(s1.survey().optionCounts()).containsExactly(java.util.Map.entry("VG", 5L),
                java.util.Map.entry("G", 4L), java.util.Map.entry("F", 1L), java.util.Map.entry("A", 0L),
                java.util.Map.entry("P", 0L), java.util.Map.entry("DK", 2L));
    }

    @Test
    void meanCoefficientIgnoresGroups() {
        assertThat(s1(ScoringPolicy.defaults(), twoGroups()).points()).isEqualByComparingTo("2.625");
    }

    @Test
    void groupMeanAveragesEachGroupFirstWithEqualWeights() {
        ScoringPolicy groupMean = ScoringPolicy.builder()
                .surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN).build();

        LeafResult s1 = s1(groupMean, twoGroups());

        assertThat(s1.survey().ratio()).isEqualByComparingTo("0.75");
        assertThat(s1.points()).isEqualByComparingTo("2.25");
        assertThat(s1.survey().groups()).extracting(g -> g.group() + " " + g.validAnswers() + " "
                + g.meanCoefficient().stripTrailingZeros().toPlainString())
                .containsExactly("G1 3 1", "G2 1 0.5");
    }

    @Test
    void groupMeanWeighsGroupsAsConfigured() {
        ScoringPolicy weighted = ScoringPolicy.builder().surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN)
                .groupWeight("G1", d("3")).build();

        assertThat(s1(weighted, twoGroups()).points()).isEqualByComparingTo("2.625");
    }

    @Test
    void groupMeanLeavesOutGroupsWeighingZero() {
        ScoringPolicy g2Ignored = ScoringPolicy.builder().surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN)
                .groupWeight("G2", BigDecimal.ZERO).build();

        LeafResult s1 = s1(g2Ignored, twoGroups());

        assertThat(s1.points()).isEqualByComparingTo("3");
        assertThat(s1.survey().validAnswers()).isEqualTo(3);
    }

    @Test
    void positiveShareCountsAnswersAtOrAboveTheThreshold() {
        ScoringPolicy atG = ScoringPolicy.builder().surveyConversion(ScoringPolicy.SurveyConversion.POSITIVE_SHARE)
                .positiveThreshold(d("0.75")).build();
        ScoringPolicy aboveG = atG.toBuilder().positiveThreshold(d("0.76")).build();

        assertThat(s1(atG, WorkedExample.answers()).points()).isEqualByComparingTo("2.7");
        assertThat(s1(aboveG, WorkedExample.answers()).points()).isEqualByComparingTo("1.5");
    }

    @Test
    void positiveShareDefaultThresholdIsSixtyPercent() {
        ScoringPolicy share = ScoringPolicy.builder()
                .surveyConversion(ScoringPolicy.SurveyConversion.POSITIVE_SHARE).build();

        // 0.60 ≤ G (0.75): VG 5 + G 4 of 10 valid; F (0.50) is below.
        assertThat(s1(share, WorkedExample.answers()).points()).isEqualByComparingTo("2.7");
    }

    @Test
    void keepsThirdsExactUntilTheIndexIsRounded() {
        // One leaf of max 1 with one answer in three at 1.0: 1/3 point; index 100/3 % of a max of 1.
        Framework f = Framework.builder("T", "Một phần ba", "DEPARTMENT", d("3"))
                .scale(AnswerScale.abcde())
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.survey("S", "Điều tra", d("3"), "ABCD"))))
                .build();
        SurveyTally tally = SurveyTally.builder().add("U", "S", null, "A", 1).add("U", "S", null, "D", 2).build();

        UnitResult u = Campaign.builder(f).units(java.util.List.of(Unit.of("U", "U", "DEPARTMENT"))).tally(tally)
                .build().score().unit("U").orElseThrow();

        assertThat(u.total()).isEqualByComparingTo("1");
        assertThat(u.index()).isEqualTo(new BigDecimal("33.33"));
        assertThat(u.leaf("S").orElseThrow().survey().ratio().toPlainString())
                .isEqualTo("0.3333333333333333333333333333333333");
    }

    @Test
    void sumsOfNonTerminatingSurveyPointsAreExact() {
        // Two leaves of 1 point each scoring 1/3 and 2/3: exactly 1 point together, index exactly 50.
        Framework f = Framework.builder("T", "Tổng chính xác", "DEPARTMENT", d("2"))
                .scale(AnswerScale.abcde())
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.survey("S1", "Một", d("1"), "ABCD")),
                        Criterion.leaf(Leaf.survey("S2", "Hai", d("1"), "ABCD"))))
                .policy(ScoringPolicy.builder().rounding(2, java.math.RoundingMode.DOWN).build())
                .build();
        SurveyTally tally = SurveyTally.builder()
                .add("U", "S1", null, "A", 1).add("U", "S1", null, "D", 2)
                .add("U", "S2", null, "A", 2).add("U", "S2", null, "D", 1).build();

        UnitResult u = Campaign.builder(f).units(java.util.List.of(Unit.of("U", "U", "DEPARTMENT"))).tally(tally)
                .build().score().unit("U").orElseThrow();

        assertThat(u.total()).isEqualTo(BigDecimal.ONE);
        assertThat(u.index()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void surveyLeafMarkedNotApplicableIgnoresItsAnswers() {
        CampaignResult r = Campaign.builder(WorkedExample.framework())
                .assessments(WorkedExample.assessments())
                .assessment(Assessment.notApplicable(UNIT, "S2"))
                .tally(WorkedExample.answers()).build().score();

        UnitResult u = r.unit(UNIT).orElseThrow();
        assertThat(u.leaf("S2").orElseThrow().status()).isEqualTo(LeafStatus.NOT_APPLICABLE);
        assertThat(u.maxPoints()).isEqualByComparingTo("12");
        assertThat(u.total()).isEqualByComparingTo("8.35");
    }
}
