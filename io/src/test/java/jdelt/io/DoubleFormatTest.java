package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DoubleFormatTest {

    @Test
    void specialValuesAndExtremes() {
        assertEquals("NaN", DoubleFormat.toString(Double.NaN));
        assertEquals("NaN", DoubleFormat.toString(Double.longBitsToDouble(0xfff8_0000_0000_0001L)));
        assertEquals("Infinity", DoubleFormat.toString(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", DoubleFormat.toString(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", DoubleFormat.toString(0.0));
        assertEquals("-0.0", DoubleFormat.toString(-0.0));
        assertEquals("4.9E-324", DoubleFormat.toString(Double.MIN_VALUE));
        assertEquals("-4.9E-324", DoubleFormat.toString(-Double.MIN_VALUE));
        // 1E-323 also reads back, but Java weighs two-digit decimals too when one digit suffices, and 9.9E-324 is closer
        assertEquals("9.9E-324", DoubleFormat.toString(2 * Double.MIN_VALUE));
        assertEquals("1.5E-323", DoubleFormat.toString(3 * Double.MIN_VALUE));
        assertEquals("2.225073858507201E-308", DoubleFormat.toString(Math.nextDown(Double.MIN_NORMAL)));
        assertEquals("2.2250738585072014E-308", DoubleFormat.toString(Double.MIN_NORMAL));
        assertEquals("1.7976931348623157E308", DoubleFormat.toString(Double.MAX_VALUE));
        assertEquals("-1.7976931348623157E308", DoubleFormat.toString(-Double.MAX_VALUE));
        assertEquals(DoubleFormat.MAX_LENGTH, DoubleFormat.toString(-Double.MIN_NORMAL).length());
    }

    @Test
    void javaNotationPlainBetweenAThousandthAndTenMillion() {
        assertEquals("0.001", DoubleFormat.toString(1e-3));
        assertEquals("9.99E-4", DoubleFormat.toString(9.99e-4));
        assertEquals("0.1", DoubleFormat.toString(0.1));
        assertEquals("1.0", DoubleFormat.toString(1));
        assertEquals("-2.0", DoubleFormat.toString(-2));
        assertEquals("100.0", DoubleFormat.toString(100));
        assertEquals("1234567.0", DoubleFormat.toString(1234567));
        assertEquals("9999999.999999998", DoubleFormat.toString(9999999.999999998));
        assertEquals("10000000.0", DoubleFormat.toString(1e7));
        assertEquals("12345678.0", DoubleFormat.toString(12345678));
        assertEquals("1732000000003.0", DoubleFormat.toString(1732000000003L));
        assertEquals("123456789012.34567", DoubleFormat.toString(123456789012.34567));
        assertEquals("9999999999999998.0", DoubleFormat.toString(9999999999999998.0));
        assertEquals("1.0E16", DoubleFormat.toString(1e16));
        assertEquals("0.3333333333333333", DoubleFormat.toString(1.0 / 3));
        assertEquals("3.141592653589793", DoubleFormat.toString(Math.PI));
        assertEquals("6.02214076E23", DoubleFormat.toString(6.02214076e23));
        assertEquals("9007199254740992.0", DoubleFormat.toString(9007199254740992.0));
        assertEquals("1.0E300", DoubleFormat.toString(1e300));
        assertEquals("1.0E-7", DoubleFormat.toString(1e-7));
    }

    @Test
    void shorterThanJava17WhereJava17PrintsTooManyDigits() {
        assertEquals("1.0E23", DoubleFormat.toString(1e23));
        assertEquals("2.0E23", DoubleFormat.toString(2e23));
        assertEquals("2.82879384806159E17", DoubleFormat.toString(2.82879384806159E17));
        assertEquals("1.387364135037754E18", DoubleFormat.toString(1.387364135037754E18));
        assertEquals("4.8726570057E288", DoubleFormat.toString(4.8726570057E288));
    }

    @Test
    void everyNormalPowerOfTenIsOneDigit() {
        for (int e = -323; e <= 308; e++) {
            double v = Double.parseDouble("1E" + e);
            String s = DoubleFormat.toString(v);
            assertEquals(v, Double.parseDouble(s), s);
            if (v < Double.MIN_NORMAL) {
                // so coarse that a closer two-digit decimal reads back too, e.g. 9.9E-323: Java prefers it
                assertTrue(significantDigits(s) <= 2, s);
                continue;
            }
            assertEquals(e >= -3 && e < 16 ? new BigDecimal("1E" + e).toPlainString() + (e >= 0 ? ".0" : "")
                    : "1.0E" + e, s);
        }
    }

    @Test
    void powersOfTwoAndTheirNeighboursRoundTripShortest() {
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                if (v != 0 && Double.isFinite(v)) {
                    assertShortestClosest(v);
                }
            }
        }
    }

    @Test
    void allSmallestSubnormalsAndIntegersNearTwoToThe53() {
        for (long bits = 1; bits < 5000; bits++) {
            assertShortestClosest(Double.longBitsToDouble(bits));
        }
        for (long n = (1L << 53) - 2000; n < (1L << 53) + 2000; n++) {
            assertShortestClosest((double) n);
        }
    }

    /** Property: random bit patterns (every exponent alike) and random values of measured-data size. */
    @Test
    void randomDoublesRoundTripExactlyInAtMostJava17sDigits() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < 100_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : (random.nextDouble() - 0.5) * 1e4;
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = DoubleFormat.toString(v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
            assertTrue(significantDigits(s) <= significantDigits(Double.toString(v)), s + " vs " + Double.toString(v));
            if (i % 20 == 0) {
                assertShortestClosest(v);
            }
        }
    }

    @Test
    void appendAndFormatIntoABufferAgreeWithToString() {
        char[] buf = new char[3 + DoubleFormat.MAX_LENGTH];
        int end = DoubleFormat.format(-1.5e-300, buf, 3);
        assertEquals("-1.5E-300", new String(buf, 3, end - 3));
        assertEquals("x=0.25", DoubleFormat.append(new StringBuilder("x="), 0.25).toString());
    }

    @Test
    void logarithmApproximationsAreExactOverTheirRanges() {
        BigDecimal log10Of2 = new BigDecimal("0.30102999566398119521373889472449302676818988146211");
        BigDecimal log10Of3Quarters = new BigDecimal("-0.12493873660829995313244988619387803882779484687158");
        BigDecimal log2Of10 = new BigDecimal("3.32192809488736234787031942948939017586483139302458");
        for (int q = -(1 << 16); q <= 1 << 16; q++) {
            BigDecimal qd = BigDecimal.valueOf(q);
            assertEquals(floor(qd.multiply(log10Of2)), DoubleFormat.floorLog10Pow2(q), "q=" + q);
            assertEquals(floor(qd.multiply(log10Of2).add(log10Of3Quarters)),
                    DoubleFormat.floorLog10ThreeQuartersPow2(q), "q=" + q);
        }
        for (int e = -1233; e <= 1233; e++) {
            BigInteger p = BigInteger.TEN.pow(Math.abs(e));
            int exact = e >= 0 ? p.bitLength() - 1 : e == 0 ? 0 : -p.bitLength();
            assertEquals(exact, DoubleFormat.floorLog2Pow10(e), "e=" + e);
            assertEquals(floor(BigDecimal.valueOf(e).multiply(log2Of10)), exact, "e=" + e);
        }
    }

    private static int floor(BigDecimal v) {
        return v.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * Checks the definition: the text reads back to v; no decimal with one digit fewer does (the
     * nearest ones below and above v are the only candidates, the rounding interval being convex),
     * unless the text has two digits (Java considers two when one suffices); and neither neighbour
     * of the same length is both in the interval and closer to v.
     */
    private static void assertShortestClosest(double v) {
        String s = DoubleFormat.toString(v);
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
        BigDecimal exact = new BigDecimal(v);
        BigDecimal chosen = new BigDecimal(s);
        int n = chosen.stripTrailingZeros().precision();
        if (n > 2) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(n - 1, mode));
                assertFalse(Double.parseDouble(shorter.toString()) == v, s + " is not shortest: " + shorter + " reads back too");
            }
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(chosen.stripTrailingZeros().scale() * -1);
        for (BigDecimal other : new BigDecimal[] {chosen.subtract(unit), chosen.add(unit)}) {
            if (Double.parseDouble(other.toString()) == v) {
                int cmp = other.subtract(exact).abs().compareTo(chosen.subtract(exact).abs());
                assertTrue(cmp > 0 || cmp == 0 && evenLastDigit(chosen), s + " is not the closest: " + other);
            }
        }
    }

    private static boolean evenLastDigit(BigDecimal d) {
        return !d.stripTrailingZeros().unscaledValue().testBit(0);
    }

    private static int significantDigits(String s) {
        String mantissa = s.replace("-", "").split("E")[0].replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }
}
