package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerScaleTest {

    @Test
    void defaultScaleIsTheDeployedSystemsABCDWithUnscoredE() {
        AnswerScale s = AnswerScale.abcde();

        assertThat(s.code()).isEqualTo("ABCD");
        assertThat(s.optionCodes()).containsExactly("A", "B", "C", "D", "E");
        assertThat(s.options()).extracting(AnswerOption::coefficient)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("0.60"), new BigDecimal("0.20"),
                        BigDecimal.ZERO, null);
        assertThat(s.option("E").orElseThrow().isScored()).isFalse();
    }

    @Test
    void findsOptionsByCode() {
        AnswerScale yesNo = AnswerScale.of("YN", AnswerOption.scored("Y", "Có", BigDecimal.ONE),
                AnswerOption.scored("N", "Không", BigDecimal.ZERO));

        assertThat(yesNo.indexOf("N")).isEqualTo(1);
        assertThat(yesNo.indexOf("X")).isEqualTo(-1);
        assertThat(yesNo.option("X")).isEmpty();
    }

    @Test
    void rejectsDuplicateOptionsAndScalesWithoutScoredOption() {
        assertThatThrownBy(() -> AnswerScale.of("X", AnswerOption.scored("A", "", BigDecimal.ONE),
                AnswerOption.scored("A", "", BigDecimal.ZERO)))
                .hasMessage("duplicate option code in scale X: A");
        assertThatThrownBy(() -> new AnswerScale("X", List.of(AnswerOption.unscored("E", "Không biết"))))
                .hasMessageStartingWith("scale X has no scored option");
        assertThatThrownBy(() -> new AnswerScale(" ", List.of())).hasMessage("code is blank");
    }
}
