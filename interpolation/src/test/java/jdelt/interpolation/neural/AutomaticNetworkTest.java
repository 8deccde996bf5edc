package jdelt.interpolation.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import jdelt.interpolation.FitSummary;
import org.junit.jupiter.api.Test;

/** Issues 12 and 13: the automatic network's width, smoothing, warning and bounded training. */
class AutomaticNetworkTest {

    /** {@code periods} periods of sin on [0, 10], jittered x, Gaussian noise; the truth's d1 in [2]. */
    private static double[][] sine(int n, double periods, double noise, long seed) {
        Random random = new Random(seed);
        double w = 2 * Math.PI * periods / 10;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d1 = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 * (i + 0.5 * random.nextDouble()) / n;
            y[i] = Math.sin(w * x[i]) + noise * random.nextGaussian();
            d1[i] = w * Math.cos(w * x[i]);
        }
        return new double[][] {x, y, d1};
    }

    /** Relative RMS error of d1 over the inner 90 % of the samples. */
    private static double d1Error(NeuralNetworkFit fit, double[][] d) {
        double[] est = fit.differentiate(1).values(d[0]);
        int n = d[0].length;
        double e = 0;
        double s = 0;
        for (int i = n / 20; i < n - n / 20; i++) {
            e += (est[i] - d[2][i]) * (est[i] - d[2][i]);
            s += d[2][i] * d[2][i];
        }
        return Math.sqrt(e / s);
    }

    @Test
    void aLongRecordWithManyOscillationsIsFollowedToItsEnd() {
        // the case: 120 periods; the old 16,16 network missed the later two thirds
        double[][] d = sine(20_000, 120, 0.05, 3);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().fit(d[0], d[1]);
        double error = d1Error(fit, d);
        assertTrue(error < 0.05, "relative d1 error " + error + "; " + fit.summary());
        assertTrue(fit.summary().warnings().isEmpty(), fit.summary().warnings().toString());
        assertTrue(fit.trainingPoints() <= TrainingData.MAX_POINTS, "trained on " + fit.trainingPoints());
        assertTrue(Integer.parseInt(fit.summary().parameters().get("units")) >= 256, fit.summary().toString());
    }

    @Test
    void theWidthGrowsWithTheSignalsComplexity() {
        NeuralNetworkFit slow = new NeuralNetworkInterpolator().fit(sine(1000, 1, 0.1, 1)[0], sine(1000, 1, 0.1, 1)[1]);
        double[][] d = sine(1000, 16, 0.1, 1);
        NeuralNetworkFit fast = new NeuralNetworkInterpolator().fit(d[0], d[1]);
        int fewer = Integer.parseInt(slow.summary().parameters().get("units"));
        int more = Integer.parseInt(fast.summary().parameters().get("units"));
        assertTrue(more >= 4 * fewer, fewer + " units for 1 period, " + more + " for 16");
        double error = d1Error(fast, d);
        assertTrue(error < 0.1, "16 periods: relative d1 error " + error);
        assertTrue(fast.summary().degreesOfFreedom() > 20 && fast.summary().degreesOfFreedom() < 200,
                fast.summary().toString());
        assertEquals(0.1, fast.summary().residualStandardDeviation(), 0.01);
    }

    @Test
    void aNetworkTooSmallForTheSignalSaysSo() {
        double[][] d = sine(1000, 16, 0.2, 2);
        NeuralNetworkFit fit = new NeuralNetworkInterpolator().withHiddenLayers(2).fit(d[0], d[1]);
        FitSummary s = fit.summary();
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("leaves structure in its residuals")), s.toString());
        double[][] good = sine(1000, 2, 0.2, 2);
        FitSummary fine = new NeuralNetworkInterpolator().fit(good[0], good[1]).summary();
        assertTrue(fine.warnings().isEmpty(), fine.toString());
    }

    @Test
    void aFixedPenaltySmoothsMoreAsItGrows() {
        double[][] d = sine(500, 2, 0.1, 4);
        NeuralNetworkMethod method = new NeuralNetworkMethod();
        double previous = Double.POSITIVE_INFINITY;
        for (double decay : new double[] {1e-9, 1e-6, 1e-3}) {
            NeuralNetworkFit fit = (NeuralNetworkFit) method.create(Map.of("decay", Double.toString(decay)))
                    .fit(d[0], d[1]);
            double df = fit.summary().degreesOfFreedom();
            assertTrue(df < previous, "decay " + decay + ": df " + df + " after " + previous);
            assertEquals(decay, fit.summary().number(0, "lambda"), 1e-12 * decay);
            previous = df;
        }
        assertTrue(previous < 10, "the strongest penalty leaves " + previous + " degrees of freedom");
    }

    @Test
    void theAutomaticNetworkNeedsTanh() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralNetworkMethod().create(Map.of("activation", "silu")));
        assertEquals("activation silu needs explicit hidden layers (e.g. hidden=16,16): the automatic width uses"
                + " tanh units", e.getMessage());
        new NeuralNetworkMethod().create(Map.of("activation", "silu", "hidden", "8"));
    }

    @Test
    void localEvaluationEqualsTheSumOverEveryUnit() {
        SplittableRandom random = new SplittableRandom(5);
        double[] u = new double[300];
        for (int i = 0; i < u.length; i++) {
            u[i] = i == 0 ? -2 : u[i - 1] + 0.001 + 0.05 * random.nextDouble() * (i % 50 < 10 ? 10 : 1);
        }
        TanhLayer layer = TanhLayer.place(u, 64, 0.3);
        double[] v = new double[layer.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = random.nextDouble() - 0.5;
        }
        ShallowNetwork network = new ShallowNetwork(layer, v, 0.2, -0.7, null);
        double[] q = {u[0] - 1, u[0], u[17], 0.5 * (u[100] + u[101]), u[299], u[299] + 3};
        double[][] local = new double[4][q.length];
        network.evaluator(q.length, 3).derivatives(q, q.length, local);
        for (int p = 0; p < q.length; p++) {
            double[] sum = {0.2 - 0.7 * q[p], -0.7, 0, 0};
            for (int j = 0; j < v.length; j++) {
                double s = layer.slope[j];
                double z = s * (q[p] - layer.centre[j]);
                double t = Math.abs(z) > TanhLayer.SATURATION ? Math.signum(z) : Math.tanh(z);
                double g = Math.abs(z) > TanhLayer.SATURATION ? 0 : 1 - t * t;
                sum[0] += v[j] * t;
                sum[1] += v[j] * s * g;
                sum[2] += v[j] * s * s * (-2 * t * g);
                sum[3] += v[j] * s * s * s * g * (6 * t * t - 2);
            }
            for (int k = 0; k <= 3; k++) {
                assertEquals(sum[k], local[k][p], 1e-9 * (1 + Math.abs(sum[k])), "order " + k + " at " + q[p]);
            }
        }
    }
}
