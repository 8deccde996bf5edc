package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PlotDecimationTest {

    private static final int COLUMNS = 1100;

    @Test
    void aOneSampleSpikeAmongAMillionIsKept() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + random.nextDouble() * 0.5;
            y[i] = Math.sin(i * 1e-5) + 0.01 * random.nextGaussian();
        }
        int spike = 654_321;
        y[spike] = 5;
        y[spike + 3] = -5;
        PlotDecimation.Points p = PlotDecimation.minMax(x, y, COLUMNS);
        assertTrue(p.size() <= 2 * COLUMNS, "kept " + p.size());
        assertTrue(contains(p, x[spike], 5), "the upward spike is drawn");
        assertTrue(contains(p, x[spike + 3], -5), "the downward spike is drawn");
    }

    /** In every column the kept points span exactly the range of all samples, and are samples, in x order. */
    @Test
    void everyColumnKeepsItsExactExtremes() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 250_000;
        double[] x = new double[n];
        double[] y = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += random.nextDouble() < 0.001 ? 500 : random.nextDouble();
            x[i] = t;
            y[i] = random.nextGaussian();
        }
        PlotDecimation.Points p = PlotDecimation.minMax(x, y, COLUMNS);
        Map<Integer, double[]> all = ranges(x, y);
        Map<Integer, double[]> kept = ranges(x, y, p);
        assertEquals(all.keySet(), kept.keySet(), "every non-empty column has points");
        for (Map.Entry<Integer, double[]> e : all.entrySet()) {
            assertArrayEquals(e.getValue(), kept.get(e.getKey()), 0.0, "column " + e.getKey());
        }
        Map<Double, Double> samples = new HashMap<>();
        for (int i = 0; i < n; i++) {
            samples.put(x[i], y[i]);
        }
        for (int k = 0; k < p.size(); k++) {
            assertEquals(samples.get(p.xs()[k]), p.ys()[k], 0.0, "point " + k + " is a sample");
            assertTrue(k == 0 || p.xs()[k] > p.xs()[k - 1], "x order at " + k);
        }
    }

    @Test
    void fewSamplesAreAllKeptAndBadArgumentsAreRejected() {
        double[] x = {0, 1, 2};
        double[] y = {3, 1, 2};
        PlotDecimation.Points p = PlotDecimation.minMax(x, y, 2);
        assertArrayEquals(x, p.xs(), 0.0);
        assertArrayEquals(y, p.ys(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> PlotDecimation.minMax(x, new double[2], 10));
        assertThrows(IllegalArgumentException.class, () -> PlotDecimation.minMax(x, y, 0));
    }

    private static boolean contains(PlotDecimation.Points p, double x, double y) {
        for (int k = 0; k < p.size(); k++) {
            if (p.xs()[k] == x && p.ys()[k] == y) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, double[]> ranges(double[] x, double[] y) {
        return ranges(x, y, new PlotDecimation.Points(x, y));
    }

    /** Per column of the full data's x range: {least y, greatest y} of the points given. */
    private static Map<Integer, double[]> ranges(double[] x, double[] y, PlotDecimation.Points p) {
        double x0 = x[0];
        double span = x[x.length - 1] - x0;
        Map<Integer, double[]> out = new HashMap<>();
        for (int k = 0; k < p.size(); k++) {
            int c = Math.min(COLUMNS - 1, (int) ((p.xs()[k] - x0) * (COLUMNS / span)));
            double[] r = out.computeIfAbsent(c, key -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            r[0] = Math.min(r[0], p.ys()[k]);
            r[1] = Math.max(r[1], p.ys()[k]);
        }
        return out;
    }
}
