package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TallyCountTest {

    @Test
    void rejectsNegativeCountsAndBlankCodes() {
        assertThatThrownBy(() -> new TallyCount("U", "S1", null, "A", -1))
                .hasMessage("count must be >= 0 (unit U, item S1, option A): -1");
        assertThatThrownBy(() -> new TallyCount("U", "S1", null, " ", 1)).hasMessage("option (unit U, item S1) is blank");
        assertThat(new TallyCount("U", "S1", " ", "A", 1).groupCode()).isEmpty();
    }

    @Test
    void checksItemAndOptionAgainstTheFramework() {
        Framework toy = WorkedExample.framework();

        assertThat(new TallyCount("U", "S1", null, "VG", 1).problems(toy)).isEmpty();
        assertThat(new TallyCount("U", "S1", null, "X", 1).problems(toy)).extracting(Problem::toString)
                .containsExactly("answers for unit U, item S1: option \"X\" is not on scale VGFAP (VG, G, F, A, P, DK)");
        assertThat(new TallyCount("U", "3.1", null, "VG", 1).problems(toy)).extracting(Problem::toString)
                .containsExactly("answers for unit U, item 3.1: sub-criterion 3.1 is scored by APPRAISED, not by the "
                        + "survey: it takes no answers");
    }
}
