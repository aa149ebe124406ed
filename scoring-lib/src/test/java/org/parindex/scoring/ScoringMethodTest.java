package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringMethodTest {

    @Test
    void hasVietnameseLabels() {
        assertThat(ScoringMethod.APPRAISED.label()).isEqualTo("Thẩm định");
        assertThat(ScoringMethod.SURVEY.label()).isEqualTo("Điều tra XHH");
        assertThat(ScoringMethod.BONUS.label()).isEqualTo("Điểm thưởng");
    }
}
