package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void keepsDecimalsExact() {
        assertThat(Fraction.of(new BigDecimal("0.1")).add(Fraction.of(new BigDecimal("0.2"))))
                .isEqualTo(Fraction.of(new BigDecimal("0.3")));
        assertThat(Fraction.of(new BigDecimal("1.50"))).hasToString("3/2");
        assertThat(Fraction.of(new BigDecimal("1E+2"))).hasToString("100");
    }

    @Test
    void thirdsAddUpToOne() {
        Fraction third = Fraction.of(1, 3);

        assertThat(third.add(third).add(third)).isEqualTo(Fraction.ONE);
    }

    @Test
    void givesFiniteDecimalsExactlyAndOthersToThirtyFourDigits() {
        assertThat(Fraction.of(81, 40).toBigDecimal()).isEqualTo(new BigDecimal("2.025"));
        assertThat(Fraction.of(2, 3).toBigDecimal().toPlainString()).isEqualTo("0.6666666666666666666666666666666667");
    }

    @Test
    void roundsOnceFromTheExactValue() {
        // 69.1666… rounds to 69.17; 0.125 rounds half up to 0.13 and half even to 0.12.
        assertThat(Fraction.of(10375, 150).round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("69.17"));
        assertThat(Fraction.of(1, 8).round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.13"));
        assertThat(Fraction.of(1, 8).round(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void comparesExactly() {
        assertThat(Fraction.of(2, 3).compareTo(Fraction.of(new BigDecimal("0.6666666666666666666666666666666667"))))
                .isNegative();
        assertThat(Fraction.of(1, 2).min(Fraction.of(1, 3))).isEqualTo(Fraction.of(1, 3));
        assertThat(Fraction.of(-1, 2).max(Fraction.ZERO)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void normalisesSignAndRejectsZeroDenominators() {
        assertThat(Fraction.of(1, -2)).isEqualTo(Fraction.of(-1, 2));
        assertThat(Fraction.of(1, -2).signum()).isNegative();
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void growsIntoBigIntegersWithoutLosingExactness() {
        // Sum of 1/k for k = 1..60: the denominator far exceeds a long.
        Fraction harmonic = Fraction.ZERO;
        java.math.BigInteger num = java.math.BigInteger.ZERO;
        java.math.BigInteger den = java.math.BigInteger.ONE;
        for (int k = 1; k <= 60; k++) {
            harmonic = harmonic.add(Fraction.of(1, k));
            java.math.BigInteger bk = java.math.BigInteger.valueOf(k);
            num = num.multiply(bk).add(den);
            den = den.multiply(bk);
        }
        java.math.BigInteger g = num.gcd(den);

        assertThat(harmonic).hasToString(num.divide(g) + "/" + den.divide(g));
        assertThat(harmonic.round(30, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal(num).divide(new BigDecimal(den), 30, RoundingMode.HALF_UP));
        assertThat(harmonic.subtract(harmonic)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void sumAddsLikeAddWhateverTheSizes() {
        Fraction.Sum sum = new Fraction.Sum();
        Fraction expected = Fraction.ZERO;
        for (int k = 1; k <= 80; k++) {
            Fraction f = k % 3 == 0 ? Fraction.of(new BigDecimal("0." + k)) : Fraction.of(k, 7L * k + 1);
            sum.add(f);
            expected = expected.add(f);
        }

        assertThat(sum.value()).isEqualTo(expected);
        assertThat(new Fraction.Sum().value()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void equalValuesAreEqualHoweverTheyWereReached() {
        Fraction a = Fraction.of(new BigDecimal("0.50"));
        Fraction b = Fraction.of(1, 2);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("1/2");
        assertThat(a.toBigDecimal()).isEqualTo(new BigDecimal("0.5"));
        assertThat(Fraction.of(new BigDecimal("100")).toBigDecimal()).hasToString("100");
        assertThat(Fraction.of(3, 3).toBigDecimal()).isEqualTo(BigDecimal.ONE);
        assertThat(Fraction.of(6, 15).toBigDecimal()).isEqualTo(new BigDecimal("0.4"));
    }
}
