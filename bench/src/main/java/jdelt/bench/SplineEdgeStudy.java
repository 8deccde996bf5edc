package jdelt.bench;

import jdelt.bench.accuracy.Cell;
import jdelt.bench.accuracy.Grid;
import jdelt.bench.accuracy.ErrorMetrics;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the spline's edge error comes from, on the accuracy benchmark's own cells (the default and
 * hard-data grids without the long record, three seeds, as the benchmark draws them): for each
 * variant, the geometric mean over cells of the whole-range over inner-90 % RMSE of the first and
 * second derivatives (the issue-12 "whole/inner" figure) by group of cells (noise-free, 0.01-0.1 %
 * noise, short records of 20 and 40 samples, the rest), the geometric mean of the inner RMSE
 * relative to the first variant's, and the share of the edge zone's mean squared error that is
 * bias (the squared seed-mean error, less its sampling part, over the mean squared error).
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SplineEdgeStudy}
 */
public final class SplineEdgeStudy {

    private static final int SEEDS = 3;
    private static final String[] GROUPS = {"noise-free", "low noise", "short", "other", "all"};

    private SplineEdgeStudy() {
    }

    public static void main(String[] args) {
        List<Cell> cells = new ArrayList<>(Grid.defaultGrid(Grid.signals()));
        cells.addAll(Grid.hardGrid(Grid.signals(), false));
        Map<String, Interpolator> variants = new LinkedHashMap<>();
        variants.put("plain ends", new SplineInterpolator().withBoundaryRelaxation(0, 1).withNoiseFreeEnds(0));
        variants.put("relaxed penalty", new SplineInterpolator().withNoiseFreeEnds(0));
        variants.put("default", new SplineInterpolator());
        for (int ghosts : new int[] {3, 6}) {
            variants.put(ghosts + " noise-free ghosts", new SplineInterpolator().withNoiseFreeEnds(ghosts));
        }
        for (double spacings : new double[] {0.01, 0.1, 1}) {
            variants.put("smallest bandwidth " + spacings, new SplineInterpolator().withSmallestBandwidth(spacings));
        }
        for (String a : args) {
            String[] wp = a.split(":");
            variants.put("width " + wp[0] + ", power " + wp[1], new SplineInterpolator()
                    .withBoundaryRelaxation(Double.parseDouble(wp[0]), Double.parseDouble(wp[1])));
        }
        System.out.println("variant | group | cells | d1 whole/inner | d2 whole/inner | d1 inner / first | d2 inner / first"
                + " | d1 edge bias share | d2 edge bias share");
        Map<String, double[][]> firstInner = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<String, Interpolator> v : variants.entrySet()) {
            double[][] sums = new double[GROUPS.length][7];
            int index = 0;
            for (Cell c : cells) {
                double[] r = score(v.getValue(), c);
                String key = c.key();
                if (first) {
                    firstInner.put(key, new double[][] {{r[2], r[3]}});
                }
                double[] base = firstInner.get(key)[0];
                for (int g : groups(c)) {
                    double[] s = sums[g];
                    s[0]++;
                    s[1] += Math.log(r[0] / r[2]);
                    s[2] += Math.log(r[1] / r[3]);
                    s[3] += Math.log(r[2] / base[0]);
                    s[4] += Math.log(r[3] / base[1]);
                    s[5] += r[4];
                    s[6] += r[5];
                }
                index++;
            }
            for (int g = 0; g < GROUPS.length; g++) {
                double[] s = sums[g];
                System.out.printf(Locale.ROOT, "%-24s | %-10s | %3.0f | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f%n", v.getKey(),
                        GROUPS[g], s[0], Math.exp(s[1] / s[0]), Math.exp(s[2] / s[0]), Math.exp(s[3] / s[0]),
                        Math.exp(s[4] / s[0]), s[5] / s[0], s[6] / s[0]);
            }
            first = false;
        }
    }

    private static int[] groups(Cell c) {
        int g = c.level() == 0 ? 0 : c.n() <= Grid.SHORT[1] ? 2 : c.level() < 0.01 ? 1 : 3;
        return new int[] {g, GROUPS.length - 1};
    }

    /** Mean over seeds of the whole and inner RMSE of d1 and d2, and the edge bias shares of d1 and d2. */
    private static double[] score(Interpolator method, Cell c) {
        double[] out = new double[6];
        double[][] edgeSum = new double[2][];
        double[][] edgeSq = new double[2][];
        boolean[] inner = null;
        for (int seed = 0; seed < SEEDS; seed++) {
            Cell.Dataset data = c.dataset(seed);
            double[] t = data.t();
            FittedCurve fit = method.fit(t, data.y());
            double[] d1 = fit.differentiate(1).values(t);
            double[] d2 = fit.differentiate(2).values(t);
            ErrorMetrics m = ErrorMetrics.of(t, d1, d2, data.d1(), data.d2());
            out[0] += m.d1All() / SEEDS;
            out[1] += m.d2All() / SEEDS;
            out[2] += m.d1Inner() / SEEDS;
            out[3] += m.d2Inner() / SEEDS;
            inner = ErrorMetrics.innerMask(t);
            double[][] est = {d1, d2};
            double[][] truth = {data.d1(), data.d2()};
            for (int k = 0; k < 2; k++) {
                if (edgeSum[k] == null) {
                    edgeSum[k] = new double[t.length];
                    edgeSq[k] = new double[t.length];
                }
                for (int i = 0; i < t.length; i++) {
                    double e = est[k][i] - truth[k][i];
                    edgeSum[k][i] += e;
                    edgeSq[k][i] += e * e;
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            double bias = 0;
            double mse = 0;
            for (int i = 0; i < inner.length; i++) {
                if (!inner[i]) {
                    double mean = edgeSum[k][i] / SEEDS;
                    double meanSq = edgeSq[k][i] / SEEDS;
                    double variance = Math.max(0, meanSq - mean * mean) * SEEDS / (SEEDS - 1);
                    bias += Math.max(0, mean * mean - variance / SEEDS);
                    mse += meanSq;
                }
            }
            out[4 + k] = mse > 0 ? bias / mse : 0;
        }
        return out;
    }
}
