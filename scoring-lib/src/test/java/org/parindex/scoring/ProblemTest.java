package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsFileLineItemAndMessage() {
        Problem p = Problem.of("criterion 1.2", "maxPoints 3 ≠ sum of its sub-criteria 2.5");

        assertThat(p).hasToString("criterion 1.2: maxPoints 3 ≠ sum of its sub-criteria 2.5");
        assertThat(p.at("f.json", 12)).hasToString("f.json:12: criterion 1.2: maxPoints 3 ≠ sum of its sub-criteria 2.5");
        assertThat(p.at("f.json", 0)).hasToString("f.json: criterion 1.2: maxPoints 3 ≠ sum of its sub-criteria 2.5");
        assertThat(p.sourceName()).isEmpty();
        assertThat(p.at("f.json", 12).sourceName()).contains("f.json");
    }

    @Test
    void rejectsMissingItemOrMessageAndNegativeLines() {
        assertThatThrownBy(() -> Problem.of(null, "x")).hasMessage("item == null");
        assertThatThrownBy(() -> new Problem("i", "m", "f", -1)).hasMessage("line must be >= 0: -1");
    }
}
