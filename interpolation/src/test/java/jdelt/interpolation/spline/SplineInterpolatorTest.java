package jdelt.interpolation.spline;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Curve;
import jdelt.interpolation.TestSignals;
import jdelt.interpolation.numerics.PiecewisePolynomial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SplineInterpolatorTest {

    /** A polynomial with the given coefficients (lowest first), and its r-th derivative. */
    private static DoubleUnaryOperator poly(double[] c, int r) {
        return t -> {
            double sum = 0;
            for (int j = c.length - 1; j >= r; j--) {
                double falling = 1;
                for (int i = j - r + 1; i <= j; i++) {
                    falling *= i;
                }
                sum = sum * t + c[j] * falling;
            }
            return sum;
        };
    }

    @ParameterizedTest
    @CsvSource({"3, false", "3, true", "5, false", "5, true"})
    void interpolatingSplineReproducesPolynomialsOfItsDegree(int degree, boolean jitter) {
        Random random = new Random(11);
        double[] x = TestSignals.grid(40, -1, 2, jitter, random);
        double[] c = {0.5, -1, 0.75, 1.25, -0.5, 0.3};
        double[] coefficients = java.util.Arrays.copyOf(c, degree + 1);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = poly(coefficients, 0).applyAsDouble(x[i]);
        }
        FittedCurve fit = new SplineInterpolator().withDegree(degree).withLambda(0).fit(x, y);
        assertEquals(0, fit.summary().number(0, "lambda"));
        double[] at = TestSignals.grid(301, -1, 2, true, random);
        for (int r = 0; r <= degree; r++) {
            double scale = Math.max(1, Math.abs(poly(coefficients, r).applyAsDouble(2)));
            double err = TestSignals.maxError(fit.differentiate(r), poly(coefficients, r), at);
            // each order of differentiation costs about a factor of four in rounding error here
            assertTrue(err < 1e-9 * Math.pow(4, r) * scale, "order " + r + " error " + err);
        }
        // outside the range the spline continues its end pieces, which are the polynomial itself
        double[] outside = {-1.5, -1.01, 2.01, 2.5};
        for (int r = 0; r <= 2; r++) {
            double err = TestSignals.maxError(fit.differentiate(r), poly(coefficients, r), outside);
            assertTrue(err < 1e-7, "extrapolated order " + r + " error " + err);
        }
    }

    @Test
    void interpolatingSplinePassesThroughTheData() {
        Random random = new Random(2);
        double[] x = TestSignals.grid(50, 0, 5, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.3, random);
        for (int degree : new int[] {3, 5}) {
            FittedCurve fit = new SplineInterpolator().withDegree(degree).withLambda(0).fit(x, y);
            double[] v = fit.values(x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i], v[i], 1e-9, "degree " + degree + " at x[" + i + "]");
            }
            assertEquals(x.length, fit.summary().degreesOfFreedom(), 1e-6);
        }
    }

    /** Noise of standard deviation 0.05 on a unit sine; the bounds are about twice the errors measured. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void automaticSmoothingGivesAccurateDerivativesOfNoisySine(boolean jitter) {
        Random random = new Random(7);
        double[] x = TestSignals.grid(1000, 0, 4 * Math.PI, jitter, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.05, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        double e1 = TestSignals.innerRmse(fit.differentiate(1), Math::cos, x);
        double e2 = TestSignals.innerRmse(fit.differentiate(2), t -> -Math.sin(t), x);
        assertTrue(e1 < 0.03, "d1 rmse " + e1);
        assertTrue(e2 < 0.1, "d2 rmse " + e2);
        assertEquals(0.05, fit.summary().residualStandardDeviation(), 0.005);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void automaticSmoothingGivesAccurateDerivativesOfNoisyGaussian(boolean jitter) {
        Random random = new Random(3);
        DoubleUnaryOperator f = t -> Math.exp(-t * t / 2);
        double[] x = TestSignals.grid(500, -5, 5, jitter, random);
        double[] y = TestSignals.sample(x, f, 0.02, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        double e1 = TestSignals.innerRmse(fit.differentiate(1), t -> -t * f.applyAsDouble(t), x);
        double e2 = TestSignals.innerRmse(fit.differentiate(2), t -> (t * t - 1) * f.applyAsDouble(t), x);
        // the derivatives have amplitudes 0.61 and 1
        assertTrue(e1 < 0.03, "d1 rmse " + e1);
        assertTrue(e2 < 0.15, "d2 rmse " + e2);
    }

    @Test
    void automaticSmoothingBeatsInterpolationByFar() {
        Random random = new Random(5);
        double[] x = TestSignals.grid(400, 0, 2 * Math.PI, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.05, random);
        double auto = TestSignals.innerRmse(new SplineInterpolator().fit(x, y).differentiate(1), Math::cos, x);
        double raw = TestSignals.innerRmse(new SplineInterpolator().withLambda(0).fit(x, y).differentiate(1), Math::cos, x);
        assertTrue(auto * 50 < raw, "auto " + auto + " vs interpolation " + raw);
    }

    @Test
    void smoothingGrowsWithNoise() {
        Random random = new Random(9);
        double[] x = TestSignals.grid(300, 0, 6, true, random);
        double previous = 0;
        for (double sigma : new double[] {0.001, 0.01, 0.1}) {
            double lambda = new SplineInterpolator().fit(x, TestSignals.sample(x, Math::sin, sigma, random)).summary().number(0, "lambda");
            assertTrue(lambda > previous, "lambda " + lambda + " at sigma " + sigma);
            previous = lambda;
        }
    }

    @Test
    void weightsPullTheFitTowardsHeavySamples() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {0, 0, 0, 0, 1, 0, 0, 0};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        SplineInterpolator spline = new SplineInterpolator().withLambda(1);
        double plain = spline.fit(x, y, w).value(4);
        w[4] = 1e4;
        double heavy = spline.fit(x, y, w).value(4);
        assertTrue(plain < 0.5 && heavy > 0.9, plain + " vs " + heavy);
        // equal weights multiplied by k with lambda multiplied by k give the same fit
        double[] three = {3, 3, 3, 3, 3, 3, 3, 3};
        assertEquals(plain, new SplineInterpolator().withLambda(3).fit(x, y, three).value(4), 1e-12);
    }

    @Test
    void thinnedKnotsMatchAllKnotsAtTheSameLambda() {
        Random random = new Random(8);
        int n = 2001;
        double[] x = TestSignals.grid(n, 0, 10, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.1, random);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        double lambdaData = 0.05;
        double[] results = new double[2];
        int[] strides = {1, 10};
        Curve[] d2 = new Curve[2];
        for (int k = 0; k < 2; k++) {
            KnotSet knots = new KnotSet(x, strides[k], 5, true);
            PenalizedSplineSystem system = knots.system(x, y, w);
            double lambdaUnits = lambdaData * Math.pow(knots.unit, -5);
            PiecewisePolynomial fit = knots.piecewise(system.basis,
                    system.solve(lambdaUnits, false).coefficients(), 0, x);
            d2[k] = fit.derivative(2);
            results[k] = fit.derivative(1).value(5);
        }
        assertEquals(results[0], results[1], 2e-3 * Math.abs(results[0]) + 2e-3);
        assertTrue(TestSignals.maxError(d2[1], d2[0]::value, TestSignals.grid(200, 0.5, 9.5, false, random)) < 0.02);
    }

    @Test
    void resolvesFastStructureInLargeData() {
        // 160 oscillations over 20,000 samples: the initial thinned knots cannot represent them
        Random random = new Random(12);
        double[] x = TestSignals.grid(20000, 0, 320 * Math.PI, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.1, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertTrue(TestSignals.innerRmse(fit.differentiate(1), Math::cos, x) < 0.1, fit.toString());
    }

    @Test
    void pureNoiseGivesAFlatFit() {
        Random random = new Random(13);
        double[] x = TestSignals.grid(20000, 0, 1, true, random);
        double[] y = TestSignals.sample(x, t -> 0, 1, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertTrue(fit.summary().degreesOfFreedom() < 6, fit.toString());
        assertTrue(TestSignals.innerRmse(fit.differentiate(1), t -> 0, x) < 0.5, fit.toString());
    }

    @Test
    void survivesSamplesSpanningManyDecades() {
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(14);
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, -6 + 12.0 * i / n);
            y[i] = Math.log10(x[i]) + 0.01 * random.nextGaussian();
        }
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertTrue(Double.isFinite(fit.differentiate(2).value(5e5)));
        // in the sparse upper range the fit follows log10(x)
        assertEquals(Math.log10(3e5), fit.value(3e5), 0.05);
    }

    @Test
    void survivesNearlyCoincidentSamples() {
        // pairs of samples 1e-12 apart, as from a logger that writes two readings per tick
        Random random = new Random(5);
        int n = 500;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / 2 + (i % 2 == 1 ? 1e-12 : 0);
        }
        double[] y = TestSignals.sample(x, t -> Math.sin(0.05 * t), 0.01, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        assertEquals(0.05 * Math.cos(5), fit.differentiate(1).value(100), 0.002, fit.toString());
    }

    @Test
    void interpolatingNearlyCoincidentSamplesFailsWithAMessage() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i / 2 + (i % 2 == 1 ? 1e-13 : 0);
            y[i] = Math.sin(i);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SplineInterpolator().withLambda(0).fit(x, y));
        assertTrue(e.getMessage().startsWith("the spline system at lambda = 0.0 is numerically singular"), e.getMessage());
        // the automatic choice merges such knots and fits
        assertTrue(Double.isFinite(new SplineInterpolator().fit(x, y).differentiate(1).value(10)));
    }

    @Test
    void fitsAMillionPoints() {
        Random random = new Random(15);
        int n = 1_000_000;
        double[] x = TestSignals.grid(n, 0, 4 * Math.PI, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.05, random);
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        double[] d1 = fit.differentiate(1).values(x);
        double worst = 0;
        for (int i = n / 20; i < n - n / 20; i++) {
            worst = Math.max(worst, Math.abs(d1[i] - Math.cos(x[i])));
        }
        assertTrue(worst < 0.02, "max d1 error " + worst + " " + fit);
    }

    @Test
    void derivativeWorksWithACommonsMathRootFinder() {
        Random random = new Random(17);
        double[] x = TestSignals.grid(500, 0, 3, true, random);
        FittedCurve fit = new SplineInterpolator().fit(x, TestSignals.sample(x, Math::sin, 0.01, random));
        double peak = new BrentSolver(1e-10).solve(100, fit.differentiate(1), 1, 2);
        assertEquals(Math.PI / 2, peak, 0.02);
    }

    @Test
    void ordersAreCheckedAndOrderZeroIsTheFit() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {0, 1, 0, 1, 0, 1, 0};
        FittedCurve quintic = new SplineInterpolator().fit(x, y);
        assertEquals(5, quintic.maxOrder());
        assertSame(quintic, quintic.differentiate(0));
        assertNotSame(quintic, quintic.differentiate(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quintic.differentiate(6));
        assertEquals("derivative order 6 is not supported by spline of degree 5: it supports orders 0 to 5"
                + " (0 is the fit itself)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> quintic.differentiate(-1));
        assertEquals(3, new SplineInterpolator().withDegree(3).fit(x, y).maxOrder());
    }

    @Test
    void badSettingsAndInputGetClearMessages() {
        assertEquals("spline degree must be 3 (cubic) or 5 (quintic), got 4",
                assertThrows(IllegalArgumentException.class, () -> new SplineInterpolator().withDegree(4)).getMessage());
        assertEquals("lambda must be finite and >= 0 (or NaN for automatic), got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new SplineInterpolator().withLambda(-1)).getMessage());
        assertEquals("spline of degree 3 needs at least 4 points, got 3",
                assertThrows(IllegalArgumentException.class,
                        () -> new SplineInterpolator().fit(new double[3], new double[3])).getMessage());
    }

    /**
     * The automatic lambda does not depend on where y's zero is: before every fit centred y, the
     * review measured y + 1e9 moving a noisy sine's first and second derivatives by 2.3e-4 and
     * 8.5e-4 of their ranges; now the lambdas differ in the sixth digit only and the first
     * derivative moves by 2.4e-8 (bound 2e-6 for both orders).
     */
    @Test
    void automaticLambdaDoesNotDependOnWhereYsZeroIs() {
        double[] x = TestSignals.jittered(400, 3);
        double[] y = TestSignals.sample(x, t -> Math.sin(2 * Math.PI * t), 0.05, new Random(9));
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            shifted[i] = y[i] + 1e9;
        }
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        FittedCurve moved = new SplineInterpolator().fit(x, shifted);
        double lambda = fit.summary().number(0, "lambda");
        assertEquals(lambda, moved.summary().number(0, "lambda"), 1e-4 * lambda);
        for (int order = 1; order <= 2; order++) {
            double change = TestSignals.relativeChange(fit.differentiate(order).values(x),
                    moved.differentiate(order).values(x));
            assertTrue(change < 2e-6, "y + 1e9 moved derivative " + order + " by " + change + " of its range");
        }
    }

}
