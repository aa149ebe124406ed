package org.parindex.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number, so that no arithmetic of the scoring is ever rounded before the displayed index:
 * survey means such as 2/3 stay exact until the very end. Always reduced, denominator positive.
 */
final class Fraction implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final BigInteger num;
    private final BigInteger den;

    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** {@code num / den}, reduced; {@code den} must not be zero. */
    static Fraction of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Fraction(num, den);
    }

    static Fraction of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** The exact value of a decimal. */
    static Fraction of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        int scale = value.scale();
        if (scale <= 0) {
            return new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    static Fraction of(long value) {
        return value == 0 ? ZERO : new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    Fraction add(Fraction o) {
        if (o.num.signum() == 0) {
            return this;
        }
        if (num.signum() == 0) {
            return o;
        }
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    Fraction negate() {
        return num.signum() == 0 ? this : new Fraction(num.negate(), den);
    }

    Fraction multiply(Fraction o) {
        if (num.signum() == 0 || o.num.signum() == 0) {
            return ZERO;
        }
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction divide(Fraction o) {
        if (o.num.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    int signum() {
        return num.signum();
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    @Override
    public int compareTo(Fraction o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /**
     * The value as a decimal: exact when it has a finite decimal expansion (2.025), else to 34 significant digits
     * (0.6666…67). Trailing zeros are not added.
     */
    BigDecimal toBigDecimal() {
        BigInteger d = den;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
        }
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        if (d.equals(BigInteger.ONE)) {
            return new BigDecimal(num).divide(new BigDecimal(den));
        }
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128);
    }

    /** The value rounded once, correctly, to {@code scale} decimals. */
    BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && num.equals(f.num) && den.equals(f.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
