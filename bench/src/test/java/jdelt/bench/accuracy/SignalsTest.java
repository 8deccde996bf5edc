package jdelt.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The benchmark's ground truth: each signal's derivatives against finite differences of the signal itself. */
class SignalsTest {

    @Test
    void derivativesMatchFiniteDifferencesOfTheSignal() {
        java.util.List<TestSignal> signals = new java.util.ArrayList<>(Grid.signals());
        signals.add(AnalyticSignal.longRecord());
        for (TestSignal s : signals) {
            double length = s.end() - s.start();
            double h = (s.name().equals("long-record") ? 1e-6 : 1e-4) * length;
            double[] grid = new double[401];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = s.start() + length * i / 400;
            }
            double[][] all = s.evaluate(grid);
            double scale1 = 1 + maxAbs(all[1]);
            double scale2 = 1 + maxAbs(all[2]);
            for (int k = 1; k < 40; k++) {
                double t0 = s.start() + length * (k + 0.37) / 41;
                if (s.name().equals("abs-kink") && Math.abs(t0) < 3 * h) {
                    continue;
                }
                double[][] v = s.evaluate(new double[] {t0 - h, t0, t0 + h});
                // central differences: d1 from values, d2 from values and (with a smaller step) from d1
                double fd1 = (v[0][2] - v[0][0]) / (2 * h);
                double fd2 = (v[0][2] - 2 * v[0][1] + v[0][0]) / (h * h);
                double small = h / 10;
                double[][] close = s.evaluate(new double[] {t0 - small, t0 + small});
                double fd2FromD1 = (close[1][1] - close[1][0]) / (2 * small);
                assertEquals(fd1, v[1][1], 1e-5 * scale1, s.name() + " d1 at t = " + t0);
                assertEquals(fd2FromD1, v[2][1], 1e-5 * scale2, s.name() + " d2 (from d1) at t = " + t0);
                assertEquals(fd2, v[2][1], 1e-3 * scale2, s.name() + " d2 (from values) at t = " + t0);
            }
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Test
    void odeTrajectoryIsAccurateAgainstTheClosedFormLogistic() {
        TestSignal logistic = OdeSignal.catalogue().get(0);
        double[] t = {0, 2.5, 5, 7.5, 10};
        double[][] v = logistic.evaluate(t);
        for (int i = 0; i < t.length; i++) {
            double exact = 1 / (1 + (1 / 0.02 - 1) * Math.exp(-1.5 * t[i]));
            assertEquals(exact, v[0][i], 1e-9, "logistic at t = " + t[i]);
        }
    }

    @Test
    void samplingsGiveStrictlyIncreasingTimesCoveringTheInterval() {
        for (Sampling sampling : Sampling.values()) {
            double[] t = sampling.times(500, -1, 3, new SplittableRandom(7));
            assertEquals(500, t.length);
            assertEquals(-1, t[0], 1e-12, sampling.label());
            assertEquals(3, t[t.length - 1], 1e-12, sampling.label());
            double widest = 0;
            for (int i = 1; i < t.length; i++) {
                assertTrue(t[i] > t[i - 1], sampling.label() + " at " + i);
                widest = Math.max(widest, t[i] - t[i - 1]);
            }
            if (sampling == Sampling.GAPPY) {
                assertTrue(widest > 4.0 / 15, "gappy sampling has gaps of 1/15 of the range, widest " + widest);
            } else if (sampling == Sampling.LOG) {
                // spacing grows a thousandfold: the last step is about ln(1000) / 499 of 1000 / 999 of the range
                double last = t[499] - t[498];
                assertEquals(4 * Math.log(1000) / 499 * 1000 / 999, last, 0.01 * last);
                assertTrue(t[1] - t[0] < last / 900, "log sampling: first step " + (t[1] - t[0]));
            } else if (sampling == Sampling.CLUSTERED) {
                assertEquals(0.01 * 4 / 50, t[1] - t[0], 1e-12, "clustered: step within a group");
                assertTrue(widest > 50 * (t[1] - t[0]), "clustered: the groups are far apart");
            } else {
                assertTrue(widest < 2 * 4.0 / 499, sampling.label() + " widest step " + widest);
            }
        }
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        double[] clean = new double[20000];
        for (int i = 0; i < clean.length; i++) {
            clean[i] = Math.sin(i * 0.01);
        }
        double sd = NoiseModel.standardDeviation(clean);
        for (NoiseModel noise : new NoiseModel[] {NoiseModel.GAUSSIAN, NoiseModel.LAPLACE}) {
            double[] y = noise.apply(clean, 0.1, new SplittableRandom(3));
            double[] e = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                e[i] = y[i] - clean[i];
            }
            assertEquals(0.1 * sd, NoiseModel.standardDeviation(e), 0.003 * sd, noise.label());
        }
        double[] h = NoiseModel.HETEROSCEDASTIC.apply(clean, 0.1, new SplittableRandom(3));
        double[] first = new double[2000];
        double[] last = new double[2000];
        double[] e = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            e[i] = h[i] - clean[i];
        }
        System.arraycopy(e, 0, first, 0, 2000);
        System.arraycopy(e, e.length - 2000, last, 0, 2000);
        assertEquals(0.1 * sd, NoiseModel.standardDeviation(e), 0.005 * sd, "heteroscedastic overall");
        double rising = NoiseModel.standardDeviation(last) / NoiseModel.standardDeviation(first);
        // the deviation over the last and first tenth differs by 25^0.9
        assertEquals(Math.pow(NoiseModel.HETEROSCEDASTIC_RANGE, 0.9), rising, 0.08 * rising, "heteroscedastic rise");
        double[] y = NoiseModel.OUTLIERS.apply(clean, 0, new SplittableRandom(3));
        int outliers = 0;
        for (int i = 0; i < y.length; i++) {
            if (Math.abs(y[i] - clean[i]) > 0) {
                outliers++;
                assertEquals(NoiseModel.OUTLIER_SIZE * sd, Math.abs(y[i] - clean[i]), 1e-9);
            }
        }
        assertEquals(200, outliers);
    }

    @Test
    void sameCellAndSeedGiveTheSameData() {
        Cell cell = new Cell(Grid.signals().get(0), Sampling.JITTERED, NoiseModel.LAPLACE, 0.05, 300);
        assertEquals(cell.dataset(1).y()[17], cell.dataset(1).y()[17]);
        assertTrue(cell.dataset(1).y()[17] != cell.dataset(2).y()[17]);
    }
}
