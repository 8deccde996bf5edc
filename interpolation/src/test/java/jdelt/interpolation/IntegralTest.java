package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdelt.interpolation.local.LoessInterpolator;
import jdelt.interpolation.numerics.Quadrature;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IntegralTest {

    @Test
    void theSplinesIntegralIsExactOnPolynomials() {
        double[] x = TestSignals.jittered(40, 3);
        double[] y = new double[x.length];
        double[] c = {0.5, -1, 3, 2, -4, 1.5};
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 3 * x[i];
            y[i] = TestSignals.poly(c, x[i], 0);
        }
        FittedCurve fit = new SplineInterpolator().withLambda(0).fit(x, y);
        double[] antiderivative = new double[c.length + 1];
        for (int k = 0; k < c.length; k++) {
            antiderivative[k + 1] = c[k] / (k + 1);
        }
        Curve f = fit.integral();
        double f0 = TestSignals.poly(antiderivative, x[0], 0);
        for (double t : new double[] {10, 10.7, 11.9, 13}) {
            double exact = TestSignals.poly(antiderivative, t, 0) - f0;
            assertEquals(exact, f.value(t), 1e-9 * Math.max(1, Math.abs(exact)), "at " + t);
        }
        assertEquals(f.value(12.5) - f.value(10.5), fit.integrate(10.5, 12.5), 1e-9);
        double[] together = f.values(new double[] {10.2, 11, 12.4});
        assertEquals(f.value(11), together[1], 1e-9);
        assertEquals(0, f.value(x[0]), 0);
    }

    @Test
    void quadratureAgreesWithTheExactIntegral() {
        double[] x = TestSignals.grid(300, 0, 6, true, new Random(4));
        double[] y = TestSignals.sample(x, Math::sin, 0.05, new Random(5));
        FittedCurve spline = new SplineInterpolator().fit(x, y);
        Curve exact = spline.integral();
        Curve numeric = Quadrature.antiderivative(spline, x[0]);
        for (double t : new double[] {0.3, 2.2, 5.9}) {
            assertEquals(exact.value(t), numeric.value(t), 1e-10);
        }
        FittedCurve loess = new LoessInterpolator().fit(x, y);
        assertEquals(1 - Math.cos(5), loess.integrate(0, 5), 0.05);
    }

    @Test
    void theReportedErrorMatchesTheActualErrorOfTheIntegral() {
        int seeds = 40;
        double sumSquares = 0;
        double reported = 0;
        for (int s = 0; s < seeds; s++) {
            double[] x = TestSignals.grid(500, 0, 10, true, new Random(100 + s));
            double[] y = TestSignals.sample(x, Math::cos, 0.2, new Random(200 + s));
            FittedCurve fit = new SplineInterpolator().fit(x, y);
            double[] se = IntegralError.cumulative(x, fit.summary().residualStandardDeviation());
            double error = fit.integral().value(x[x.length - 1]) - Math.sin(x[x.length - 1]);
            sumSquares += error * error;
            reported += se[x.length - 1];
        }
        double actual = Math.sqrt(sumSquares / seeds);
        double ratio = actual / (reported / seeds);
        assertTrue(ratio > 0.6 && ratio < 1.5, "actual RMS error " + actual + " against reported " + reported / seeds);
    }
}
