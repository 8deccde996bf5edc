package jdelt.interpolation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.embedding.GllaInterpolator;
import jdelt.interpolation.embedding.GoldInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The noise-free fallback of the sliding-window methods: on exact samples of a smooth signal the
 * automatic window is the local degree-8 interpolant of the 9 nearest samples, reported in the
 * summary, with derivative errors near rounding; on noisy samples the usual choice stays.
 */
class SlidingWindowNoiseFreeTest {

    static Stream<Interpolator> methods() {
        return Stream.of(new SavitzkyGolayInterpolator(), new GllaInterpolator(), new GoldInterpolator());
    }

    private static double[] grid(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3.0 * i / (n - 1);
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noiseFreeDataGetTheSmallestWindowAtDegreeEight(Interpolator method) {
        double[] x = grid(200);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(3 * x[i]) + 0.5 * x[i];
        }
        FittedCurve fit = method.fit(x, y);
        FitSummary summary = fit.summary();
        assertEquals(8, summary.number(1, "degree"), summary.toString());
        assertTrue(summary.toString().contains("the data look noise-free"), summary.toString());
        double d1 = 0;
        double d2 = 0;
        for (int i = 0; i < 400; i++) {
            double z = 0.15 + 2.7 * i / 399.0;
            d1 = Math.max(d1, Math.abs(fit.differentiate(1).value(z) - (3 * Math.cos(3 * z) + 0.5)));
            d2 = Math.max(d2, Math.abs(fit.differentiate(2).value(z) + 9 * Math.sin(3 * z)));
        }
        // the windows chosen for noisy data gave d1 errors of 7e-8 to 1e-6 and d2 errors of 1e-4 here
        assertTrue(d1 < 1e-9, "d1 error " + d1);
        assertTrue(d2 < 1e-6, "d2 error " + d2);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noisyDataKeepTheChosenWindow(Interpolator method) {
        double[] x = grid(200);
        double[] y = new double[x.length];
        Random random = new Random(3);
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(3 * x[i]) + 1e-3 * random.nextGaussian();
        }
        FitSummary summary = method.fit(x, y).summary();
        assertTrue(!summary.toString().contains("noise-free"), summary.toString());
        assertTrue(summary.number(1, "degree") != 8, summary.toString());
    }
}
