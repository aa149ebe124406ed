package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.d;

import org.junit.jupiter.api.Test;

class LeafTest {

    @Test
    void surveyLeafNeedsAScaleAndNoRule() {
        assertThatThrownBy(() -> new Leaf("S1", "Điều tra", d("3"), ScoringMethod.SURVEY, null, null))
                .hasMessage("SURVEY leaf S1 needs an answer scale");
        assertThatThrownBy(() -> new Leaf("S1", "Điều tra", d("3"), ScoringMethod.SURVEY, AwardRule.ratio(), "ABCD"))
                .hasMessage("SURVEY leaf S1 is scored from answers and cannot have a rule: RATIO");
    }

    @Test
    void onlySurveyLeavesHaveAScale() {
        assertThatThrownBy(() -> new Leaf("1.1", "Việc", d("1"), ScoringMethod.APPRAISED, null, "ABCD"))
                .hasMessage("APPRAISED leaf 1.1 cannot have an answer scale: ABCD");
    }

    @Test
    void rulePointsMayNotExceedTheMax() {
        assertThatThrownBy(() -> Leaf.appraised("1.1", "Việc", d("1"), AwardRule.levels(
                AwardRule.Level.of("FULL", "", "2"), AwardRule.Level.of("HALF", "", "1.5"))))
                .hasMessage("leaf 1.1: level FULL is worth 2, more than the max points 1; "
                        + "level HALF is worth 1.5, more than the max points 1");
        assertThatThrownBy(() -> Leaf.appraised("3.1", "Tỷ lệ", d("2"), AwardRule.bands(AwardRule.Band.of("90", "3"))))
                .hasMessage("leaf 3.1: band from 90% is worth 3, more than the max points 2");
    }

    @Test
    void maxMayNotBeNegative() {
        assertThatThrownBy(() -> Leaf.appraised("1.1", "Việc", d("-1")))
                .hasMessage("maxPoints (leaf 1.1) must be >= 0: -1");
    }

    @Test
    void bonusLeavesDoNotCountTowardsTheTotal() {
        assertThat(Leaf.bonus("T", "Thưởng", d("2")).countsTowardsTotal()).isFalse();
        assertThat(Leaf.bonus("T", "Thưởng", d("2")).rule()).isEqualTo(AwardRule.bonus());
        assertThat(Leaf.survey("S", "Điều tra", d("2"), "ABCD").countsTowardsTotal()).isTrue();
        assertThat(Leaf.survey("S", "Điều tra", d("2"), "ABCD").scaleCode()).contains("ABCD");
    }
}
