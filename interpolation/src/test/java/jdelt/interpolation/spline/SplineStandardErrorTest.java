package jdelt.interpolation.spline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.TestSignals;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SplineStandardErrorTest {

    /**
     * The posterior variance {@code sigma^2 b' A^-1 b} exceeds the frequentist variance of the
     * linear smoother, {@code sigma^2 b' A^-1 B'B A^-1 b} (the sum of the squared weights of the
     * samples, each weight the fit of a unit vector), by {@code lambda sigma^2 b' A^-1 Omega A^-1 b};
     * as lambda goes to 0 the two agree.
     */
    @Test
    void posteriorVarianceBoundsTheSmoothersVarianceAndMeetsItAsLambdaVanishes() {
        Random random = new Random(11);
        double[] x = TestSignals.grid(50, 0, 3, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.1, random);
        double[] z = {x[0], x[10] + 0.01, x[25], 2.999, x[49]};
        for (double lambda : new double[] {1e-12, 1e-3}) {
            SplineInterpolator method = new SplineInterpolator().withLambda(lambda);
            FittedCurve fit = method.fit(x, y);
            double sigma = fit.summary().residualStandardDeviation();
            for (int order = 0; order <= 3; order++) {
                double[] norms = TestSignals.weightNorms(method, x, order, z);
                Curve se = fit.summary().standardError(order).orElseThrow();
                for (int k = 0; k < z.length; k++) {
                    double frequentist = sigma * norms[k];
                    double posterior = se.value(z[k]);
                    if (lambda < 1e-9) {
                        assertEquals(frequentist, posterior, 1e-2 * frequentist, "order " + order + " at " + z[k]);
                    } else {
                        assertTrue(posterior >= frequentist * (1 - 1e-9), "order " + order + " at " + z[k]);
                    }
                    assertEquals(posterior, se.values(new double[] {z[k]})[0], 1e-12 * posterior);
                }
            }
        }
    }

    /**
     * Nychka (1988): averaged over the samples, the 95 % band of a smoothing spline covers the
     * true curve about 95 % of the time; here over 20 data sets of a smooth signal, for the
     * curve and its first two derivatives, at the samples away from the ends.
     */
    @Test
    void bandsCoverTheTruthAtAboutTheNominalRate() {
        int n = 200;
        for (int order = 0; order <= 2; order++) {
            int covered = 0;
            int total = 0;
            for (int seed = 0; seed < 20; seed++) {
                Random random = new Random(seed);
                double[] x = TestSignals.grid(n, 0, 2 * Math.PI, true, random);
                double[] y = TestSignals.sample(x, Math::sin, 0.1, random);
                FittedCurve fit = new SplineInterpolator().fit(x, y);
                double[] d = fit.differentiate(order).values(x);
                double[] se = fit.summary().standardError(order).orElseThrow().values(x);
                for (int i = n / 10; i < n - n / 10; i++) {
                    double truth = Math.sin(x[i] + order * Math.PI / 2);
                    covered += Math.abs(d[i] - truth) <= 1.96 * se[i] ? 1 : 0;
                    total++;
                }
            }
            double coverage = (double) covered / total;
            assertTrue(coverage > 0.85 && coverage < 0.995, "order " + order + ": coverage " + coverage);
        }
    }
}
