package jdelt.interpolation.local;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Curve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoessInterpolatorTest {

    /** 1 + 2x - 3x^2 + 0.5x^3 and its derivatives. */
    private static double cubic(int order, double x) {
        return switch (order) {
            case 0 -> 1 + 2 * x - 3 * x * x + 0.5 * x * x * x;
            case 1 -> 2 - 6 * x + 1.5 * x * x;
            case 2 -> -6 + 3 * x;
            default -> 3;
        };
    }

    private static double[] jittered(int n, long seed) {
        return LoessMeasure.abscissae(n, true, new Random(seed));
    }

    @ParameterizedTest
    @CsvSource({"INTERPOLATE", "DIRECT"})
    void fixedDegreeThreeReproducesACubicAndItsDerivativesOnJitteredX(LoessInterpolator.Surface surface) {
        double[] x = jittered(200, 1);
        for (int i = 0; i < x.length; i++) {
            x[i] = -2 + 4 * x[i];
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = cubic(0, x[i]);
        }
        FittedCurve fit = new LoessInterpolator().withDegree(3).withSpan(0.2).withSurface(surface).fit(x, y);
        double[] between = {-2.5, -1.99, -0.3137, 0.001, 1.2345, 1.999, 2.7};
        for (int order = 0; order <= 3; order++) {
            Curve d = fit.differentiate(order);
            double[] atSamples = d.values(x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(cubic(order, x[i]), atSamples[i], 1e-8, "order " + order + " at x[" + i + "]");
            }
            for (double t : between) {
                assertEquals(cubic(order, t), d.value(t), 1e-8, "order " + order + " at " + t);
            }
        }
    }

    @Test
    void automaticDegreeReproducesThePolynomialOfItsDegreeWithAutomaticSpan() {
        double[] x = jittered(300, 2);
        double[] line = new double[x.length];
        double[] quadratic = new double[x.length];
        double[] cubic = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            line[i] = 3 - 2 * x[i];
            quadratic[i] = 1 + x[i] - 4 * x[i] * x[i];
            cubic[i] = cubic(0, x[i]);
        }
        LoessInterpolator loess = new LoessInterpolator();
        double[] fitted = loess.fit(x, line).values(x);
        double[] slope = loess.fit(x, quadratic).differentiate(1).values(x);
        double[] curvature = loess.fit(x, cubic).differentiate(2).values(x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(line[i], fitted[i], 1e-9);
            assertEquals(1 - 8 * x[i], slope[i], 1e-8);
            assertEquals(cubic(2, x[i]), curvature[i], 1e-7);
        }
    }

    /** Relative RMS error over the central 90 %, as the measurement harness computes it. */
    private static double error(Interpolator method, LoessMeasure.Signal s, int order, boolean jitter,
            double noise) {
        Random random = new Random(42);
        double[] x = LoessMeasure.abscissae(1000, jitter, random);
        double[] y = LoessMeasure.noisy(s, x, noise, random);
        return LoessMeasure.relativeError(method.fit(x, y).differentiate(order), s, order, x);
    }

    @ParameterizedTest
    @CsvSource({
        "false, 0, 0.012", "false, 1, 0.04", "false, 2, 0.10",
        "true, 0, 0.012", "true, 1, 0.04", "true, 2, 0.13"})
    void noisySineDerivativesStayWithinMeasuredBounds(boolean jitter, int order, double bound) {
        double e = error(new LoessInterpolator(), LoessMeasure.SINE, order, jitter, 0.03);
        assertTrue(e < bound, "relative error " + e + " above " + bound);
    }

    @ParameterizedTest
    @CsvSource({
        "false, 0, 0.02", "false, 1, 0.09", "false, 2, 0.30",
        "true, 0, 0.02", "true, 1, 0.09", "true, 2, 0.25"})
    void noisyBumpDerivativesStayWithinMeasuredBounds(boolean jitter, int order, double bound) {
        double e = error(new LoessInterpolator(), LoessMeasure.BUMP, order, jitter, 0.03);
        assertTrue(e < bound, "relative error " + e + " above " + bound);
    }

    /**
     * Review finding 1: with 10 to 20 periods in the record the estimated risk fell again at large
     * spans and the derivative spans went to 1 (flat zero slope, relative error 1.0). Measured
     * now (seed 21): at most 0.035 / 0.068 / 0.121 for orders 0 / 1 / 2.
     */
    @ParameterizedTest
    @CsvSource({"false, 12, false", "true, 12, false", "false, 18, false", "true, 18, false",
        "true, 18, true"})
    void manyPeriodsOfANoisySineKeepTheirDerivatives(boolean jitter, double periods, boolean robust) {
        Random random = new Random(21);
        double[] x = LoessMeasure.abscissae(1000, jitter, random);
        LoessMeasure.Signal sine = LoessMeasure.sine(periods);
        double[] y = LoessMeasure.noisy(sine, x, 0.05, random);
        FittedCurve fit = robust ? new LowessInterpolator().fit(x, y) : new LoessInterpolator().fit(x, y);
        double[] bounds = {0.06, 0.12, 0.22};
        for (int order = 0; order <= 2; order++) {
            double e = LoessMeasure.relativeError(fit.differentiate(order), sine, order, x);
            assertTrue(e < bounds[order], "order " + order + ": relative error " + e + " (span " + fit.summary().number(order, "span") + ")");
        }
    }

    /**
     * Review finding 1: a 10x density change made nearest-neighbour windows span periods where
     * sampling is sparse (order 2 error 1.0 before). Measured now, dense / sparse part: 0.009 /
     * 0.016, 0.038 / 0.039, 0.090 / 0.088 for orders 0 / 1 / 2.
     */
    @Test
    void aTenfoldDensityChangeKeepsTheDerivativesInBothParts() {
        double[] x = LoessMeasure.denseThenSparse(4000);
        LoessMeasure.Signal sine = LoessMeasure.sine(8);
        double[] y = LoessMeasure.noisy(sine, x, 0.05, new Random(22));
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        double[] dense = java.util.Arrays.copyOfRange(x, 100, 2000);
        double[] sparse = java.util.Arrays.copyOfRange(x, 2000, 3800);
        double[] bounds = {0.03, 0.07, 0.18};
        for (int order = 0; order <= 2; order++) {
            for (double[] part : new double[][] {dense, sparse}) {
                double e = LoessMeasure.relativeError(fit.differentiate(order), sine, order, part, 0);
                assertTrue(e < bounds[order], "order " + order + " on [" + part[0] + ", " + part[part.length - 1]
                        + "]: relative error " + e);
            }
        }
    }

    /** Above 10^4 samples the span is chosen on a thinned subsample and carried over by the asymptotic rate. */
    @Test
    void aLargeDataSetGoesThroughTheThinnedSelectionAndGainsAccuracy() {
        Random random = new Random(42);
        double[] x = LoessMeasure.abscissae(30_000, true, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, 0.03, random);
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        double[] bounds = {0.003, 0.015, 0.04};
        for (int order = 0; order <= 2; order++) {
            double e = LoessMeasure.relativeError(fit.differentiate(order), LoessMeasure.SINE, order, x);
            assertTrue(e < bounds[order], "order " + order + ": error " + e);
        }
    }

    @Test
    void robustnessIterationsResistOnePercentGrossOutliers() {
        Random random = new Random(5);
        double[] x = LoessMeasure.abscissae(1000, true, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, 0.01, random);
        int[] outliers = new int[10];
        for (int k = 0; k < outliers.length; k++) {
            outliers[k] = 50 + random.nextInt(900);
            y[outliers[k]] += random.nextBoolean() ? 5 : -5;
        }
        FittedCurve robust = new LowessInterpolator().fit(x, y);
        FittedCurve plain = new LoessInterpolator().fit(x, y);
        double robustError = LoessMeasure.relativeError(robust.differentiate(1), LoessMeasure.SINE, 1, x);
        double plainError = LoessMeasure.relativeError(plain.differentiate(1), LoessMeasure.SINE, 1, x);
        assertTrue(robustError < 0.03, "robust error " + robustError);
        assertTrue(plainError > 3 * robustError, "plain " + plainError + " vs robust " + robustError);
        long distinct = java.util.Arrays.stream(outliers).distinct().count();
        double rejected = robust.summary().number(0, "rejected");
        assertTrue(rejected >= distinct && rejected <= distinct + 3, robust.summary().toString());
    }

    @ParameterizedTest
    @CsvSource({"false, 1", "true, 1", "false, 2", "true, 2"})
    void automaticSpanGrowsWithNoise(boolean jitter, int order) {
        double previous = 0;
        for (double noise : new double[] {0.005, 0.02, 0.1}) {
            Random random = new Random(11);
            double[] x = LoessMeasure.abscissae(1000, jitter, random);
            double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, noise, random);
            double span = new LoessInterpolator().fit(x, y).summary().number(order, "span");
            assertTrue(span > previous, "span " + span + " at noise " + noise + " not above " + previous);
            previous = span;
        }
    }

    @Test
    void derivativeSpanIsLargerThanTheFitsSpan() {
        Random random = new Random(3);
        double[] x = LoessMeasure.abscissae(1000, false, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, 0.03, random);
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        assertTrue(fit.summary().number(0, "span") < fit.summary().number(1, "span") && fit.summary().number(1, "span") < fit.summary().number(2, "span"),
                fit.summary().number(0, "span") + ", " + fit.summary().number(1, "span") + ", " + fit.summary().number(2, "span"));
        assertEquals(0.03, fit.summary().residualStandardDeviation(), 0.003);
    }

    /**
     * The interpolated surface differs from direct fits by far less than the statistical error:
     * measured RMS difference about 1e-3 of the curve's maximum and error against the truth equal
     * to within 0.5 % (see the note for the figures).
     */
    @Test
    void interpolatedSurfaceMatchesDirectFits() {
        Random random = new Random(9);
        double[] x = LoessMeasure.abscissae(2000, true, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.BUMP, x, 0.05, random);
        double[] at = new double[8001];
        for (int i = 0; i < at.length; i++) {
            at[i] = i / 8000.0;
        }
        for (int order = 0; order <= 2; order++) {
            LoessInterpolator loess = new LoessInterpolator().withSpan(0.1);
            Curve interpolated = loess.fit(x, y).differentiate(order);
            Curve direct = loess.withSurface(LoessInterpolator.Surface.DIRECT).fit(x, y).differentiate(order);
            double[] a = interpolated.values(at);
            double[] b = direct.values(at);
            double scale = 0;
            double squares = 0;
            for (int i = 0; i < at.length; i++) {
                scale = Math.max(scale, Math.abs(b[i]));
                squares += (a[i] - b[i]) * (a[i] - b[i]);
            }
            double rms = Math.sqrt(squares / at.length) / scale;
            assertTrue(rms < 3e-3, "order " + order + ": RMS difference " + rms);
            double interpolatedError = LoessMeasure.relativeError(interpolated, LoessMeasure.BUMP, order, at);
            double directError = LoessMeasure.relativeError(direct, LoessMeasure.BUMP, order, at);
            assertEquals(directError, interpolatedError, 0.01 * directError, "order " + order);
            int vertexGap = 200 / LoessCurve.VERTICES_PER_WINDOW;
            for (int i = 0; i < x.length; i += vertexGap) {
                assertEquals(direct.value(x[i]), interpolated.value(x[i]), 1e-12 * scale, "vertex " + i);
            }
        }
    }

    @Test
    void farFromOriginAndInTinyUnitsTheDerivativesAreUnchanged() {
        Random random = new Random(12);
        double[] x = LoessMeasure.abscissae(1000, true, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, 0.02, random);
        double[] shifted = new double[x.length];
        double[] tiny = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            shifted[i] = 1e6 + x[i];
            tiny[i] = 1e-9 * x[i];
        }
        LoessInterpolator loess = new LoessInterpolator().withSpan(0.3);
        for (int order = 0; order <= 2; order++) {
            double[] reference = loess.fit(x, y).differentiate(order).values(x);
            double[] far = loess.fit(shifted, y).differentiate(order).values(shifted);
            double[] small = loess.fit(tiny, y).differentiate(order).values(tiny);
            for (int i = 0; i < x.length; i += 37) {
                double scale = Math.pow(2 * Math.PI, order);
                assertEquals(reference[i], far[i], 1e-6 * scale, "shifted, order " + order);
                assertEquals(reference[i], small[i] * Math.pow(1e-9, order), 1e-9 * scale, "tiny, order " + order);
            }
        }
    }

    @Test
    void valuesAgreeWithValueInAnyOrder() {
        Random random = new Random(4);
        double[] x = LoessMeasure.abscissae(500, true, random);
        double[] y = LoessMeasure.noisy(LoessMeasure.SINE, x, 0.05, random);
        Curve d = new LoessInterpolator().fit(x, y).differentiate(1);
        double[] at = {0.7, 0.1, -0.2, 0.5, 1.3, 0.1, 0.999};
        double[] many = d.values(at);
        for (int i = 0; i < at.length; i++) {
            assertEquals(d.value(at[i]), many[i], 0, "at " + at[i]);
        }
    }

    @Test
    void theSmallestAcceptedDataSetGivesFiniteDerivativesOfEveryOrder() {
        double[] x = {0, 0.1, 0.25, 0.3, 0.5, 0.55, 0.8, 1};
        double[] y = {0.1, 0.5, 1.1, 0.9, 0.2, -0.1, -0.8, 0.05};
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        for (int order = 0; order <= fit.maxOrder(); order++) {
            for (double v : fit.differentiate(order).values(new double[] {-0.1, 0, 0.33, 0.9, 1.2})) {
                assertTrue(Double.isFinite(v), "order " + order);
            }
        }
    }

    @Test
    void badParametersGetClearMessages() {
        LoessInterpolator loess = new LoessInterpolator();
        assertMessage(() -> loess.withSpan(0), "span must be in (0, 1]");
        assertMessage(() -> loess.withSpan(1.5), "got 1.5");
        assertMessage(() -> loess.withSpan(Double.NaN), "span must be in (0, 1]");
        assertMessage(() -> loess.withDegree(0), "degree must be between 1 and 8, got 0");
        assertMessage(() -> loess.withDegree(9), "degree must be between 1 and 8, got 9");
        assertMessage(() -> loess.withBandwidth(-1), "bandwidth must be finite and positive");
        assertMessage(() -> loess.withRobustnessIterations(-1), "between 0 and 20, got -1");
        double[] x = jittered(100, 6);
        double[] y = x.clone();
        assertMessage(() -> loess.withDegree(2).withSpan(0.04).fit(x, y),
                "span 0.04 of 100 samples gives windows of 4 samples, but degree 2 needs at least 5");
        assertMessage(() -> loess.withDegree(2).withSpan(0.5).fit(x, y).differentiate(3),
                "derivative order 3 is not supported");
        assertMessage(() -> loess.fit(x, y).differentiate(4), "supports orders 0 to 3");
        assertMessage(() -> loess.fit(new double[] {0, 1, 2}, new double[] {0, 1, 2}), "needs at least");
        assertMessage(() -> new LowessInterpolator().withSpan(2), "lowess: span must be in (0, 1]");
    }

    private static void assertMessage(Runnable r, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
    }

    @Test
    void fixedBandwidthWidensWindowsAndStillReproducesPolynomials() {
        double[] x = jittered(300, 8);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = cubic(0, x[i]);
        }
        Curve d2 = new LoessInterpolator().withBandwidth(0.05).fit(x, y).differentiate(2);
        for (double t : new double[] {0.01, 0.33, 0.9}) {
            assertEquals(cubic(2, t), d2.value(t), 1e-7);
        }
    }

    @Test
    void registeredAsLoessAndLowessWithTextSettings() {
        MethodDescriptor loess = MethodRegistry.byName("loess");
        MethodDescriptor lowess = MethodRegistry.byName("lowess");
        assertEquals("span", loess.smoothing().orElseThrow().parameter());
        assertEquals("3", lowess.parameters().stream().filter(p -> p.name().equals("iterations"))
                .findFirst().orElseThrow().defaultValue());
        Interpolator configured = loess.create(Map.of("span", "0.3", "degree", "2", "surface", "direct"));
        assertEquals("loess(degree=2, span=0.3, bandwidth=none, iterations=0, surface=direct)",
                configured.toString());
        assertTrue(lowess.create(Map.of()).toString().contains("iterations=3"));
        assertMessage(() -> loess.create(Map.of("window", "3")), "has no parameter 'window'");
        assertMessage(() -> loess.create(Map.of("surface", "grid")), "must be interpolate or direct");
        assertMessage(() -> lowess.create(Map.of("span", "1.2")), "lowess: span must be in (0, 1]");
    }

    /**
     * Noise-free samples of a smooth curve take the smallest windows of degree 8: slopes and
     * curvatures close to interpolation (bounds 10 times the largest errors measured with this
     * signal, 2.1e-8 and 4.7e-6); 0.1 % noise does not trigger it.
     */
    @Test
    void noiseFreeDataTakeTheSmallestWindowsOfTheCleanDegree() {
        int n = 100;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] noisy = new double[n];
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            x[i] = 2.0 * i / (n - 1);
            y[i] = Math.sin(3 * x[i]);
            noisy[i] = y[i] + 1e-3 * random.nextGaussian();
        }
        for (Interpolator method : new Interpolator[] {new LoessInterpolator(), new LowessInterpolator()}) {
            FittedCurve fit = method.fit(x, y);
            assertTrue(fit.summary().parameters().get("window").startsWith("smallest"), fit.summary().toString());
            assertEquals(LoessInterpolator.CLEAN_DEGREE, fit.summary().number(1, "degree"));
            double[] d1 = fit.differentiate(1).values(x);
            double[] d2 = fit.differentiate(2).values(x);
            for (int i = 0; i < n; i++) {
                assertEquals(3 * Math.cos(3 * x[i]), d1[i], 2e-7, "d1 at " + x[i]);
                assertEquals(-9 * Math.sin(3 * x[i]), d2[i], 5e-5, "d2 at " + x[i]);
            }
            assertEquals("estimated risk", method.fit(x, noisy).summary().parameters().get("window"));
        }
    }

    /**
     * A kink in otherwise exact data: the robustness passes' weights leave the curve's window,
     * chosen on the unweighted data, with too few weighted samples near the ends; lowess then
     * chooses that window anew with the weights instead of failing (found on the accuracy
     * benchmark's noise-free |t|).
     */
    @Test
    void lowessOnAnExactKinkChoosesItsPassWindowAgainInsteadOfFailing() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1 + 2.0 * i / (n - 1);
            y[i] = Math.abs(x[i]);
        }
        FittedCurve fit = new LowessInterpolator().fit(x, y);
        double[] d1 = fit.differentiate(1).values(x);
        assertEquals(-1, d1[n / 4], 1e-3);
        assertEquals(1, d1[3 * n / 4], 1e-3);
    }

    /**
     * Noise-free samples at x = 10 (i/60)^3, crowded near 0: the 11 nearest samples' local fit of
     * degree 8 is numerically singular at x = 0, so loess and lowess step down to the highest
     * degree whose noise-free windows are not, instead of failing on first evaluation (was: "the
     * local fit of degree 8 at x = 0.0 is singular").
     */
    @Test
    void noiseFreeClusteredSamplesFallBackToTheRiskWindowInsteadOfFailing() {
        int n = 61;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = i / (n - 1.0);
            x[i] = 10 * u * u * u;
            y[i] = Math.sin(x[i]);
        }
        for (Interpolator method : new Interpolator[] {new LoessInterpolator(), new LowessInterpolator()}) {
            FittedCurve fit = method.fit(x, y);
            double[] d1 = fit.differentiate(1).values(x);
            for (int i = n / 4; i < 3 * n / 4; i++) {
                assertEquals(Math.cos(x[i]), d1[i], 1e-2, method + " d1 at x = " + x[i]);
            }
            assertTrue(fit.summary().parameters().get("window").startsWith("smallest"), method.toString());
        }
    }
}
