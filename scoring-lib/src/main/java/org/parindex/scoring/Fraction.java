package org.parindex.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number, so that no arithmetic of the scoring is ever rounded before the displayed index:
 * survey means such as 2/3 stay exact until the very end. Denominator positive.
 *
 * <p>Values whose numerator and denominator fit in 62 bits are held as two {@code long}s and computed with
 * {@code long} arithmetic (the common case: points with a few decimals, answer counts); larger ones fall back to
 * {@link BigInteger}. Small values are reduced only when they grow past {@value #REDUCE_BITS} bits, so that sums
 * of decimals (37/100 + 50/100) need no greatest common divisor; {@link #equals} and {@link #toString} compare
 * and show the reduced value.
 */
final class Fraction implements Comparable<Fraction> {

    private static final int SMALL_BITS = 62;
    private static final int REDUCE_BITS = 40;

    static final Fraction ZERO = new Fraction(0, 1);
    static final Fraction ONE = new Fraction(1, 1);
    static final Fraction HUNDRED = new Fraction(100, 1);

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Small form: {@code n / d}, used when {@code bn == null}. */
    private final long n;
    private final long d;
    /** Big form, or null. */
    private final BigInteger bn;
    private final BigInteger bd;

    private Fraction(long n, long d) {
        this.n = n;
        this.d = d;
        this.bn = null;
        this.bd = null;
    }

    private Fraction(BigInteger bn, BigInteger bd) {
        this.n = 0;
        this.d = 0;
        this.bn = bn;
        this.bd = bd;
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
        if (num.bitLength() <= SMALL_BITS && den.bitLength() <= SMALL_BITS) {
            return new Fraction(num.longValue(), den.longValue());
        }
        return new Fraction(num, den);
    }

    /** {@code num / den}, reduced; {@code den} must not be zero. */
    static Fraction of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (num == 0) {
            return ZERO;
        }
        if (bits(num) > SMALL_BITS || bits(den) > SMALL_BITS) {
            return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        return new Fraction(num / g, den / g);
    }

    /** The exact value of a decimal. */
    static Fraction of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        int scale = value.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && value.precision() < 19) {
            return make(value.unscaledValue().longValue(), POWERS_OF_TEN[scale]);
        }
        if (scale <= 0) {
            return of(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    static Fraction of(long value) {
        return of(value, 1);
    }

    /** {@code unscaled × 10^-scale}, for {@code 0 ≤ scale ≤ 18}. */
    static Fraction ofDecimal(long unscaled, int scale) {
        if (scale < 0 || scale >= POWERS_OF_TEN.length || bits(unscaled) > SMALL_BITS) {
            return of(BigDecimal.valueOf(unscaled, scale));
        }
        return make(unscaled, POWERS_OF_TEN[scale]);
    }

    /** {@code n / d} for {@code d > 0} and both within 63 bits, reduced only when large. */
    private static Fraction make(long n, long d) {
        if (n == 0) {
            return ZERO;
        }
        if (bits(n) > REDUCE_BITS || bits(d) > REDUCE_BITS) {
            long g = gcd(Math.abs(n), d);
            n /= g;
            d /= g;
            if (bits(n) > SMALL_BITS || bits(d) > SMALL_BITS) {
                return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
            }
        }
        return new Fraction(n, d);
    }

    private boolean isSmall() {
        return bn == null;
    }

    private BigInteger num() {
        return bn != null ? bn : BigInteger.valueOf(n);
    }

    private BigInteger den() {
        return bd != null ? bd : BigInteger.valueOf(d);
    }

    Fraction add(Fraction o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (isSmall() && o.isSmall()) {
            if (d == o.d) {
                return make(n + o.n, d);
            }
            if (bits(n) + bits(o.d) <= SMALL_BITS && bits(o.n) + bits(d) <= SMALL_BITS
                    && bits(d) + bits(o.d) <= SMALL_BITS) {
                return make(n * o.d + o.n * d, d * o.d);
            }
        }
        BigInteger den = den();
        BigInteger oDen = o.den();
        if (den.equals(oDen)) {
            return of(num().add(o.num()), den);
        }
        return of(num().multiply(oDen).add(o.num().multiply(den)), den.multiply(oDen));
    }

    Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    Fraction negate() {
        if (isZero()) {
            return this;
        }
        return isSmall() ? new Fraction(-n, d) : new Fraction(bn.negate(), bd);
    }

    Fraction multiply(Fraction o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        if (isSmall() && o.isSmall()) {
            if (bits(n) + bits(o.n) <= SMALL_BITS && bits(d) + bits(o.d) <= SMALL_BITS) {
                return make(n * o.n, d * o.d);
            }
            long g1 = gcd(Math.abs(n), o.d);
            long g2 = gcd(Math.abs(o.n), d);
            long a = n / g1;
            long b = o.n / g2;
            long c = d / g2;
            long e = o.d / g1;
            if (bits(a) + bits(b) <= SMALL_BITS && bits(c) + bits(e) <= SMALL_BITS) {
                return make(a * b, c * e);
            }
        }
        return of(num().multiply(o.num()), den().multiply(o.den()));
    }

    Fraction divide(Fraction o) {
        if (o.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        Fraction reciprocal = o.isSmall()
                ? (o.n < 0 ? new Fraction(-o.d, -o.n) : new Fraction(o.d, o.n))
                : of(o.bd, o.bn);
        return multiply(reciprocal);
    }

    Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    int signum() {
        return isSmall() ? Long.signum(n) : bn.signum();
    }

    boolean isZero() {
        return isSmall() && n == 0;
    }

    @Override
    public int compareTo(Fraction o) {
        if (isSmall() && o.isSmall()) {
            if (d == o.d) {
                return Long.compare(n, o.n);
            }
            if (bits(n) + bits(o.d) <= 63 && bits(o.n) + bits(d) <= 63) {
                return Long.compare(n * o.d, o.n * d);
            }
        }
        return num().multiply(o.den()).compareTo(o.num().multiply(den()));
    }

    /**
     * The value as a decimal: exact when it has a finite decimal expansion (2.025), else to 34 significant digits
     * (0.6666…67).
     */
    BigDecimal toBigDecimal() {
        if (isSmall()) {
            if (d == 1) {
                return BigDecimal.valueOf(n);
            }
            long num = n;
            long den = d;
            int twos = Long.numberOfTrailingZeros(den);
            long rest = den >> twos;
            int fives = 0;
            while (rest % 5 == 0) {
                rest /= 5;
                fives++;
            }
            if (rest != 1) {
                long g = gcd(Math.abs(num), rest);
                if (g != rest) {
                    return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128);
                }
                num /= g;
                den /= g;
            }
            // den = 2^twos · 5^fives: num / den = num · 2^(k−twos) · 5^(k−fives) / 10^k
            int k = Math.max(twos, fives);
            if (k < POWERS_OF_TEN.length) {
                long factor = POWERS_OF_TEN[k] / den;
                if (bits(num) + bits(factor) <= 63) {
                    long unscaled = num * factor;
                    while (k > 0 && unscaled % 10 == 0) {
                        unscaled /= 10;
                        k--;
                    }
                    return BigDecimal.valueOf(unscaled, k);
                }
            }
            return plain(new BigDecimal(num).divide(new BigDecimal(den)));
        }
        BigInteger rest = bd.shiftRight(bd.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        if (rest.equals(BigInteger.ONE)) {
            return plain(new BigDecimal(bn).divide(new BigDecimal(bd)));
        }
        return new BigDecimal(bn).divide(new BigDecimal(bd), MathContext.DECIMAL128);
    }

    /** Without trailing zeros, never with a negative scale: 2.50 → 2.5, 100 → 100 (not 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The value rounded once, correctly, to {@code scale} decimals. */
    BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(num()).divide(new BigDecimal(den()), scale, mode);
    }

    /** The same value, reduced (canonical). */
    private Fraction reduced() {
        return isSmall() ? of(n, d) : of(bn, bd);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fraction f)) {
            return false;
        }
        Fraction a = reduced();
        Fraction b = f.reduced();
        if (a.isSmall() != b.isSmall()) {
            return false;
        }
        return a.isSmall() ? a.n == b.n && a.d == b.d : a.bn.equals(b.bn) && a.bd.equals(b.bd);
    }

    @Override
    public int hashCode() {
        Fraction a = reduced();
        return a.isSmall() ? Long.hashCode(a.n) * 31 + Long.hashCode(a.d) : a.bn.hashCode() * 31 + a.bd.hashCode();
    }

    @Override
    public String toString() {
        Fraction a = reduced();
        BigInteger den = a.den();
        return den.equals(BigInteger.ONE) ? a.num().toString() : a.num() + "/" + den;
    }

    /**
     * A running sum that adds without allocating while it fits in {@code long}s (the common case), falling back to
     * {@link Fraction#add} when it grows.
     */
    static final class Sum {
        private long n;
        private long d = 1;
        private Fraction big;

        void add(Fraction f) {
            if (f.isZero()) {
                return;
            }
            if (big == null && f.isSmall()) {
                if (d == f.d) {
                    long s = n + f.n;
                    if (bits(s) <= REDUCE_BITS) {
                        n = s;
                        return;
                    }
                } else if (bits(n) + bits(f.d) <= REDUCE_BITS && bits(f.n) + bits(d) <= REDUCE_BITS
                        && bits(d) + bits(f.d) <= REDUCE_BITS) {
                    n = n * f.d + f.n * d;
                    d = d * f.d;
                    return;
                }
            }
            big = value().add(f);
            n = 0;
            d = 1;
        }

        Fraction value() {
            Fraction small = make(n, d);
            return big == null ? small : big.add(small);
        }

        /** The sum so far, starting again from zero. */
        Fraction take() {
            Fraction value = value();
            n = 0;
            d = 1;
            big = null;
            return value;
        }
    }

    /** Significant bits of {@code |x|}. */
    private static int bits(long x) {
        return 64 - Long.numberOfLeadingZeros(x < 0 ? -x : x);
    }

    /** Greatest common divisor of {@code a, b ≥ 0} (binary algorithm: shifts and subtractions, no division). */
    private static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }
}
