package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignResultTest {

    @Test
    void listsUnitsInRankOrderAndFindsThemByCode() {
        CampaignResult r = CampaignTest.ranking(ScoringPolicy.defaults(), "U_C", "5", "U_A", "9", "U_B", "7");

        assertThat(r.units()).extracting(UnitResult::code).containsExactly("U_A", "U_B", "U_C");
        assertThat(r.unit("U_B").orElseThrow().rank()).isEqualTo(2);
        assertThat(r.unit("U_Q")).isEmpty();
        assertThat(r.framework().code()).isEqualTo("R");
    }
}
