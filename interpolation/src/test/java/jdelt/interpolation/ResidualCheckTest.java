package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 11, item 8: a fit far from its data says so in its summary. */
class ResidualCheckTest {

    /**
     * Two recording runs of 1,000 s at 1 Hz, a gap of 5e6 s between them, with noise of 0.1 % (noise-free
     * samples the spline interpolates, which fits them).
     */
    private static double[][] twoRuns() {
        Random r = new Random(1);
        double[] x = new double[2000];
        double[] y = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 1000 ? i : 5e6 + i;
            y[i] = Math.sin(x[i] / 50) + 0.001 * r.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void fitsThatMissTheDataAcrossALongGapWarn() {
        double[][] d = twoRuns();
        for (String method : new String[] {"loess", "spline"}) {
            FitSummary s = MethodRegistry.byName(method).create(Map.of()).fit(d[0], d[1]).summary();
            assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("the fit misses the data")), s.toString());
        }
    }

    @Test
    void goodFitsDoNotWarn() {
        Random r = new Random(3);
        double[] x = new double[400];
        double[] y = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1 * i;
            y[i] = 1e9 + Math.sin(x[i]) + 0.01 * r.nextGaussian();
        }
        for (String method : new String[] {"loess", "spline", "savgol", "gold"}) {
            FitSummary s = MethodRegistry.byName(method).create(Map.of()).fit(x, y).summary();
            assertTrue(s.warnings().isEmpty(), s.toString());
        }
    }
}
