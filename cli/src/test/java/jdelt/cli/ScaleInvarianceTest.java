package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 13: every registered method gives the same derivatives, scaled, for y scaled
 * from 1e-200 to 1e100, rejects y beyond 1e150 ({@code Samples.MAX_MAGNITUDE}) and x scales it
 * cannot resolve with a message instead of returning NaN or garbage.
 */
class ScaleInvarianceTest {

    private static final double[] X = new double[200];
    private static final double[] Y = new double[200];

    static {
        Random r = new Random(13);
        for (int i = 0; i < X.length; i++) {
            X[i] = 0.05 * i;
            Y[i] = Math.sin(X[i]) + 0.01 * r.nextGaussian();
        }
    }

    private static double[] d1(MethodDescriptor m, double[] x, double[] y) {
        FittedCurve fit = m.create(Map.of()).fit(x, y);
        return fit.differentiate(1).values(x);
    }

    @Test
    void derivativesScaleWithYOverTheWholeRange() {
        for (MethodDescriptor m : MethodRegistry.all()) {
            if (m.name().startsWith("test") || m.name().equals("neural")) {
                continue;
            }
            double[] base = d1(m, X, Y);
            for (double scale : new double[] {1e-200, 1e-100, 1e100}) {
                double[] y = new double[Y.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = Y[i] * scale;
                }
                double[] d = d1(m, X, y);
                for (int i = 0; i < d.length; i++) {
                    assertEquals(base[i], d[i] / scale, 1e-9, m.name() + " at y scale " + scale + ", x = " + X[i]);
                }
            }
            double[] huge = Y.clone();
            huge[7] = 1e200;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d1(m, X, huge));
            assertTrue(e.getMessage().contains("rescale the data"), e.getMessage());
        }
    }

    @Test
    void derivativesScaleWithXWithinTheResolvableRange() {
        for (MethodDescriptor m : MethodRegistry.all()) {
            if (m.name().startsWith("test") || m.name().equals("neural")) {
                continue;
            }
            double[] base = d1(m, X, Y);
            for (double scale : new double[] {1e-20, 1e20}) {
                double[] x = new double[X.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = X[i] * scale;
                }
                double[] d = d1(m, x, Y);
                for (int i = 0; i < d.length; i++) {
                    assertEquals(base[i], d[i] * scale, 1e-6, m.name() + " at x scale " + scale + ", x = " + x[i]);
                }
            }
        }
    }

    @Test
    void unresolvableXScalesAreRejectedWithAMessage() {
        for (MethodDescriptor m : MethodRegistry.all()) {
            if (m.name().startsWith("test")) {
                continue;
            }
            for (double scale : new double[] {1e-300, 1e-40, 1e40, 1e140}) {
                double[] x = new double[X.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = X[i] * scale;
                }
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> m.create(Map.of()).fit(x, Y), m.name() + " at x scale " + scale);
                assertTrue(e.getMessage().contains("rescale x"), m.name() + ": " + e.getMessage());
            }
        }
    }
}
