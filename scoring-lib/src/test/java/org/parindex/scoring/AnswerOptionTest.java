package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AnswerOptionTest {

    @Test
    void optionWithoutCoefficientIsUnscored() {
        AnswerOption dontKnow = AnswerOption.unscored("E", "Không biết");

        assertThat(dontKnow.isScored()).isFalse();
        assertThat(dontKnow.coefficientValue()).isEmpty();
    }

    @Test
    void coefficientMustLieBetweenZeroAndOne() {
        assertThatThrownBy(() -> AnswerOption.scored("A", "Tốt", new BigDecimal("1.5")))
                .hasMessage("coefficient must be in [0, 1] (option A): 1.5");
        assertThatThrownBy(() -> AnswerOption.scored("A", "Tốt", new BigDecimal("-0.1")))
                .hasMessage("coefficient must be in [0, 1] (option A): -0.1");
        assertThatThrownBy(() -> AnswerOption.scored("A", "Tốt", null))
                .hasMessage("coefficient == null (option A)");
    }

    @Test
    void labelDefaultsToTheCode() {
        assertThat(AnswerOption.scored("A", " ", BigDecimal.ONE).label()).isEqualTo("A");
    }
}
