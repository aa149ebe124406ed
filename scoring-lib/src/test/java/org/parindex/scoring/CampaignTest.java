package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.scoring.WorkedExample.UNIT;

import org.junit.jupiter.api.Test;

class CampaignTest {

    @Test
    void reproducesTheWorkedExampleOfTheBrief() {
        UnitResult r = WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers()).unit(UNIT).orElseThrow();

        assertThat(r.total()).isEqualByComparingTo("10.375");
        assertThat(r.maxPoints()).isEqualByComparingTo("15");
        assertThat(r.index()).isEqualByComparingTo("69.17");
        assertThat(r.selfIndex()).isEqualByComparingTo("90.50");
        System.out.println(WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers()).explain(UNIT).toText());
    }
}
