package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void readsADecimalPointOrADecimalComma() {
        assertThat(DecimalText.parse("7.5")).isEqualByComparingTo("7.5");
        assertThat(DecimalText.parse(" 7,5 ")).isEqualByComparingTo("7.5");
        assertThat(DecimalText.parse("-0,25")).isEqualByComparingTo("-0.25");
        assertThat(DecimalText.parse("1E+2")).isEqualTo(new java.math.BigDecimal("100"));
        assertThat(DecimalText.parse("2.50")).isEqualTo(new java.math.BigDecimal("2.50"));
    }

    @Test
    void rejectsDigitGrouping() {
        for (String grouped : new String[] {"1,234.5", "1.234,5", "1,234,567"}) {
            assertThatThrownBy(() -> DecimalText.parse(grouped)).isInstanceOfSatisfying(DecimalText.Invalid.class,
                    e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_A_NUMBER));
        }
    }

    @Test
    void rejectsHugeExponentsDigitsAndTextAtOnce() {
        long start = System.nanoTime();
        for (String bomb : new String[] {"1E+999999999", "1E-999999999", "1E-100000", "1234567890123456",
                "0.1234567890123", "1".repeat(1_000_000)}) {
            assertThatThrownBy(() -> DecimalText.parse(bomb)).isInstanceOfSatisfying(DecimalText.Invalid.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.NUMBER_OUT_OF_BOUNDS);
                        assertThat(e.getMessage()).hasSizeLessThan(200);
                    });
        }
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void acceptsTheLargestBoundedValuesAndZeroWithAnyExponent() {
        assertThat(DecimalText.parse("123456789012345")).isEqualByComparingTo("123456789012345");
        assertThat(DecimalText.parse("0.123456789012")).isEqualByComparingTo("0.123456789012");
        assertThat(DecimalText.parse("1.5000000000000000000")).isEqualByComparingTo("1.5");
        assertThat(DecimalText.parse("0E-999999999").signum()).isZero();
    }

    @Test
    void namesTheTextAndWhy() {
        assertThatThrownBy(() -> DecimalText.parse("một")).hasMessage("not a number: \"một\"");
    }
}
