package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LeafStatusTest {

    @Test
    void onlyNotApplicableAndExcludedLeaveTheMax() {
        assertThat(Arrays.stream(LeafStatus.values()).filter(s -> !s.isApplicable()))
                .containsExactly(LeafStatus.NOT_APPLICABLE, LeafStatus.EXCLUDED);
        assertThat(LeafStatus.NOT_APPLICABLE.label()).isEqualTo("không áp dụng");
    }
}
