package jdelt.interpolation.neural;

import jdelt.interpolation.Curve;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.ReportsProgress;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NeuralNetworkInterpolatorTest {

    /** Two periods of sin on non-uniform x with Gaussian noise of standard deviation {@code noise}. */
    private static double[][] noisySine(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * Math.PI * (i + 0.8 * random.nextDouble()) / n;
            y[i] = Math.sin(x[i]) + noise * random.nextGaussian();
        }
        return new double[][] {x, y};
    }

    /** Evaluation points inside the sampled range, away from the ends by 5 % of it. */
    private static double[] interior(int m) {
        double[] q = new double[m];
        for (int k = 0; k < m; k++) {
            q[k] = 4 * Math.PI * (0.05 + 0.9 * k / (m - 1.0));
        }
        return q;
    }

    private static double rms(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s / a.length);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void forwardModeMatchesFiniteDifferencesOfTheNetwork(Activation activation) {
        double[][] d = noisySine(60, 0.05, 1);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withHiddenLayers(8, 8)
                .withActivation(activation).withSeed(3).fit(d[0], d[1]);
        Random random = new Random(7);
        double h = 1e-3;
        for (int order = 1; order <= 3; order++) {
            Curve lower = fit.differentiate(order - 1);
            Curve exact = fit.differentiate(order);
            double scale = 0;
            for (double x : d[0]) {
                scale = Math.max(scale, Math.abs(exact.value(x)));
            }
            for (int trial = 0; trial < 20; trial++) {
                double x = 4 * Math.PI * random.nextDouble();
                // fourth-order central difference of the (order-1)-th derivative
                double fd = (8 * (lower.value(x + h) - lower.value(x - h))
                        - (lower.value(x + 2 * h) - lower.value(x - 2 * h))) / (12 * h);
                double e = exact.value(x);
                assertEquals(e, fd, 1e-6 * Math.max(Math.abs(e), scale),
                        activation + " order " + order + " at x = " + x);
            }
        }
    }

    @Test
    void derivativeOfNoisySineIsCloseToCosine() {
        double[][] d = noisySine(400, 0.05, 11);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().fit(d[0], d[1]);
        double[] q = interior(300);
        double[] cos = new double[q.length];
        double[] minusSin = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            cos[k] = Math.cos(q[k]);
            minusSin[k] = -Math.sin(q[k]);
        }
        double d1 = rms(fit.differentiate(1).values(q), cos);
        assertTrue(d1 < 0.08, "rms error of d1 against cos = " + d1);
        double[] second = fit.differentiate(2).values(q);
        double d2 = rms(second, minusSin);
        assertTrue(d2 < 0.3, "rms error of d2 against -sin = " + d2);
        double[] zero = new double[q.length];
        assertTrue(rms(second, zero) > 0.5, "second derivative is flat: rms " + rms(second, zero));
    }

    @Test
    void reportsProgressThroughTheGenericHook() {
        double[][] d = noisySine(60, 0.05, 3);
        List<Double> fractions = new ArrayList<>();
        ReportsProgress reporting = new NeuralNetworkInterpolator();
        reporting.withProgress(fractions::add).fit(d[0], d[1]);
        assertFalse(fractions.isEmpty());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress goes forward");
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-12);
    }

    @Test
    void constantDataGiveAnExactConstant() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {3, 3, 3, 3, 3, 3, 3, 3};
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().fit(x, y);
        assertEquals(3, fit.value(2.5));
        assertEquals(0, fit.differentiate(1).value(2.5));
        assertEquals(0, fit.differentiate(3).value(9));
    }

    @Test
    void defaultDoesNotFitTheNoiseOnALine() {
        Random random = new Random(5);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 0.5 * random.nextDouble();
            y[i] = 0.02 * x[i] + 0.6 * random.nextGaussian();
        }
        // noise sd 0.6 is 10 % of the signal's range (6); a curve that followed the noise would
        // have slopes of order 0.6 per unit of x, sixty times the tolerance
        double[] q = new double[200];
        for (int k = 0; k < q.length; k++) {
            q[k] = 15 + 270 * k / (q.length - 1.0);
        }
        double[] slope = new NeuralNetworkInterpolator().fit(x, y).differentiate(1).values(q);
        for (int k = 0; k < q.length; k++) {
            assertEquals(0.02, slope[k], 0.015, "slope at x = " + q[k]);
        }
    }

    @Test
    void manySamplesAreMergedIntoBinMeansAndStillFitted() {
        double[][] d = noisySine(10_000, 0.1, 12);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withHiddenLayers(8, 8).fit(d[0], d[1]);
        assertEquals(3334, fit.trainingPoints());
        double[] q = interior(200);
        double[] cos = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            cos[k] = Math.cos(q[k]);
        }
        double d1 = rms(fit.differentiate(1).values(q), cos);
        assertTrue(d1 < 0.05, "rms error of d1 against cos = " + d1);
    }

    @Test
    void sameSeedGivesSameCurveAndAnotherSeedAnother() {
        double[][] d = noisySine(80, 0.05, 2);
        NeuralNetworkInterpolator method = new NeuralNetworkInterpolator().withHiddenLayers(8, 8).withSeed(42);
        double[] q = interior(50);
        double[] first = method.fit(d[0], d[1]).differentiate(2).values(q);
        double[] again = method.fit(d[0], d[1]).differentiate(2).values(q);
        assertArrayEquals(first, again, 0.0);
        double[] other = method.withSeed(43).fit(d[0], d[1]).differentiate(2).values(q);
        assertTrue(rms(first, other) > 0, "a different seed gave the identical curve");
    }

    @Test
    void ensembleBandCoversTheTruthAtMostPoints() {
        double[][] d = noisySine(200, 0.1, 4);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withEnsemble(5).fit(d[0], d[1]);
        assertEquals(5, fit.members());
        double[] q = interior(200);
        for (int order = 0; order <= 1; order++) {
            double[] lo = fit.lower(order).values(q);
            double[] hi = fit.upper(order).values(q);
            double[] mean = fit.differentiate(order).values(q);
            int covered = 0;
            for (int k = 0; k < q.length; k++) {
                double truth = order == 0 ? Math.sin(q[k]) : Math.cos(q[k]);
                assertTrue(lo[k] <= mean[k] && mean[k] <= hi[k]);
                if (lo[k] <= truth && truth <= hi[k]) {
                    covered++;
                }
            }
            assertTrue(covered > q.length * 0.55, "order " + order + ": band covers " + covered + " of " + q.length);
        }
        double[] spread = fit.spread(2).values(q);
        assertTrue(spread[100] > 0, "five members should disagree a little");
    }

    @Test
    void allOrdersAtOnceMatchEachOrderAlone() {
        double[][] d = noisySine(60, 0.05, 9);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withHiddenLayers(6, 6).withEnsemble(2).fit(d[0], d[1]);
        double[] q = interior(70);
        double[][] all = fit.derivatives(q, 3);
        for (int order = 0; order <= 3; order++) {
            assertArrayEquals(fit.differentiate(order).values(q), all[order], 0.0, "order " + order);
        }
    }

    @Test
    void listenerSeesEveryMemberFinish() {
        double[][] d = noisySine(50, 0.05, 6);
        List<TrainingProgress> seen = new ArrayList<>();
        new NeuralNetworkInterpolator().withHiddenLayers(4).withEnsemble(2).withListener(seen::add)
                .fit(d[0], d[1]);
        assertFalse(seen.isEmpty());
        TrainingProgress last = seen.get(seen.size() - 1);
        assertEquals(1, last.member());
        assertEquals(1.0, last.fraction(), 0.0);
        assertTrue(seen.stream().anyMatch(p -> p.member() == 0 && p.step() == p.steps()));
    }

    @Test
    void extrapolationIsFinite() {
        double[][] d = noisySine(40, 0.05, 8);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withHiddenLayers(4).fit(d[0], d[1]);
        assertTrue(Double.isFinite(fit.differentiate(3).value(100.0)));
    }

    @Test
    void badInputAndSettingsAreRejectedWithClearMessages() {
        NeuralNetworkInterpolator method = new NeuralNetworkInterpolator();
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> method.fit(new double[] {0, 1, 2}, new double[] {0, 1, 2}));
        assertEquals("neural needs at least 5 points, got 3", few.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> method.withHiddenLayers(2).fit(new double[] {0, 1, 2, 3, 4, 5}, new double[] {0, 1, 0, 1, 0, 1})
                        .differentiate(4));
        assertTrue(order.getMessage().contains("orders 0 to 3"), order.getMessage());
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> method.withHiddenLayers(16, 0));
        assertEquals("hidden layer 1 has width 0; widths must be at least 1", width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> method.withEnsemble(0));
    }

    @Test
    void registeredAsNeural() {
        MethodDescriptor neural = MethodRegistry.byName("neural");
        assertTrue(neural.create(Map.of()) instanceof NeuralNetworkInterpolator);
        NeuralNetworkInterpolator custom = (NeuralNetworkInterpolator) neural.create(
                Map.of("hidden", "8, 4", "activation", "silu", "ensemble", "3", "seed", "9"));
        assertArrayEquals(new int[] {8, 4}, custom.settings().hidden());
        assertEquals(Activation.SILU, custom.settings().activation());
        assertEquals(3, custom.settings().members());
        assertEquals(9L, custom.settings().seed());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> neural.create(Map.of("hidden", "8;4")));
        assertTrue(bad.getMessage().contains("'hidden'"), bad.getMessage());
        IllegalArgumentException act = assertThrows(IllegalArgumentException.class,
                () -> neural.create(Map.of("activation", "relu")));
        assertEquals("unknown activation 'relu'; use tanh, silu or softplus", act.getMessage());
    }
}
