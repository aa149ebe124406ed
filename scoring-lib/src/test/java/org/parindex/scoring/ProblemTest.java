package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void keepsCodeFieldValueAndParametersWhenLocated() {
        Problem p = Problem.of(ProblemCode.SCORE_ABOVE_MAX, "unit U, item 1.1", "appraised score 9 is above the max 2")
                .on("appraised_score", "9").with("max", new BigDecimal("2.00")).at("s.csv", 7);

        assertThat(p.code()).isEqualTo(ProblemCode.SCORE_ABOVE_MAX);
        assertThat(p.fieldName()).contains("appraised_score");
        assertThat(p.valueText()).contains("9");
        assertThat(p.parameters()).isEqualTo(Map.of("max", "2"));
        assertThat(p.line()).isEqualTo(7);
        assertThat(p).hasToString("s.csv:7: unit U, item 1.1: appraised score 9 is above the max 2");
    }

    @Test
    void theOriginalFormIsOfKindOtherAndCutsLongValues() {
        Problem p = new Problem("file", "does not exist", "x.csv", 0);

        assertThat(p.code()).isEqualTo(ProblemCode.OTHER);
        assertThat(p.parameters()).isEmpty();
        assertThat(Problem.of("row", "bad").on("self_score", "9".repeat(1000)).value()).hasSize(40).endsWith("…");
    }
}
