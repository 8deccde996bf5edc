package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoldInterpolatorTest {

    /** Order m is exact on polynomials of degree m (the constant m-th derivative), on any grid. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void exactOnPolynomialsOfEachOrdersDegree(int m) {
        double[] c = java.util.Arrays.copyOf(new double[] {0.4, -1.1, 2.3}, m + 1);
        double[] x = EmbeddingTestSignals.grid(50, true, 8);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = EmbeddingTestSignals.poly(c, x[i], 0);
        }
        for (int embedding : new int[] {0, 7}) {
            FittedCurve fit = new GoldInterpolator(2, embedding, 1).fit(x, y);
            for (double z : new double[] {-1, x[0], 0.31, x[20], 0.9, x[49], 2}) {
                double want = m == 0 ? c[0] : m == 1 ? c[1] : 2 * c[2];
                assertEquals(want, fit.differentiate(m).value(z), 1e-9, "order " + m + " at " + z);
            }
        }
    }

    @Test
    void paperEstimatesOnUniformSteps() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0.3, -1.0, 2.2, 0.4, 1.9, -0.7, 0.1, 1.4, 0.6};
        FittedCurve fit = new GoldInterpolator(2, 5, 1).fit(x, y);
        int i = 4;
        double mean = (y[2] + y[3] + y[4] + y[5] + y[6]) / 5;
        double slope = (-2 * y[2] - y[3] + y[5] + 2 * y[6]) / 10;
        double curvature = (2 * y[2] - y[3] - 2 * y[4] - y[5] + 2 * y[6]) / 7;
        assertEquals(mean, fit.value(x[i]), 1e-12);
        assertEquals(slope, fit.differentiate(1).value(x[i]), 1e-12);
        assertEquals(curvature, fit.differentiate(2).value(x[i]), 1e-12);
        // linear between samples, constant outside
        double between = 0.25 * fit.differentiate(1).value(x[4]) + 0.75 * fit.differentiate(1).value(x[5]);
        assertEquals(between, fit.differentiate(1).value(4.75), 1e-12);
        assertEquals(fit.value(x[8]), fit.value(20), 0);
        assertEquals(fit.differentiate(2).value(x[0]), fit.differentiate(2).value(-3), 0);
    }

    /** Bounds: about twice the errors measured with these seeds (see the issue-4 note). */
    @ParameterizedTest
    @CsvSource({"sine, false, 0.45, 12", "sine, true, 0.45, 12", "gauss, false, 0.55, 15", "gauss, true, 0.55, 15"})
    void derivativeErrorBoundsOnNoisySignals(String signal, boolean jitter, double bound1, double bound2) {
        double[] x = EmbeddingTestSignals.grid(1000, jitter, 17);
        FittedCurve fit = new GoldInterpolator().fit(x, EmbeddingTestSignals.noisy(signal, x, 0.05, 17));
        assertTrue(EmbeddingTestSignals.rmsError(fit, signal, x, 1) < bound1);
        assertTrue(EmbeddingTestSignals.rmsError(fit, signal, x, 2) < bound2);
    }

    @Test
    void embeddingGrowsWithNoise() {
        double[] x = EmbeddingTestSignals.grid(600, true, 2);
        int previous = 0;
        for (double noise : new double[] {0.001, 0.01, 0.1}) {
            GoldInterpolator.Fit fit = new GoldInterpolator().fit(x, EmbeddingTestSignals.noisy("gauss", x, noise, 6));
            assertTrue(fit.embedding(2) > previous, "noise " + noise + ": embedding " + fit.embedding(2));
            previous = fit.embedding(2);
        }
    }

    @Test
    void badSettingsAndInput() {
        assertEquals("gold: order must be between 1 and 6, got 7",
                assertThrows(IllegalArgumentException.class, () -> new GoldInterpolator(7, 0, 1)).getMessage());
        assertEquals("gold: embedding must be more than the order (2), got 1",
                assertThrows(IllegalArgumentException.class, () -> new GoldInterpolator(2, 1, 1)).getMessage());
        assertEquals("gold: lag must be at least 1, got -2",
                assertThrows(IllegalArgumentException.class, () -> new GoldInterpolator(2, 5, -2)).getMessage());
        double[] x = EmbeddingTestSignals.grid(10, false, 0);
        assertEquals("gold with embedding 11 and lag 1 needs at least 11 points, got 10",
                assertThrows(IllegalArgumentException.class,
                        () -> new GoldInterpolator(2, 11, 1).fit(x, new double[10])).getMessage());
        FittedCurve fit = new GoldInterpolator().fit(x, new double[10]);
        assertEquals("derivative order 3 is not supported by gold with order 2: it supports orders 0 to 2"
                + " (0 is the fit itself)",
                assertThrows(IllegalArgumentException.class, () -> fit.differentiate(3)).getMessage());
    }

    @Test
    void registeredAsGold() {
        GoldInterpolator set = (GoldInterpolator) MethodRegistry.byName("gold")
                .create(Map.of("embedding", "7", "order", "1"));
        assertEquals(7, set.embedding());
        assertEquals(1, set.order());
        assertEquals("method 'gold': parameter 'embedding' must be a number, got 'x'",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("gold").create(Map.of("embedding", "x"))).getMessage());
    }
}
