package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void blankNameBecomesTheCodeAndBlankParentNone() {
        Unit u = new Unit("X1", " ", "COMMUNE", " ");

        assertThat(u.name()).isEqualTo("X1");
        assertThat(u.parentCode()).isEmpty();
        assertThat(new Unit("X1", "Xã 1", "COMMUNE", "H1").parentCode()).contains("H1");
    }

    @Test
    void needsCodeAndLevel() {
        assertThatThrownBy(() -> Unit.of(" ", "Xã", "COMMUNE")).hasMessage("unit code is blank");
        assertThatThrownBy(() -> Unit.of("X1", "Xã", null)).hasMessage("level == null (unit X1)");
    }
}
