package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;

import org.junit.jupiter.api.Test;

class UnitResultTest {

    private final UnitResult result = WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers())
            .unit(UNIT).orElseThrow();

    @Test
    void findsLeavesAndAreasByCode() {
        assertThat(result.leaves()).extracting(LeafResult::code)
                .containsExactly("1.1", "1.2", "S1", "3.1", "3.2", "3.3", "S2");
        assertThat(result.leaf("TTHC")).isEmpty();
        assertThat(result.area("3").orElseThrow().leaves()).hasSize(4);
        assertThat(result.area("9")).isEmpty();
    }

    @Test
    void pointsLostAreMaxMinusTotal() {
        assertThat(result.pointsLost()).isEqualByComparingTo("4.625");
        assertThat(result.bandValue().orElseThrow().code()).isEqualTo("D");
    }
}
