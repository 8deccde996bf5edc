package jdelt.io;

import java.math.BigInteger;

/**
 * Formats a double as the shortest decimal that reads back to the same double, with Raffaello
 * Giulietti's Schubfach algorithm ("The Schubfach way to render doubles", 2020, revised 2022),
 * which needs one 126-bit multiplication per bound and no loop over candidate digits. The digits
 * are those of {@link Double#toString(double)} as specified from Java 19 on, and so is the
 * notation, but for one range: plain notation for 10<sup>-3</sup> &le; |v| &lt;
 * 10<sup>16</sup> ({@code 0.001}, {@code 1234567.0}, {@code 1732000000003.0}), where Java switches
 * to scientific notation at 10<sup>7</sup>, so that whole numbers up to 2<sup>53</sup> (epoch
 * milliseconds, sample counters) are written in full as a reader of the file expects; computerized
 * scientific notation otherwise ({@code 1.0E-7}, {@code 6.02214076E23}), {@code NaN},
 * {@code Infinity}, {@code -0.0}. Java 17's {@code Double.toString} also sometimes prints more
 * digits than needed (1e23 as {@code 9.999999999999999E22}, 2.82879384806159E17 as
 * {@code 2.82879384806159008E17}), and it is 2 to 13 times slower
 * ({@code jdelt.bench.cli.DoubleFormatStudy}, {@code bench/results/number-text.md}).
 *
 * <p>Among the decimals in the rounding interval of v it selects those of the fewest digits (at
 * least two digits are considered when one suffices, as Java specifies) and among them the one
 * closest to v, the even one on a tie.
 */
public final class DoubleFormat {

    /** The longest text produced, {@code -2.2250738585072014E-308}. */
    public static final int MAX_LENGTH = 24;

    /** Decimal exponents below this are written in plain notation (Java's is 7): 2^53 &lt; 10^16. */
    private static final int PLAIN_EXPONENT_LIMIT = 16;
    private static final int PRECISION = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (PRECISION - 1);
    private static final long FRACTION_MASK = C_MIN - 1;
    private static final int EXPONENT_MASK = 0x7ff;
    /** Subnormal significands below this get one more digit of resolution (see the class comment). */
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    /** 10^0 to 10^18. */
    private static final long[] POW10 = new long[19];

    /** g(e) = floor(10^e 2^-r) + 1 with r chosen so that 2^125 &le; 10^e 2^-r &lt; 2^126, split at bit 63. */
    private static final long[] G_HIGH = new long[K_MAX - K_MIN + 1];
    private static final long[] G_LOW = new long[K_MAX - K_MIN + 1];

