package jdelt.interpolation.spline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.FittedCurve;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.junit.jupiter.api.Test;

/** Issue 11, item 5: a huge lambda, factor or weight gives the spline's polynomial limit, not a crash. */
class SplineLimitTest {

    /** A quadratic plus noise: the quintic's limit (m = 3) is the least-squares quadratic. */
    private static double[][] data() {
        Random r = new Random(5);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 0.05 * i;
            y[i] = 2 - 0.5 * x[i] + 0.25 * x[i] * x[i] + 0.01 * r.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void hugeLambdaGivesTheLeastSquaresPolynomial() {
        double[][] d = data();
        WeightedObservedPoints points = new WeightedObservedPoints();
        for (int i = 0; i < d[0].length; i++) {
            points.add(d[0][i] - 10, d[1][i]);
        }
        double[] c = PolynomialCurveFitter.create(2).fit(points.toList());
        for (double lambda : new double[] {1e16, 1e18, 1e30, 1e300}) {
            FittedCurve fit = new SplineInterpolator().withLambda(lambda).fit(d[0], d[1]);
            for (double t : new double[] {10, 15, 19.9}) {
                assertEquals(c[1] + 2 * c[2] * (t - 10), fit.differentiate(1).value(t), 1e-9, fit + " at " + t);
                assertEquals(2 * c[2], fit.differentiate(2).value(t), 1e-9, fit.toString());
                assertEquals(0, fit.differentiate(3).value(t), 1e-12, fit.toString());
            }
            assertEquals(3, fit.summary().degreesOfFreedom(), 1e-12);
        }
    }

    @Test
    void theLimitIsContinuousWithLargeButSolvableLambda() {
        double[][] d = data();
        FittedCurve limit = new SplineInterpolator().withLambda(1e30).fit(d[0], d[1]);
        FittedCurve large = new SplineInterpolator().withLambda(1e10).fit(d[0], d[1]);
        for (double t : new double[] {10, 15, 19.9}) {
            assertEquals(limit.differentiate(1).value(t), large.differentiate(1).value(t), 1e-6);
        }
        assertTrue(limit.summary().warnings().get(0).contains("polynomial of degree 2"), limit.summary().toString());
    }

    /**
     * The note says who chose the lambda: a given one is the user's to lower; one chosen from the data
     * (seven noisy samples of a parabola) means the samples show no more shape than the polynomial.
     */
    @Test
    void theLimitsNoteSaysWhoChoseTheLambda() {
        double[][] d = data();
        String given = new SplineInterpolator().withLambda(1e30).fit(d[0], d[1]).summary().warnings().get(0);
        assertTrue(given.startsWith("lambda is so large") && given.contains("the automatic choice"), given);
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {1.5, 1.7, 1.9, 2.5, 2.6, 2.9, 3.1};
        FittedCurve automatic = new SplineInterpolator().fit(x, y);
        String chosen = automatic.summary().warnings().stream().filter(w -> w.contains("is its limit")).findFirst()
                .orElseThrow(() -> new AssertionError(automatic.summary().toString()));
        assertTrue(chosen.startsWith("the lambda chosen from the data") && !chosen.contains("the automatic choice"),
                chosen);
    }

    @Test
    void hugeFactorAndHugeWeightFit() {
        double[][] d = data();
        FittedCurve factor = new SplineInterpolator().withFactor(1e20).fit(d[0], d[1]);
        assertEquals(-0.5 + 0.5 * 15, factor.differentiate(1).value(15), 2e-3, factor.toString());
        double[] w = new double[d[0].length];
        Arrays.fill(w, 1);
        w[100] = 1e300;
        FittedCurve weighted = new SplineInterpolator().fit(d[0], d[1], w);
        assertEquals(d[1][100], weighted.value(d[0][100]), 1e-6, weighted.toString());
        assertTrue(Double.isFinite(weighted.differentiate(2).value(15)), weighted.toString());
    }

    /**
     * The polynomial limit's standard errors are those of the least-squares quadratic, computed here
     * from the dense normal equations, and the banded spline's just below the limit agree with them.
     */
    @Test
    void polynomialLimitHasTheRegressionStandardErrors() {
        double[][] d = data();
        int n = d[0].length;
        double[][] design = new double[n][3];
        for (int i = 0; i < n; i++) {
            double t = d[0][i] - 10;
            design[i] = new double[] {1, t, t * t};
        }
        org.apache.commons.math3.linear.RealMatrix a = org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(design);
        org.apache.commons.math3.linear.RealMatrix inverse = new org.apache.commons.math3.linear.LUDecomposition(
                a.transpose().multiply(a)).getSolver().getInverse();
        FittedCurve limit = new SplineInterpolator().withLambda(1e30).fit(d[0], d[1]);
        FittedCurve large = new SplineInterpolator().withLambda(1e10).fit(d[0], d[1]);
        double sigma = limit.summary().residualStandardDeviation();
        for (double z : new double[] {10, 13, 19.9}) {
            double t = z - 10;
            double[][] g = {{1, t, t * t}, {0, 1, 2 * t}, {0, 0, 2}};
            for (int k = 0; k <= 2; k++) {
                double variance = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        variance += g[k][i] * inverse.getEntry(i, j) * g[k][j];
                    }
                }
                double expected = sigma * Math.sqrt(variance);
                double se = limit.summary().standardError(k).orElseThrow().value(z);
                assertEquals(expected, se, 1e-9 * expected, "order " + k + " at " + z);
                assertEquals(se, large.summary().standardError(k).orElseThrow().value(z), 0.02 * se,
                        "banded spline near the limit, order " + k + " at " + z);
            }
            assertEquals(0, limit.summary().standardError(3).orElseThrow().value(z));
        }
    }
}
