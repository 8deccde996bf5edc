package jdelt.interpolation.spline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.TestSignals;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The spline's defaults on clean data and at the ends of the record. */
class SplineDefaultsTest {

    /** Noise-free samples are interpolated: the fit passes through them and says why. */
    @Test
    void noiseFreeDataAreInterpolated() {
        double[] x = TestSignals.grid(31, 0, 2, false, new Random(1));
        double[] y = TestSignals.sample(x, t -> Math.sin(3 * t), 0, new Random(1));
        assertTrue(NoiseEstimate.looksNoiseFree(x, y));
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertTrue(fit.summary().parameters().get("criterion").startsWith("interpolation"), fit.summary().toString());
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], fit.value(x[i]), 1e-12);
        }
        // the case: slope error on a 31-sample sin(3t) within 2x of fourth-order differences' (about 1e-4)
        double[] z = TestSignals.grid(200, 0.1, 1.9, false, new Random(1));
        assertTrue(TestSignals.maxError(fit.differentiate(1), t -> 3 * Math.cos(3 * t), z) < 2e-4);
    }

    /**
     * Noise-free data continued beyond each end: the derivatives at the first and last samples are
     * as accurate as inside, where the plain not-a-knot ends are far less accurate; the fit still
     * passes through the samples, ends at the record's ends and says what it did.
     */
    @Test
    void noiseFreeEndsAreAsAccurateAsTheInterior() {
        double[] x = TestSignals.grid(150, 0, 2, true, new Random(3));
        double[] y = TestSignals.sample(x, t -> Math.sin(3 * t), 0, new Random(3));
        double[] inner = java.util.Arrays.copyOfRange(x, 8, 142);
        double[] ends = {x[0], x[1], x[2], x[147], x[148], x[149]};
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        FittedCurve plain = new SplineInterpolator().withNoiseFreeEnds(0).fit(x, y);
        assertTrue(fit.summary().parameters().get("criterion").contains("continued beyond each end"),
                fit.summary().toString());
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], fit.value(x[i]), 1e-12);
        }
        assertEquals(x.length, fit.summary().degreesOfFreedom(), 1e-6);
        for (int k = 1; k <= 2; k++) {
            int order = k;
            java.util.function.DoubleUnaryOperator truth = t -> Math.pow(3, order) * Math.sin(3 * t + order * Math.PI / 2);
            double interior = TestSignals.maxError(fit.differentiate(k), truth, inner);
            double edge = TestSignals.maxError(fit.differentiate(k), truth, ends);
            double plainEdge = TestSignals.maxError(plain.differentiate(k), truth, ends);
            assertTrue(edge < 3 * interior && plainEdge > 5 * edge,
                    "order " + k + ": interior " + interior + ", edge " + edge + ", plain edge " + plainEdge);
        }
        assertEquals(0, fit.integral().value(x[0]), 1e-12);
    }

    /** Noise of 0.01 % of the signal (and more) is noise: the criterion chooses the smoothing. */
    @Test
    void slightlyNoisyDataAreSmoothed() {
        for (double sigma : new double[] {1e-4, 1e-2}) {
            Random random = new Random(2);
            double[] x = TestSignals.grid(1000, 0, 2, true, random);
            double[] y = TestSignals.sample(x, t -> Math.sin(3 * t), sigma, random);
            assertFalse(NoiseEstimate.looksNoiseFree(x, y), "sigma " + sigma);
            FittedCurve fit = new SplineInterpolator().fit(x, y);
            assertTrue(fit.summary().parameters().get("criterion").startsWith("gcv"), fit.summary().toString());
        }
    }

    /**
     * The relaxed penalty removes part of the natural-boundary bias: on a noisy sine the first
     * derivative's error over the first 5 % of the record is at least a tenth smaller than with
     * the plain penalty (it stays about three times the interior's: an estimate at the end sees the
     * data from one side only).
     */
    @Test
    void relaxedEndsFollowTheData() {
        double relaxedEdge = 0;
        double plainEdge = 0;
        for (int seed = 0; seed < 5; seed++) {
            Random random = new Random(seed);
            double[] x = TestSignals.grid(400, 0, 4 * Math.PI, true, random);
            double[] y = TestSignals.sample(x, Math::sin, 0.05, random);
            double[] edge = TestSignals.grid(40, 0, 0.05 * 4 * Math.PI, false, random);
            FittedCurve relaxed = new SplineInterpolator().fit(x, y);
            FittedCurve plain = new SplineInterpolator().withBoundaryRelaxation(0, 1).fit(x, y);
            relaxedEdge += rms(relaxed, edge);
            plainEdge += rms(plain, edge);
        }
        assertTrue(relaxedEdge < plainEdge, relaxedEdge + " vs plain " + plainEdge);
        assertTrue(relaxedEdge < 0.9 * plainEdge, relaxedEdge + " vs plain " + plainEdge);
    }

    private static double rms(FittedCurve fit, double[] at) {
        double[] d = fit.differentiate(1).values(at);
        double sum = 0;
        for (int i = 0; i < at.length; i++) {
            sum += (d[i] - Math.cos(at[i])) * (d[i] - Math.cos(at[i]));
        }
        return Math.sqrt(sum / at.length);
    }

    /**
     * Noise whose deviation rises 25-fold along the record is weighted by the inverse local
     * variance, which lowers the derivative error against equal weights; constant noise is not.
     */
    @Test
    void heteroscedasticNoiseIsWeighted() {
        double weighted = 0;
        double equal = 0;
        for (int seed = 0; seed < 3; seed++) {
            Random random = new Random(seed);
            double[] x = TestSignals.grid(1000, -1, 1, false, random);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 1 / (1 + Math.exp(-8 * x[i])) + 0.01 * Math.pow(25, i / 999.0) * random.nextGaussian();
            }
            FittedCurve fit = new SplineInterpolator().fit(x, y);
            assertEquals("inverse local noise variance", fit.summary().parameters().get("weights"));
            double[] ones = new double[x.length];
            java.util.Arrays.fill(ones, 1);
            FittedCurve plain = new SplineInterpolator().fit(x, y, ones);
            weighted += logisticSlopeError(fit, x);
            equal += logisticSlopeError(plain, x);
        }
        assertTrue(weighted < 0.8 * equal, weighted + " vs " + equal);
        Random random = new Random(9);
        double[] x = TestSignals.grid(1000, -1, 1, false, random);
        double[] y = TestSignals.sample(x, t -> 1 / (1 + Math.exp(-8 * t)), 0.05, random);
        assertEquals("none", new SplineInterpolator().fit(x, y).summary().parameters().get("weights"));
    }

    private static double logisticSlopeError(FittedCurve fit, double[] x) {
        double[] d = fit.differentiate(1).values(x);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double g = 1 / (1 + Math.exp(-8 * x[i]));
            sum += Math.pow(d[i] - 8 * g * (1 - g), 2);
        }
        return Math.sqrt(sum / x.length);
    }

    /**
     * Log-spaced x (spacing growing 1000-fold): the tiny intervals of the dense end carry huge
     * penalty entries, and the relaxed penalty there must still be summed accurately (a version
     * that corrected the plain penalty instead cancelled and gave 20 to 50 times these errors).
     */
    @Test
    void logSpacedSamplesKeepTheRelaxedPenaltyAccurate() {
        int n = 1000;
        for (int seed = 0; seed < 3; seed++) {
            Random random = new Random(seed);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (Math.pow(1000, i / (n - 1.0)) - 1) / 999;
                double u = (x[i] - 0.5) / 0.15;
                y[i] = Math.exp(-u * u / 2) + 0.015 * random.nextGaussian();
            }
            double[] d2 = new SplineInterpolator().fit(x, y).differentiate(2).values(x);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double u = (x[i] - 0.5) / 0.15;
                double truth = (u * u - 1) / (0.15 * 0.15) * Math.exp(-u * u / 2);
                sum += (d2[i] - truth) * (d2[i] - truth);
            }
            assertTrue(Math.sqrt(sum / n) < 40, "seed " + seed + ": d2 RMSE " + Math.sqrt(sum / n));
        }
    }

    @Test
    void fourOrFiveSamplesGetACubicSplineAndTheSummarySaysSo() {
        double[] x = {0, 0.5, 1.5, 2, 3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 + x[i] - 2 * x[i] * x[i] + 0.5 * x[i] * x[i] * x[i];
        }
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertEquals(3, fit.summary().number(0, "degree"));
        assertTrue(fit.summary().warnings().stream().anyMatch(w -> w.contains("needs at least 6 samples")),
                fit.summary().warnings().toString());
        for (double t : new double[] {0.25, 1, 2.5}) {
            assertEquals(1 - 4 * t + 1.5 * t * t, fit.differentiate(1).value(t), 1e-6, "d1 at " + t);
        }
        IllegalArgumentException three = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SplineInterpolator().fit(new double[] {0, 1, 2}, new double[] {0, 1, 4}));
        assertEquals("spline of degree 3 needs at least 4 points, got 3", three.getMessage());
    }

    @Test
    void aFitAtInterpolationReportsTheNoiseOfTheDataNotRoundingOfZeroOverZero() {
        // sin sampled every 0.1 and rounded to 5 decimals: GCV interpolates (df = n), so the
        // residuals are ~0 and RSS / (n - df) was 0.116, 0/0 in rounding; sigma now comes from the
        // difference-based estimate (rounding noise 2.9e-6 plus what the differences leave of sin
        // at this spacing, about 3e-3)
        int n = 91;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 * (i + 1);
            y[i] = Math.round(Math.sin(x[i]) * 1e5) / 1e5;
        }
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        double sigma = fit.summary().residualStandardDeviation();
        assertTrue(sigma < 0.01, "sigma " + sigma + " (" + fit.summary() + ")");
    }
}
