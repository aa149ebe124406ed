package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationBandTest {

    @Test
    void minIndexMustLieBetweenZeroAndHundred() {
        assertThatThrownBy(() -> ClassificationBand.of("A", "Tốt", "100.01"))
                .hasMessage("minIndex must be <= 100 (band A): 100.01");
        assertThatThrownBy(() -> ClassificationBand.of("A", "Tốt", "-1"))
                .hasMessage("minIndex (band A) must be >= 0: -1");
    }

    @Test
    void nameDefaultsToTheCode() {
        assertThat(ClassificationBand.of("A", null, "90").name()).isEqualTo("A");
    }
}
