package jdelt.estimators;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import jdelt.interpolation.TestSignals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiniteDifferenceInterpolatorTest {


    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void exactOnPolynomialsOfTheStencilDegree(int accuracy) {
        double[] c = accuracy == 2 ? new double[] {0.3, -1.2, 2.5, -1.7}
                : new double[] {0.3, -1.2, 2.5, -1.7, 0.9, -2.2};
        double[] x = TestSignals.jittered(23, 7);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = TestSignals.poly(c, x[i], 0);
        }
        FittedCurve fit = new FiniteDifferenceInterpolator(accuracy).fit(x, y);
        double[] probes = new double[3 * x.length];
        for (int i = 0; i < x.length; i++) {
            probes[3 * i] = x[i];
            probes[3 * i + 1] = i + 1 < x.length ? 0.3 * x[i] + 0.7 * x[i + 1] : x[i] + 0.05;
            probes[3 * i + 2] = i == 0 ? -0.1 : 0.5 * (x[i - 1] + x[i]);
        }
        for (int order = 0; order <= 2; order++) {
            Curve d = fit.differentiate(order);
            double[] all = d.values(probes);
            for (int k = 0; k < probes.length; k++) {
                double want = TestSignals.poly(c, probes[k], order);
                double tol = 1e-8 * Math.pow(x.length, order) * (1 + Math.abs(want));
                assertEquals(want, d.value(probes[k]), tol, "order " + order + " at " + probes[k]);
                assertEquals(want, all[k], tol, "values(), order " + order + " at " + probes[k]);
            }
        }
    }

    @Test
    void interpolatesTheSamples() {
        double[] x = TestSignals.jittered(15, 3);
        double[] y = new Random(4).doubles(15).toArray();
        Curve fit = new FiniteDifferenceInterpolator().fit(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], fit.value(x[i]), 1e-12);
        }
    }

    @Test
    void classicalCentralFormulasAtUniformSamples() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {0.1, -0.4, 2.0, 0.7, 1.3, -0.2, 0.5};
        FittedCurve fit = new FiniteDifferenceInterpolator().fit(x, y);
        int i = 3;
        double d1 = (y[i - 2] - 8 * y[i - 1] + 8 * y[i + 1] - y[i + 2]) / 12;
        double d2 = y[i - 1] - 2 * y[i] + y[i + 1];
        assertEquals(d1, fit.differentiate(1).value(x[i]), 1e-12);
        assertEquals(d2, fit.differentiate(2).value(x[i]), 1e-12);
    }

    /** Error at samples and between them on a smoothly non-uniform grid with n points. */
    private static double[] errors(int accuracy, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (double) i / (n - 1);
            x[i] = u + 0.15 * Math.sin(Math.PI * u);
            y[i] = Math.sin(3 * x[i]);
        }
        FittedCurve fit = new FiniteDifferenceInterpolator(accuracy).fit(x, y);
        double[] err = new double[2];
        for (int order = 1; order <= 2; order++) {
            Curve d = fit.differentiate(order);
            double max = 0;
            for (int i = 0; i + 1 < n; i++) {
                for (double t : new double[] {0, 0.37}) {
                    double z = x[i] + t * (x[i + 1] - x[i]);
                    double want = order == 1 ? 3 * Math.cos(3 * z) : -9 * Math.sin(3 * z);
                    max = Math.max(max, Math.abs(d.value(z) - want));
                }
            }
            err[order - 1] = max;
        }
        return err;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void convergesAtTheStatedOrder(int accuracy) {
        double[] coarse = errors(accuracy, 41);
        double[] fine = errors(accuracy, 81);
        for (int k = 0; k < 2; k++) {
            double observed = Math.log(coarse[k] / fine[k]) / Math.log(2);
            assertTrue(observed > accuracy - 0.3, "derivative " + (k + 1) + ", accuracy " + accuracy
                    + ": observed order " + observed + " (errors " + coarse[k] + ", " + fine[k] + ")");
        }
    }

    @Test
    void extrapolatesWithTheEndStencilPolynomial() {
        double[] x = TestSignals.jittered(12, 11);
        double[] y = new Random(12).doubles(12).toArray();
        FittedCurve fit = new FiniteDifferenceInterpolator().fit(x, y);
        // the last four samples' cubic, by Lagrange's formula
        double z = 1.4;
        double want = 0;
        for (int j = 8; j < 12; j++) {
            double l = 1;
            for (int k = 8; k < 12; k++) {
                if (k != j) {
                    l *= (z - x[k]) / (x[j] - x[k]);
                }
            }
            want += l * y[j];
        }
        assertEquals(want, fit.value(z), 1e-9 * Math.abs(want) + 1e-12);
    }

    @Test
    void unsortedQueriesGiveTheSameValues() {
        double[] x = TestSignals.jittered(30, 5);
        double[] y = new Random(6).doubles(30).toArray();
        Curve d1 = new FiniteDifferenceInterpolator(4).fit(x, y).differentiate(1);
        double[] q = new Random(8).doubles(200, -0.2, 1.2).toArray();
        double[] got = d1.values(q);
        for (int k = 0; k < q.length; k++) {
            assertEquals(d1.value(q[k]), got[k], 0);
        }
    }

    @Test
    void tooFewPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FiniteDifferenceInterpolator().fit(new double[] {0, 1, 2}, new double[] {1, 2, 3}));
        assertEquals("fd with accuracy 2 needs at least 4 points, got 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FiniteDifferenceInterpolator(4).fit(new double[] {0, 1, 2, 3, 4}, new double[5]));
        assertEquals("fd with accuracy 4 needs at least 6 points, got 5", e.getMessage());
    }

    @Test
    void rejectsAnUnknownAccuracy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FiniteDifferenceInterpolator(3));
        assertEquals("fd: accuracy must be 2 or 4, got 3", e.getMessage());
    }

    @Test
    void differentiateRejectsUnsupportedOrders() {
        FittedCurve fit = new FiniteDifferenceInterpolator().fit(new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});
        assertEquals(2, fit.maxOrder());
        for (int order : new int[] {-1, 3}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fit.differentiate(order));
            assertEquals("derivative order " + order + " is not supported by fd: it supports orders 0 to 2"
                    + " (0 is the fit itself)", e.getMessage());
        }
    }

    @Test
    void registeredAsFd() {
        Interpolator fd = MethodRegistry.byName("fd").create(Map.of("accuracy", "4"));
        assertEquals(4, ((FiniteDifferenceInterpolator) fd).accuracy());
        assertEquals(2, ((FiniteDifferenceInterpolator) MethodRegistry.byName("fd").create(Map.of())).accuracy());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MethodRegistry.byName("fd").create(Map.of("window", "5")));
        assertEquals("method 'fd' has no parameter 'window'; its parameters are: accuracy", e.getMessage());
    }

    /**
     * The standard error is the noise estimate times the root of the sum of the squared weights,
     * each weight the estimate for data that are 1 at one sample and 0 elsewhere: between samples
     * one stencil's, at a sample the mean of the two stencils that meet there.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void standardErrorIsNoiseTimesTheNormOfTheWeights(int accuracy) {
        Random random = new Random(5);
        double[] x = TestSignals.grid(25, 0, 2, true, random);
        double[] y = TestSignals.sample(x, Math::cos, 0.02, random);
        FiniteDifferenceInterpolator method = new FiniteDifferenceInterpolator(accuracy);
        FittedCurve fit = method.fit(x, y);
        double sigma = jdelt.interpolation.numerics.NoiseEstimate.standardDeviation(x, y);
        double[] z = {x[0], x[1], 0.5 * (x[6] + x[7]), x[12], x[24], -0.1};
        for (int order = 0; order <= 2; order++) {
            double[] norms = TestSignals.weightNorms(method, x, order, z);
            Curve se = fit.summary().standardError(order).orElseThrow();
            for (int k = 0; k < z.length; k++) {
                double expected = sigma * norms[k];
                assertEquals(expected, se.values(z)[k], 1e-9 * expected, "order " + order + " at " + z[k]);
                assertEquals(expected, se.value(z[k]), 1e-9 * expected, "order " + order + " at " + z[k]);
            }
        }
    }
}