    static {
        POW10[0] = 1;
        for (int p = 1; p < POW10.length; p++) {
            POW10[p] = 10 * POW10[p - 1];
        }
        for (int e = -K_MAX; e <= -K_MIN; e++) {
            int shift = 125 - floorLog2Pow10(e);
            BigInteger g;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                g = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
            } else {
                g = BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(-e));
            }
            g = g.add(BigInteger.ONE);
            G_HIGH[e + K_MAX] = g.shiftRight(63).longValueExact();
            G_LOW[e + K_MAX] = g.longValue() & MASK_63;
        }
    }

    private DoubleFormat() {
    }

    /** @return the shortest decimal text of {@code v} that reads back to {@code v} */
    public static String toString(double v) {
        char[] buf = new char[MAX_LENGTH];
        return new String(buf, 0, format(v, buf, 0));
    }

    /**
     * Appends the shortest decimal text of {@code v}.
     *
     * @param out where to append
     * @param v the value
     * @return {@code out}
     */
    public static StringBuilder append(StringBuilder out, double v) {
        char[] buf = new char[MAX_LENGTH];
        return out.append(buf, 0, format(v, buf, 0));
    }

    /**
     * Writes the shortest decimal text of {@code v} into {@code buf}.
     *
     * @param v the value
     * @param buf where to write; at least {@link #MAX_LENGTH} chars must be free from {@code at}
     * @param at the index of the first char written
     * @return the index after the last char written
     */
    public static int format(double v, char[] buf, int at) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & FRACTION_MASK;
        int biased = (int) (bits >>> (PRECISION - 1)) & EXPONENT_MASK;
        if (biased == EXPONENT_MASK) {
            return text(fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity", buf, at);
        }
        int i = at;
        if (bits < 0) {
            buf[i++] = '-';
        }
        if (biased == 0) {
            if (fraction == 0) {
                return text("0.0", buf, i);
            }
            return fraction < C_TINY ? decimal(Q_MIN, 10 * fraction, -1, buf, i) : decimal(Q_MIN, fraction, 0, buf, i);
        }
        int shift = Q_MIN - 1 + biased;
        long c = C_MIN | fraction;
        if (shift < 0 && shift > -PRECISION) {
            long integer = c >> -shift;
            if (integer << -shift == c) {
                return digits(integer, 0, buf, i);
            }
        }
        return decimal(shift, c, 0, buf, i);
    }

    /**
     * The decimal for c 2^q (Schubfach, section 9 of the paper): s = floor(v 10^-k) and the bounds
     * of the rounding interval, all scaled by 4, from one rounded-up 126-bit product each; then
     * the one-digit-shorter candidates 10 floor(s/10) and that plus 10, then s and s + 1.
     *
     * @param dk added to the decimal exponent (-1 when c was multiplied by 10 for resolution)
     */
    private static int decimal(int q, long c, int dk, char[] buf, int at) {
        int open = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long gHigh = G_HIGH[K_MAX - k];
        long gLow = G_LOW[K_MAX - k];
        long vb = roundOddProduct(gHigh, gLow, cb << h);
        long vbl = roundOddProduct(gHigh, gLow, cbl << h);
        long vbr = roundOddProduct(gHigh, gLow, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean upIn = vbl + open <= sp10 << 2;
            boolean wpIn = (tp10 << 2) + open <= vbr;
            if (upIn != wpIn) {
                return digits(upIn ? sp10 : tp10, k, buf, at);
            }
        }
        long t = s + 1;
        boolean uIn = vbl + open <= s << 2;
        boolean wIn = (t << 2) + open <= vbr;
        if (uIn != wIn) {
            return digits(uIn ? s : t, k + dk, buf, at);
        }
        long cmp = vb - ((s + t) << 1);
        return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk, buf, at);
    }

    /**
     * @return floor(g cp / 2^127) with its lowest bit set if the discarded part is not zero
     *     ("round to odd"), where g = gHigh 2^63 + gLow
     */
    private static long roundOddProduct(long gHigh, long gLow, long cp) {
        long x1 = Math.multiplyHigh(gLow, cp);
        long y0 = gHigh * cp;
        long y1 = Math.multiplyHigh(gHigh, cp);
        long z = (y0 >>> 1) + x1;
        long high = y1 + (z >>> 63);
        return high | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** @return floor(q log10 2), exact for |q| &le; 2^16 (checked in DoubleFormatTest) */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** @return floor(q log10 2 + log10 3/4), exact for |q| &le; 2^16 (checked in DoubleFormatTest) */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** @return floor(e log2 10), exact for |e| &le; 1233 (checked in DoubleFormatTest) */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** Writes f 10^e: f is stripped of trailing zeros, then placed by its leading digit's exponent. */
    private static int digits(long f, int e, char[] buf, int at) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int n = length(f);
        int exponent = e + n - 1;
        int i = at;
        if (exponent >= -3 && exponent < PLAIN_EXPONENT_LIMIT) {
            if (exponent < 0) {
                buf[i++] = '0';
                buf[i++] = '.';
                for (int z = -1; z > exponent; z--) {
                    buf[i++] = '0';
                }
                return writeDigits(f, n, buf, i + n);
            }
            int whole = exponent + 1;
            if (n <= whole) {
                writeDigits(f, n, buf, i + n);
                for (i += n; i < at + whole; i++) {
                    buf[i] = '0';
                }
                buf[i++] = '.';
                buf[i++] = '0';
                return i;
            }
            long scale = POW10[n - whole];
            writeDigits(f / scale, whole, buf, i + whole);
            buf[i + whole] = '.';
            return writeDigits(f % scale, n - whole, buf, i + n + 1);
        }
        writeDigits(f, n, buf, i + n + 1);
        buf[i] = buf[i + 1];
        buf[i + 1] = '.';
        if (n == 1) {
            buf[i + 2] = '0';
            i += 3;
        } else {
            i += n + 1;
        }
        buf[i++] = 'E';
        if (exponent < 0) {
            buf[i++] = '-';
            exponent = -exponent;
        }
        if (exponent >= 100) {
            buf[i++] = (char) ('0' + exponent / 100);
        }
        if (exponent >= 10) {
            buf[i++] = (char) ('0' + exponent / 10 % 10);
        }
        buf[i++] = (char) ('0' + exponent % 10);
        return i;
    }

    /** @return the number of decimal digits of {@code f} &ge; 1 */
    private static int length(long f) {
        int n = 1;
        while (n < POW10.length && f >= POW10[n]) {
            n++;
        }
        return n;
    }

    /**
     * Writes the {@code n} lowest decimal digits of {@code f} (leading zeros included) so that
     * the last is at {@code end - 1}: eight digits per long division, then two per int division.
     *
     * @return {@code end}
     */
    private static int writeDigits(long f, int n, char[] buf, int end) {
        int i = end;
        int left = n;
        while (left > 8) {
            long q = f / 100_000_000;
            int low = (int) (f - q * 100_000_000);
            for (int k = 0; k < 4; k++) {
                int q2 = low / 100;
                int pair = low - q2 * 100;
                buf[--i] = (char) ('0' + pair % 10);
                buf[--i] = (char) ('0' + pair / 10);
                low = q2;
            }
            f = q;
            left -= 8;
        }
        int r = (int) f;
        for (; left > 1; left -= 2) {
            int q2 = r / 100;
            int pair = r - q2 * 100;
            buf[--i] = (char) ('0' + pair % 10);
            buf[--i] = (char) ('0' + pair / 10);
            r = q2;
        }
        if (left == 1) {
            buf[--i] = (char) ('0' + r % 10);
        }
        return end;
    }

    private static int text(String s, char[] buf, int at) {
        s.getChars(0, s.length(), buf, at);
        return at + s.length();
    }
}
