package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeafResultTest {

    private static LeafResult result(Leaf leaf, String self, String appraised, String points) {
        return new LeafResult(leaf, LeafStatus.SCORED, leaf.maxPoints(), self == null ? null : new BigDecimal(self),
                appraised == null ? null : new BigDecimal(appraised), null, new BigDecimal(points), null, null, null,
                null, null);
    }

    @Test
    void pointsLostAreMaxMinusPoints() {
        assertThat(result(Leaf.appraised("1", "", new BigDecimal("2")), "2", "1.5", "1.5").pointsLost())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void bonusIsNeverLost() {
        assertThat(result(Leaf.bonus("T", "", new BigDecimal("2")), null, "0.5", "0.5").pointsLost())
                .isEqualByComparingTo("0");
    }

    @Test
    void appraisalCutNeedsBothValues() {
        Leaf leaf = Leaf.appraised("1", "", new BigDecimal("2"));

        assertThat(result(leaf, "2", "1.5", "1.5").appraisalCut()).contains(new BigDecimal("0.5"));
        assertThat(result(leaf, "1", "1.5", "1.5").appraisalCut()).contains(new BigDecimal("-0.5"));
        assertThat(result(leaf, null, "1.5", "1.5").appraisalCut()).isEmpty();
    }
}
