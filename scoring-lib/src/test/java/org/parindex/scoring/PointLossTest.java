package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.UNIT;

import org.junit.jupiter.api.Test;

class PointLossTest {

    @Test
    void namesTheItemItsLossAndWhatItCostsTheIndex() {
        PointLoss biggest = WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers()).explain(UNIT)
                .leafLosses().get(0);

        assertThat(biggest.kind()).isEqualTo(PointLoss.Kind.LEAF);
        assertThat(biggest.code()).isEqualTo("3.1");
        assertThat(biggest.name()).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
        assertThat(biggest.maxPoints()).isEqualByComparingTo("3");
        assertThat(biggest.points()).isEqualByComparingTo("2");
        assertThat(biggest.pointsLost()).isEqualByComparingTo("1");
        assertThat(biggest.indexPoints()).hasToString("6.67");
    }

    @Test
    void needsKindCodeLossAndReason() {
        assertThatThrownBy(() -> new PointLoss(PointLoss.Kind.AREA, "1", "Một", null, null, null, null, "x"))
                .hasMessage("pointsLost == null (1)");
    }
}
