package jdelt.bench;

import jdelt.bench.accuracy.Cell;
import jdelt.bench.accuracy.ErrorMetrics;
import jdelt.bench.accuracy.FitRunner;
import jdelt.bench.accuracy.Grid;
import jdelt.bench.accuracy.NoiseModel;
import jdelt.bench.accuracy.Sampling;
import jdelt.bench.accuracy.TestSignal;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurement behind the thresholds of the spline's two data checks
 * ({@link SplineInterpolator#withDataChecks}): the noise-free drop (interpolate when the
 * leave-one-out prediction misses fall by that factor per step) and the heteroscedastic ratio
 * (weight by the inverse local noise variance when it varies by that factor). For each candidate
 * threshold, the spline's first- and second-derivative RMSE over the whole range, as the geometric
 * mean over the accuracy benchmark's signals of its ratio to the best candidate's in each data
 * set, on two families of data:
 * <ul>
 *   <li>noise-free drop: Gaussian noise at 0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2 and 5e-2 of the signal's
 *       deviation, n = 20, 40, 100 and 1000, uniform and (n = 1000) log-spaced x;</li>
 *   <li>heteroscedastic ratio: heteroscedastic noise (deviation rising 25-fold) and constant
 *       Gaussian noise at 1, 5 and 10 %, n = 200, 1000 and 5000, uniform and (n = 1000) log-spaced x.</li>
 * </ul>
 * Two seeds each. A row per family and data kind (clean/noisy, heteroscedastic/constant) shows
 * where a threshold helps and where it hurts.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SplineDataCheckStudy}
 */
public final class SplineDataCheckStudy {

    private static final double[] DROPS = {3, 5, 10, 20, 50, Double.POSITIVE_INFINITY};
    private static final double[] RATIOS = {2, 4, 8, 16, 32, Double.POSITIVE_INFINITY};
    private static final int SEEDS = 2;

    private SplineDataCheckStudy() {
    }

    public static void main(String[] args) {
        List<Cell> clean = new ArrayList<>();
        List<Cell> noisy = new ArrayList<>();
        List<Cell> hetero = new ArrayList<>();
        List<Cell> constant = new ArrayList<>();
        for (TestSignal s : Grid.signals()) {
            for (double level : new double[] {0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 5e-2}) {
                List<Cell> to = level <= 1e-4 ? clean : noisy;
                for (int n : new int[] {20, 40, 100, 1000}) {
                    to.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, level, n));
                }
                to.add(new Cell(s, Sampling.LOG, NoiseModel.GAUSSIAN, level, 1000));
            }
            for (double level : new double[] {0.01, 0.05, 0.1}) {
                for (NoiseModel noise : new NoiseModel[] {NoiseModel.HETEROSCEDASTIC, NoiseModel.GAUSSIAN}) {
                    List<Cell> to = noise == NoiseModel.HETEROSCEDASTIC ? hetero : constant;
                    for (int n : new int[] {200, 1000, 5000}) {
                        to.add(new Cell(s, Sampling.UNIFORM, noise, level, n));
                    }
                    to.add(new Cell(s, Sampling.LOG, noise, level, 1000));
                }
            }
        }
        System.out.println("noise-free drop | d1 clean | d2 clean | d1 noisy | d2 noisy (whole-range RMSE, geometric"
                + " mean of the ratio to the best drop per data set; clean: noise <= 1e-4)");
        print(DROPS, table(DROPS, clean, true), table(DROPS, noisy, true));
        System.out.println();
        System.out.println("heteroscedastic ratio | d1 heteroscedastic | d2 heteroscedastic | d1 constant | d2 constant");
        print(RATIOS, table(RATIOS, hetero, false), table(RATIOS, constant, false));
    }

    /** {@code [threshold][data set]} = {d1, d2} whole-range RMSE. */
    private static double[][][] table(double[] thresholds, List<Cell> cells, boolean drop) {
        double[][][] out = new double[thresholds.length][cells.size() * SEEDS][];
        for (int v = 0; v < thresholds.length; v++) {
            SplineInterpolator spline = drop
                    ? new SplineInterpolator().withDataChecks(thresholds[v], 8)
                    : new SplineInterpolator().withDataChecks(10, thresholds[v]);
            int k = 0;
            for (Cell c : cells) {
                for (int seed = 0; seed < SEEDS; seed++) {
                    ErrorMetrics m = FitRunner.fitAndScore(spline, c.dataset(seed)).metrics();
                    out[v][k++] = m == null ? new double[] {Double.NaN, Double.NaN} : new double[] {m.d1All(), m.d2All()};
                }
            }
        }
        return out;
    }

    private static void print(double[] thresholds, double[][][] first, double[][][] second) {
        for (int v = 0; v < thresholds.length; v++) {
            System.out.printf(Locale.ROOT, "%-8s | %.3f | %.3f | %.3f | %.3f%n",
                    Double.isInfinite(thresholds[v]) ? "off" : String.format(Locale.ROOT, "%.0f", thresholds[v]),
                    geo(first, v, 0), geo(first, v, 1), geo(second, v, 0), geo(second, v, 1));
        }
    }

    private static double geo(double[][][] t, int v, int order) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < t[v].length; k++) {
            double best = Double.POSITIVE_INFINITY;
            for (double[][] variant : t) {
                best = Math.min(best, variant[k][order]);
            }
            double e = t[v][k][order];
            if (best > 0 && Double.isFinite(e)) {
                sum += Math.log(e / best);
                count++;
            }
        }
        return Math.exp(sum / count);
    }
}
