package jdelt.interpolation.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.Curve;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SegmentedTest {

    /** Two runs of a 1 Hz log, 1000 s each, the second 5·10^6 s after the first ends. */
    static final double RESUME = 1000 + 5e6;

    static double truth(double t) {
        double s = t < RESUME ? t : t - RESUME;
        double offset = t < RESUME ? 0 : 3;
        return offset + 0.002 * s + Math.sin(2 * Math.PI * s / 500);
    }

    static double slope(double t) {
        double s = t < RESUME ? t : t - RESUME;
        return 0.002 + 2 * Math.PI / 500 * Math.cos(2 * Math.PI * s / 500);
    }

    static double[] twoRuns() {
        double[] x = new double[2002];
        for (int i = 0; i < 1001; i++) {
            x[i] = i;
            x[1001 + i] = RESUME + i;
        }
        return x;
    }

    static Iterable<String> methods() {
        return MethodRegistry.all().stream().map(MethodDescriptor::name).toList();
    }

    /** The slope's RMS error on the inner 90 % of one run, relative to the slope's RMS. */
    private static double relativeError(Curve d1, double from) {
        double err = 0;
        double size = 0;
        for (double t = from + 50; t <= from + 950; t += 0.5) {
            double e = d1.value(t) - slope(t);
            err += e * e;
            size += slope(t) * slope(t);
        }
        return Math.sqrt(err / size);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void theSlopeIsRightInsideEachRunForEveryMethod(String name) {
        double[] x = twoRuns();
        double[] y = new double[x.length];
        Random random = new Random(5);
        for (int i = 0; i < x.length; i++) {
            y[i] = truth(x[i]) + 0.01 * random.nextGaussian();
        }
        SegmentedFit fit = Segmented.of(MethodRegistry.byName(name).create(Map.of()), GapRule.auto()).fit(x, y);
        assertEquals(2, fit.segments().size());
        Curve d1 = fit.differentiate(1);
        double first = relativeError(d1, 0);
        double second = relativeError(d1, RESUME);
        assertTrue(first < 0.1 && second < 0.1, name + ": slope error " + first + " and " + second);
        assertTrue(Double.isNaN(d1.value(2e6)) && Double.isNaN(fit.value(1000.5)), "NaN inside the gap");
        double[] at = {10, 500, 2e6, RESUME + 10, RESUME + 20};
        double[] together = d1.values(at);
        for (int i = 0; i < at.length; i++) {
            assertEquals(d1.value(at[i]), together[i], 0, "values agrees with value at " + at[i]);
        }
    }

    @Test
    void theAutomaticRuleIsScaleFreeAndIgnoresJitter() {
        double[] x = twoRuns();
        assertArrayEquals(new int[] {1001}, GapRule.auto().breaks(x));
        double[] scaled = x.clone();
        for (int i = 0; i < x.length; i++) {
            scaled[i] = 1e-6 * x[i];
        }
        assertArrayEquals(new int[] {1001}, GapRule.auto().breaks(scaled));
        Random random = new Random(2);
        double[] jittered = new double[2000];
        for (int i = 1; i < jittered.length; i++) {
            jittered[i] = jittered[i - 1] + 0.2 + 1.6 * random.nextDouble();
        }
        assertEquals(0, GapRule.auto().breaks(jittered).length);
        assertArrayEquals(new int[] {1001}, GapRule.longerThan(100).breaks(x));
        assertEquals(0, GapRule.none().breaks(x).length);
        assertThrows(IllegalArgumentException.class, () -> GapRule.longerThan(0));
    }

    /** An angle across the ±180° seam, in two runs: unwrapped within each segment, split at the gap, wrapped back. */
    @Test
    void wrappedInSegmentsUnwrapsEachRunAndSplitsAtTheGap() {
        double[] x = twoRuns();
        double[] angle = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double unwrapped = 170 + 0.05 * x[i];
            angle[i] = unwrapped - 360 * Math.floor((unwrapped + 180) / 360);
        }
        SplineInterpolator spline = new SplineInterpolator();
        assertTrue(Segmented.wrappedInSegments(spline, Double.NaN, GapRule.none()) == spline);
        SegmentedFit fit = (SegmentedFit) Segmented.wrappedInSegments(spline, 360, GapRule.auto()).fit(x, angle);
        assertEquals(2, fit.segments().size());
        Curve slope = fit.differentiate(1);
        for (double z : new double[] {x[10], x[500], x[1500], x[x.length - 10]}) {
            assertEquals(0.05, slope.value(z), 1e-6, "at " + z);
        }
        assertTrue(Double.isNaN(fit.value((x[1000] + x[1001]) / 2)));
    }

    /** Each segment's standard error serves on its own span; in the gap there is none (NaN). */
    @Test
    void standardErrorsAreEachSegmentsOwn() {
        double[] x = twoRuns();
        Random random = new Random(4);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = truth(x[i]) + 0.01 * random.nextGaussian();
        }
        SegmentedFit fit = Segmented.of(new SplineInterpolator(), GapRule.auto()).fit(x, y);
        Curve se = fit.summary().standardError(1).orElseThrow();
        for (int k = 0; k < 2; k++) {
            SegmentedFit.Segment s = fit.segments().get(k);
            double mid = 0.5 * (s.start() + s.end());
            assertEquals(s.fit().summary().standardError(1).orElseThrow().value(mid), se.value(mid), 0);
            assertTrue(se.value(mid) > 0, "segment " + k);
        }
        assertTrue(Double.isNaN(se.value(0.5 * (1000 + RESUME))), "in the gap");
    }

    @Test
    void aSegmentTooShortIsReportedNotFatal() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1000, 1001};
        DoubleUnaryOperator line = t -> 2 * t + 1;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = line.applyAsDouble(x[i]);
        }
        SegmentedFit fit = Segmented.of(new SplineInterpolator().withLambda(0), GapRule.auto()).fit(x, y);
        assertEquals(2, fit.segments().size());
        assertEquals(2, fit.differentiate(1).value(4.5), 1e-9);
        assertTrue(Double.isNaN(fit.value(1000.5)));
        double[] v = fit.differentiate(1).values(new double[] {1, 8, 500, 1000, 1001});
        assertEquals(2, v[0], 1e-9);
        assertEquals(2, v[1], 1e-9);
        assertTrue(Double.isNaN(v[2]) && Double.isNaN(v[3]) && Double.isNaN(v[4]), java.util.Arrays.toString(v));
        assertTrue(fit.summary().warnings().get(0).startsWith("segment 2 (x 1000 to 1001, 2 samples) not fitted"),
                fit.summary().warnings().toString());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Segmented
                .of(new SplineInterpolator(), GapRule.longerThan(0.5)).fit(new double[] {0, 1, 2}, new double[] {1, 2, 3}));
        assertTrue(none.getMessage().startsWith("no segment could be fitted: segment 1 (x 0 to 0, 1 sample): "), none.getMessage());
    }
}
