package jdelt.interpolation.numerics;

import jdelt.interpolation.TestSignals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SlidingWindowLeastSquaresTest {

    /** derivativeVariance is the sum of the squared weights, each weight the fit of a unit vector. */
    @Test
    void derivativeVarianceIsTheSumOfSquaredWeights() {
        double[] x = TestSignals.unitGrid(30, true, 4);
        int size = 9;
        int start = 3;
        for (int order = 0; order <= 2; order++) {
            for (double z : new double[] {x[start], x[start + 4] + 0.003, x[start + size - 1]}) {
                double sum = 0;
                double[] out = new double[order + 1];
                for (int j = 0; j < size; j++) {
                    double[] unit = new double[x.length];
                    unit[start + j] = 1;
                    SlidingWindowLeastSquares fit = new SlidingWindowLeastSquares(x, unit, 2, size, 1);
                    fit.moveTo(start);
                    fit.derivatives(z, order, out);
                    sum += out[order] * out[order];
                }
                SlidingWindowLeastSquares fit = new SlidingWindowLeastSquares(x, new double[x.length], 2, size, 1);
                fit.moveTo(start);
                assertEquals(sum, fit.derivativeVariance(z, order), 1e-9 * sum, "order " + order + " at " + z);
            }
        }
    }

    /**
     * Direct factoring (each window by QR of its own samples) gives the sums' answers on a
     * well-conditioned window, and at degree 8 on 9 samples of a smooth signal (the noise-free
     * windows) derivatives near rounding where the sliding sums lose most of their digits.
     */
    @Test
    void directFactoringAgreesAndKeepsTheDigitsAtHighDegree() {
        double[] x = TestSignals.unitGrid(400, true, 6);
        double[] noisy = new Random(4).doubles(400, -1, 1).toArray();
        double[] smooth = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            smooth[i] = Math.sin(9 * x[i]);
        }
        double[] a = new double[3];
        double[] b = new double[3];
        SlidingWindowLeastSquares sums = new SlidingWindowLeastSquares(x, noisy, 3, 31, 1);
        SlidingWindowLeastSquares direct = new SlidingWindowLeastSquares(x, noisy, 3, 31, 1, true);
        for (int start = 0; start + 31 <= x.length; start += 7) {
            double z = x[start + 12] + 1e-4;
            sums.moveTo(start);
            direct.moveTo(start);
            sums.derivatives(z, 2, a);
            direct.derivatives(z, 2, b);
            for (int k = 0; k < 3; k++) {
                assertEquals(a[k], b[k], 1e-9 * (1 + Math.abs(a[k])), "window " + start + ", order " + k);
            }
            assertEquals(sums.derivativeVariance(z, 1), direct.derivativeVariance(z, 1),
                    1e-9 * sums.derivativeVariance(z, 1));
        }
        double worstSums = 0;
        double worstDirect = 0;
        sums = new SlidingWindowLeastSquares(x, smooth, 8, 9, 1);
        direct = new SlidingWindowLeastSquares(x, smooth, 8, 9, 1, true);
        for (int start = 0; start + 9 <= x.length; start++) {
            double z = x[start + 4];
            sums.moveTo(start);
            direct.moveTo(start);
            sums.derivatives(z, 2, a);
            direct.derivatives(z, 2, b);
            worstSums = Math.max(worstSums, Math.abs(a[2] + 81 * Math.sin(9 * z)));
            worstDirect = Math.max(worstDirect, Math.abs(b[2] + 81 * Math.sin(9 * z)));
        }
        assertTrue(worstDirect < 1e-5, "direct d2 error " + worstDirect);
        assertTrue(worstSums > 100 * worstDirect, "sums " + worstSums + ", direct " + worstDirect);
    }

    @Test
    void slidingAgreesWithRebuildingAlongALongSweep() {
        double[] x = TestSignals.unitGrid(5000, true, 1);
        double[] y = new Random(2).doubles(5000, -1, 1).toArray();
        int size = 41;
        SlidingWindowLeastSquares sliding = new SlidingWindowLeastSquares(x, y, 3, size, 1);
        double[] a = new double[4];
        double[] b = new double[4];
        for (int start = 0; start + size <= x.length; start += 1 + start % 3) {
            double z = x[start + size / 2];
            sliding.moveTo(start);
            sliding.derivatives(z, 2, a);
            SlidingWindowLeastSquares fresh = new SlidingWindowLeastSquares(x, y, 3, size, 1);
            fresh.moveTo(start);
            fresh.derivatives(z, 2, b);
            for (int k = 0; k < 4; k++) {
                assertEquals(b[k], a[k], 1e-9 * (1 + Math.abs(b[k])), "window " + start + ", entry " + k);
            }
        }
    }

    /** With a step above 1 each residue class keeps its own sums: a walk over every start equals fresh fits. */
    @Test
    void interleavedSumsAgreeWithRebuildingAtALag() {
        double[] x = TestSignals.unitGrid(3000, true, 1);
        double[] y = new Random(3).doubles(3000, -1, 1).toArray();
        int size = 15;
        int step = 7;
        SlidingWindowLeastSquares sliding = new SlidingWindowLeastSquares(x, y, 4, size, step);
        double[] a = new double[5];
        double[] b = new double[5];
        int last = x.length - step * (size - 1) - 1;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k <= last; k++) {
                int start = pass == 0 ? k : last - k;
                double z = x[start + step * (size / 2)] + 1e-4;
                sliding.moveTo(start);
                sliding.derivatives(z, 3, a);
                SlidingWindowLeastSquares fresh = new SlidingWindowLeastSquares(x, y, 4, size, step);
                fresh.moveTo(start);
                fresh.derivatives(z, 3, b);
                for (int e = 0; e < 5; e++) {
                    assertEquals(b[e], a[e], 1e-8 * (1 + Math.abs(b[e])), "window " + start + ", entry " + e);
                }
            }
        }
    }

    @Test
    void leadingDerivativesAreTheTopDerivativesOfEachDegree() {
        double[] x = TestSignals.unitGrid(30, true, 3);
        double[] y = new Random(4).doubles(30).toArray();
        SlidingWindowLeastSquares cubic = new SlidingWindowLeastSquares(x, y, 3, 9, 2);
        cubic.moveTo(5);
        double[] leading = new double[4];
        cubic.leadingDerivatives(leading);
        for (int k = 0; k <= 3; k++) {
            SlidingWindowLeastSquares degreeK = new SlidingWindowLeastSquares(x, y, k, 9, 2);
            degreeK.moveTo(5);
            double[] d = new double[k + 1];
            degreeK.derivatives(0.123, k, d);
            assertEquals(d[k], leading[k], 1e-9 * (1 + Math.abs(d[k])), "degree " + k);
        }
    }

    @Test
    void exactOnPolynomialsWithAStep() {
        double[] x = TestSignals.unitGrid(25, true, 5);
        double[] y = new double[x.length];
        double[] c = {1.5, -0.5, 2, -3};
        for (int i = 0; i < x.length; i++) {
            y[i] = TestSignals.poly(c, x[i], 0);
        }
        SlidingWindowLeastSquares local = new SlidingWindowLeastSquares(x, y, 3, 6, 3);
        local.moveTo(4);
        double[] d = new double[3];
        local.derivatives(0.77, 2, d);
        for (int m = 0; m <= 2; m++) {
            assertEquals(TestSignals.poly(c, 0.77, m), d[m], 1e-9);
        }
    }

    /** Clustered abscissae make the power sums singular in floating point; the QR fallback copes. */
    @Test
    void clusteredWindowOfHighDegree() {
        double[] x = {0, 1e-5, 2e-5, 3e-5, 4e-5, 5e-5, 6e-5, 7e-5, 1};
        double[] c = {0.3, -1, 2, 0.5, -0.7, 1.1};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = TestSignals.poly(c, x[i], 0);
        }
        SlidingWindowLeastSquares local = new SlidingWindowLeastSquares(x, y, 5, 9, 1);
        local.moveTo(0);
        double[] d = new double[3];
        local.derivatives(3.5e-5, 2, d);
        for (int m = 0; m <= 2; m++) {
            assertEquals(TestSignals.poly(c, 3.5e-5, m), d[m], 1e-6 * (1 + Math.abs(d[m])), "order " + m);
        }
    }

    /** A cluster too tight for double precision plus one far sample: the degree drops, no failure. */
    @Test
    void degenerateWindowLowersTheDegree() {
        double[] x = {0, 1e-13, 2e-13, 3e-13, 4e-13, 5e-13, 6e-13, 7e-13, 1};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 + 3 * x[i];
        }
        SlidingWindowLeastSquares local = new SlidingWindowLeastSquares(x, y, 4, 9, 1);
        local.moveTo(0);
        double[] d = new double[4];
        local.derivatives(0.5, 2, d);
        assertEquals(3.5, d[0], 1e-9);
        assertEquals(3, d[1], 1e-9);
        assertEquals(0, d[2], 1e-9);
        double[] leading = new double[5];
        local.leadingDerivatives(leading);
        assertEquals(3, leading[1], 1e-9);
        for (double v : d) {
            org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void windowMustExceedTheDegree() {
        assertEquals("a window of 3 samples 1 apart cannot fit a least-squares polynomial of degree 3",
                assertThrows(IllegalArgumentException.class,
                        () -> new SlidingWindowLeastSquares(new double[4], new double[4], 3, 3, 1)).getMessage());
    }

    /**
     * y enters the sums relative to the window's level: without it, a constant of 1e6 on a noisy
     * sine moved the degree-6, 101-sample second derivative (range 79) by 1.7e-3, and a trend of
     * 1e6 x (a local offset that centring y as a whole does not remove) put an error of 1.5e-3 on
     * it; with it, 2.1e-7 and 1.0e-4.
     */
    @Test
    void localOffsetsDoNotReachTheDerivatives() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] offset = new double[n];
        double[] trend = new double[n];
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            x[i] = i / (n - 1.0);
            y[i] = Math.sin(2 * Math.PI * x[i]) + 0.01 * random.nextGaussian();
            offset[i] = y[i] + 1e6;
            trend[i] = 1e6 * x[i] + Math.sin(2 * Math.PI * x[i]);
        }
        int size = 101;
        SlidingWindowLeastSquares plain = new SlidingWindowLeastSquares(x, y, 6, size, 1);
        SlidingWindowLeastSquares shifted = new SlidingWindowLeastSquares(x, offset, 6, size, 1);
        SlidingWindowLeastSquares steep = new SlidingWindowLeastSquares(x, trend, 6, size, 1);
        double[] a = new double[3];
        double[] b = new double[3];
        double[] c = new double[3];
        double moved = 0;
        double error = 0;
        for (int start = 0; start + size <= n; start++) {
            double z = x[start + size / 2];
            plain.moveTo(start);
            plain.derivatives(z, 2, a);
            shifted.moveTo(start);
            shifted.derivatives(z, 2, b);
            steep.moveTo(start);
            steep.derivatives(z, 2, c);
            moved = Math.max(moved, Math.abs(b[2] - a[2]));
            error = Math.max(error, Math.abs(c[2] + 4 * Math.PI * Math.PI * Math.sin(2 * Math.PI * z)));
            assertEquals(1e6 + a[0], b[0], 1e-9 * 1e6, "the fit keeps the offset at window " + start);
        }
        double range = 8 * Math.PI * Math.PI;
        assertTrue(moved < 1e-6 * range, "an offset of 1e6 moved the second derivative by " + moved);
        assertTrue(error < 3e-4, "a trend of 1e6 x put an error of " + error + " on the second derivative");
    }

}
