package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.embedding.GllaInterpolator;
import jdelt.interpolation.embedding.GoldInterpolator;
import jdelt.interpolation.embedding.LlaInterpolator;
import jdelt.interpolation.local.LoessInterpolator;
import jdelt.interpolation.local.SavitzkyGolayInterpolator;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard errors of the local linear smoothers: with their windows fixed, each is the noise
 * estimate times the root of the sum of the squared weights with which the estimate takes the
 * samples, and the weight of sample i is the estimate for data that are 1 at i and 0 elsewhere.
 * (LOESS is evaluated directly here: its default surface interpolates the estimate between
 * vertices, to about 1e-4 of the standard error.)
 */
class StandardErrorTest {

    static List<Interpolator> fixedSmoothers() {
        return List.of(new SavitzkyGolayInterpolator(3, 11), new LoessInterpolator().withSpan(0.3).withSurface(LoessInterpolator.Surface.DIRECT),
                new LoessInterpolator().withDegree(2).withBandwidth(0.7)
                        .withSurface(LoessInterpolator.Surface.DIRECT),
                new GllaInterpolator(3, 9, 1), new GllaInterpolator(2, 5, 2), new GoldInterpolator(3, 9, 1),
                new LlaInterpolator(2));
    }

    @ParameterizedTest
    @MethodSource("fixedSmoothers")
    void standardErrorIsNoiseTimesTheNormOfTheWeights(Interpolator method) {
        Random random = new Random(7);
        double[] x = TestSignals.grid(40, 0, 4, true, random);
        double[] y = TestSignals.sample(x, Math::sin, 0.05, random);
        FittedCurve fit = method.fit(x, y);
        double sigma = NoiseEstimate.standardDeviation(x, y);
        double[] z = {x[0], 0.5 * (x[3] + x[4]), x[20], x[20] + 0.01, x[39], 4.2};
        for (int order = 0; order <= Math.min(2, fit.maxOrder()); order++) {
            double[] se = fit.summary().standardError(order).orElseThrow().values(z);
            double[] norms = TestSignals.weightNorms(method, x, order, z);
            for (int k = 0; k < z.length; k++) {
                double expected = sigma * norms[k];
                assertTrue(expected > 0, method + " order " + order);
                assertEquals(expected, se[k], 1e-6 * expected, method + " order " + order + " at " + z[k]);
                assertEquals(se[k], fit.summary().standardError(order).orElseThrow().value(z[k]), 1e-9 * se[k]);
            }
        }
    }
}
