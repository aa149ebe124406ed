package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {

    @Test
    void defaultsAreThoseOfTheBrief() {
        ScoringPolicy p = ScoringPolicy.defaults();

        assertThat(p.roundingScale()).isEqualTo(2);
        assertThat(p.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(p.missingEvidence()).isEqualTo(ScoringPolicy.MissingEvidence.APPRAISER_DECIDES);
        assertThat(p.surveyConversion()).isEqualTo(ScoringPolicy.SurveyConversion.MEAN_COEFFICIENT);
        assertThat(p.groupWeights()).isEmpty();
        assertThat(p.positiveThreshold()).isEqualByComparingTo("0.60");
        assertThat(p.minValidAnswers()).isEqualTo(1);
        assertThat(p.belowMinimum()).isEqualTo(ScoringPolicy.BelowMinimum.EXCLUDE);
        assertThat(p.ties()).isEqualTo(ScoringPolicy.Ties.SHARE);
        assertThat(p.rankWithin()).isEqualTo(ScoringPolicy.RankWithin.LEVEL);
        assertThat(p.bands()).extracting(ClassificationBand::code).containsExactly("A", "B", "C", "D");
    }

    @Test
    void bandOfTakesTheHighestBandReachedBoundaryIncluded() {
        ScoringPolicy p = ScoringPolicy.defaults();

        assertThat(p.bandOf(new BigDecimal("90.00")).orElseThrow().code()).isEqualTo("A");
        assertThat(p.bandOf(new BigDecimal("89.99")).orElseThrow().code()).isEqualTo("B");
        assertThat(p.bandOf(new BigDecimal("80")).orElseThrow().code()).isEqualTo("B");
        assertThat(p.bandOf(new BigDecimal("70")).orElseThrow().code()).isEqualTo("C");
        assertThat(p.bandOf(new BigDecimal("69.99")).orElseThrow().code()).isEqualTo("D");
        assertThat(p.bandOf(BigDecimal.ZERO).orElseThrow().code()).isEqualTo("D");
    }

    @Test
    void indexBelowEveryBandHasNoBand() {
        ScoringPolicy onlyAbc = ScoringPolicy.builder().bands(List.of(ClassificationBand.of("C", "C", "70"),
                ClassificationBand.of("A", "A", "90"), ClassificationBand.of("B", "B", "80"))).build();

        assertThat(onlyAbc.bands()).extracting(ClassificationBand::code).containsExactly("A", "B", "C");
        assertThat(onlyAbc.bandOf(new BigDecimal("69.17"))).isEmpty();
    }

    @Test
    void builderRejectsBadValuesNamingThem() {
        ScoringPolicy.Builder b = ScoringPolicy.builder();

        assertThatThrownBy(() -> b.rounding(-1, RoundingMode.HALF_UP)).hasMessage("rounding scale must be in [0, 10]: -1");
        assertThatThrownBy(() -> b.rounding(2, RoundingMode.UNNECESSARY))
                .hasMessage("rounding mode must round: UNNECESSARY");
        assertThatThrownBy(() -> b.minValidAnswers(0)).hasMessage("minValidAnswers must be >= 1: 0");
        assertThatThrownBy(() -> b.positiveThreshold(new BigDecimal("1.2")))
                .hasMessage("positiveThreshold must be in [0, 1]: 1.2");
        assertThatThrownBy(() -> b.groupWeight("HDND", new BigDecimal("-1")))
                .hasMessage("weight of group HDND must be >= 0: -1");
        assertThatThrownBy(() -> b.bands(List.of(ClassificationBand.of("A", "", "90"),
                ClassificationBand.of("A", "", "80")))).hasMessage("duplicate band code: A");
        assertThatThrownBy(() -> b.bands(List.of(ClassificationBand.of("A", "", "90"),
                ClassificationBand.of("B", "", "90.0")))).hasMessage("duplicate band minIndex: 90.0");
        assertThatThrownBy(() -> b.ties(null)).hasMessage("ties == null");
    }

    @Test
    void groupsWithoutConfiguredWeightWeighOne() {
        ScoringPolicy p = ScoringPolicy.builder().groupWeight("HDND", new BigDecimal("2")).build();

        assertThat(p.groupWeight("HDND")).isEqualByComparingTo("2");
        assertThat(p.groupWeight("MTTQ")).isEqualByComparingTo("1");
    }

    @Test
    void toBuilderCopiesEveryValue() {
        ScoringPolicy p = ScoringPolicy.builder().rounding(3, RoundingMode.DOWN)
                .surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN).groupWeight("G", BigDecimal.TEN)
                .ties(ScoringPolicy.Ties.BY_CODE).rankWithin(ScoringPolicy.RankWithin.PARENT).build();

        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toBuilder().minValidAnswers(5).build()).isNotEqualTo(p);
    }
}
