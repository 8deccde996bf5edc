package jdelt.interpolation.angle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WrappedTest {

    /** A heading turning through five whole turns at a varying rate, 10 Hz for 100 s. */
    private static double heading(double t) {
        return 18 * t + 200 * Math.sin(t / 10);
    }

    private static double rate(double t) {
        return 18 + 20 * Math.cos(t / 10);
    }

    private static double wrap360(double a) {
        return ((a % 360) + 360) % 360;
    }

    @Test
    void differentiatesANoisyHeadingThroughSeveralTurns() {
        int n = 1001;
        double[] t = new double[n];
        double[] y = new double[n];
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            t[i] = 0.1 * i;
            y[i] = wrap360(heading(t[i]) + 2 * random.nextGaussian());
        }
        FittedCurve fit = Wrapped.of(new SplineInterpolator(), 360).fit(t, y);
        Curve slope = fit.differentiate(1);
        double worst = 0;
        for (int i = 50; i < n - 50; i++) {
            worst = Math.max(worst, Math.abs(slope.value(t[i]) - rate(t[i])));
            double v = fit.value(t[i]);
            assertTrue(v >= 0 && v < 360, "wrapped into [0, 360): " + v);
            double off = Math.abs(v - wrap360(heading(t[i])));
            assertTrue(Math.min(off, 360 - off) < 2, "fit at " + t[i] + ": " + v);
        }
        assertTrue(worst < 3, "slope error up to " + worst + " deg/s on a rate of 0-38 deg/s");
        double turns = (Wrapped.unwrap(y, 360)[n - 1] - y[0]) / 360;
        assertEquals((heading(t[n - 1]) - heading(0)) / 360, turns, 0.02);
    }

    @Test
    void aNoisySampleHalfAPeriodOffDoesNotMakeAFalseTurn() {
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = wrap360(5 - 2 * i);
        }
        y[20] = wrap360(5 - 2 * 20 + 179);
        double[] u = Wrapped.unwrap(y, 360);
        for (int i = 21; i < y.length; i++) {
            assertEquals(5 - 2 * i, u[i], 1e-12, "sample " + i);
        }
    }

    @Test
    void radiansAndCentredRanges() {
        int n = 400;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.05 * i;
            double phase = 1.5 * t[i];
            y[i] = Math.atan2(Math.sin(phase), Math.cos(phase));
        }
        FittedCurve fit = Wrapped.of(new SplineInterpolator().withLambda(0), 2 * Math.PI).fit(t, y);
        assertEquals(1.5, fit.differentiate(1).value(7.33), 1e-6);
        double v = fit.value(7.33);
        assertTrue(v >= -Math.PI && v < Math.PI);
        assertEquals(Math.atan2(Math.sin(1.5 * 7.33), Math.cos(1.5 * 7.33)), v, 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Wrapped.of(new SplineInterpolator(), 0));
        assertThrows(IllegalArgumentException.class, () -> Wrapped.of(new SplineInterpolator(), -360));
    }
}
