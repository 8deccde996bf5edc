package jdelt.interpolation.embedding;

import jdelt.interpolation.TestSignals;
import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GllaInterpolatorTest {

    @ParameterizedTest
    @CsvSource({"2, 7, 1", "3, 9, 2", "2, 0, 1", "4, 0, 3"})
    void reproducesPolynomialsOfItsOrder(int order, int embedding, int lag) {
        double[] c = Arrays.copyOf(new double[] {0.4, -1.1, 2.3, -1.6, 0.8}, order + 1);
        double[] x = TestSignals.unitGrid(60, true, 21);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = TestSignals.poly(c, x[i], 0);
        }
        FittedCurve fit = new GllaInterpolator(order, embedding, lag).fit(x, y);
        double[] probes = {-0.2, 0, 0.013, x[7], 0.5, 0.777, x[59], 1.3};
        for (int m = 0; m <= Math.min(order, 2); m++) {
            Curve d = fit.differentiate(m);
            for (double z : probes) {
                double want = TestSignals.poly(c, z, m);
                assertEquals(want, d.value(z), 1e-8 * (1 + Math.abs(want)), "order " + m + " at " + z);
            }
        }
    }

    @Test
    void paperWeightsOnUniformSteps() {
        double[] x = {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5};
        double[] y = {0.3, -1.0, 2.2, 0.4, 1.9, -0.7, 0.1, 1.4, 0.6, 0.2, -0.5};
        // embedding 5, lag 2, centre sample 5: samples 1, 3, 5, 7, 9 with t = -2, -1, 0, 1, 2 steps of 1.0
        FittedCurve fit = new GllaInterpolator(2, 5, 2).fit(x, y);
        double slope = (-2 * y[1] - y[3] + y[7] + 2 * y[9]) / 10;
        double curvature = (2 * y[1] - y[3] - 2 * y[5] - y[7] + 2 * y[9]) / 7;
        double level = (-3 * y[1] + 12 * y[3] + 17 * y[5] + 12 * y[7] - 3 * y[9]) / 35;
        assertEquals(level, fit.value(x[5]), 1e-12);
        assertEquals(slope, fit.differentiate(1).value(x[5]), 1e-12);
        assertEquals(curvature, fit.differentiate(2).value(x[5]), 1e-12);
    }

    /**
     * Bounds: about twice the errors measured with these seeds (d1, d2: sine 0.090, 3.16 uniform and
     * 0.091, 3.11 jittered; Gaussian 0.169, 4.03 and 0.174, 4.10).
     */
    @ParameterizedTest
    @CsvSource({"sine, false, 0.2, 6.5", "sine, true, 0.2, 6.5", "gauss, false, 0.35, 8.5", "gauss, true, 0.35, 8.5"})
    void derivativeErrorBoundsOnNoisySignals(String signal, boolean jitter, double bound1, double bound2) {
        double[] x = TestSignals.unitGrid(1000, jitter, 17);
        FittedCurve fit = new GllaInterpolator().fit(x, EmbeddingTestSignals.noisy(signal, x, 0.05, 17));
        assertTrue(EmbeddingTestSignals.rmsError(fit, signal, x, 1) < bound1);
        assertTrue(EmbeddingTestSignals.rmsError(fit, signal, x, 2) < bound2);
    }

    @Test
    void embeddingGrowsWithNoise() {
        double[] x = TestSignals.unitGrid(600, false, 1);
        double previous = 0;
        for (double noise : new double[] {0.001, 0.03, 1}) {
            FittedCurve fit = new GllaInterpolator().fit(x, EmbeddingTestSignals.noisy("sine", x, noise, 5));
            assertTrue(fit.summary().number(0, "bandwidth") > previous, "noise " + noise + ": half-width " + fit.summary().number(0, "bandwidth"));
            previous = fit.summary().number(0, "bandwidth");
        }
    }

    /**
     * Bursty sampling (review finding 3): {@code dense} samples evenly over [0, split], then
     * {@code sparse} evenly over (split, end]; y = sin x + 5 % noise. d1 RMS errors over the dense
     * part (its first 5 % left out) and the sparse part (its last 5 % left out). Bounds about
     * twice the errors measured with the automatic half-width (dense / sparse: 0.0093 / 0.061
     * and 0.0093 / 0.014); the index-based embedding gave 15.1 / 0.123 and 0.078 / 0.028, the
     * spline 0.018 / 0.067 and 0.0084 / 0.0091.
     */
    @ParameterizedTest
    @CsvSource({"19800, 10, 200, 100, 0.019, 0.12", "2000, 5, 2000, 55, 0.019, 0.03"})
    void burstySamplingKeepsTheWindowWideInX(int dense, double split, int sparse, double end,
            double boundDense, double boundSparse) {
        int n = dense + sparse;
        double[] x = new double[n];
        for (int i = 0; i < dense; i++) {
            x[i] = split * i / dense;
        }
        for (int i = 0; i < sparse; i++) {
            x[dense + i] = split + (end - split) * (i + 1) / sparse;
        }
        java.util.Random rnd = new java.util.Random(2);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(x[i]) + 0.05 * rnd.nextGaussian();
        }
        double[] d = new GllaInterpolator().fit(x, y).differentiate(1).values(x);
        double[] sums = new double[2];
        for (int i = dense / 20; i < n - sparse / 20; i++) {
            sums[i < dense ? 0 : 1] += Math.pow(d[i] - Math.cos(x[i]), 2);
        }
        double errorDense = Math.sqrt(sums[0] / (dense - dense / 20));
        double errorSparse = Math.sqrt(sums[1] / (sparse - sparse / 20));
        assertTrue(errorDense < boundDense, "dense part d1 RMS error " + errorDense);
        assertTrue(errorSparse < boundSparse, "sparse part d1 RMS error " + errorSparse);
    }

    @Test
    void badSettingsAndInput() {
        assertEquals("glla: order must be between 1 and 6, got 0",
                assertThrows(IllegalArgumentException.class, () -> new GllaInterpolator(0, 0, 1)).getMessage());
        assertEquals("glla: embedding must be more than the order (2), got 2",
                assertThrows(IllegalArgumentException.class, () -> new GllaInterpolator(2, 2, 1)).getMessage());
        assertEquals("glla: lag must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new GllaInterpolator(2, 5, 0)).getMessage());
        double[] x = TestSignals.unitGrid(40, false, 0);
        assertEquals("glla with embedding 50 and lag 2 needs at least 99 points, got 40",
                assertThrows(IllegalArgumentException.class,
                        () -> new GllaInterpolator(2, 50, 2).fit(x, new double[40])).getMessage());
        assertEquals("glla with order 4 and lag 1 needs at least 6 points, got 3",
                assertThrows(IllegalArgumentException.class,
                        () -> new GllaInterpolator().fit(new double[] {0, 1, 2}, new double[3])).getMessage());
    }

    @Test
    void derivativeOrdersAndEvaluation() {
        double[] x = TestSignals.unitGrid(30, true, 3);
        FittedCurve fit = new GllaInterpolator(1, 5, 1).fit(x, EmbeddingTestSignals.noisy("sine", x, 0.1, 3));
        assertEquals(1, fit.maxOrder());
        assertEquals("derivative order 2 is not supported by glla with order 1: it supports orders 0 to 1"
                + " (0 is the fit itself)",
                assertThrows(IllegalArgumentException.class, () -> fit.differentiate(2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> fit.differentiate(-1));
        double[] q = {0.9, -0.5, 0.2, 1.7};
        double[] got = fit.differentiate(1).values(q);
        for (int k = 0; k < q.length; k++) {
            assertEquals(fit.differentiate(1).value(q[k]), got[k], 0);
        }
    }

    @Test
    void registeredAsGlla() {
        GllaInterpolator auto = (GllaInterpolator) MethodRegistry.byName("glla").create(Map.of());
        assertEquals(0, auto.embedding());
        GllaInterpolator set = (GllaInterpolator) MethodRegistry.byName("glla")
                .create(Map.of("embedding", "9.2", "lag", "2", "order", "3"));
        assertEquals(9, set.embedding());
        assertEquals(2, set.lag());
        assertEquals(3, set.order());
        assertEquals("method 'glla': parameter 'embedding' must be auto or a number of samples, got '0'",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("glla").create(Map.of("embedding", "0"))).getMessage());
        assertEquals("method 'glla' has no parameter 'span'; its parameters are: embedding, lag, order",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("glla").create(Map.of("span", "0.3"))).getMessage());
    }
}
