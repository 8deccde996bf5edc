package jdelt.interpolation.numerics;

import jdelt.interpolation.TestSignals;
import jdelt.interpolation.embedding.EmbeddingTestSignals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
