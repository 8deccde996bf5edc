package jdelt.interpolation.local;

import jdelt.bench.accuracy.Cell;
import jdelt.bench.accuracy.Grid;
import jdelt.bench.accuracy.NoiseModel;
import jdelt.bench.accuracy.Sampling;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the degree of the pilot fit in the LOESS window selector
 * ({@code LoessSpanSelector.PILOT_EXTRA}: the bias of the degree-p estimate is estimated by its
 * difference from a degree p + extra fit on the same window): for extra 1, 2 and 3, the
 * geometric mean over the accuracy benchmark's signals (uniform sampling, n = 1000, Gaussian
 * noise at 1, 5 and 20 %, seeds 0 and 1) of the inner-90 % RMSE of the first and second
 * derivative, each over the best of the three in that cell (1.00 = best everywhere). In the
 * package of the selector, whose settings are package-private, so that it runs the production
 * code with only the pilot changed.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.interpolation.local.LoessPilotStudy}.
 */
public final class LoessPilotStudy {

    private static final int[] EXTRAS = {1, 2, 3};

    private LoessPilotStudy() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        double[][] logSum = new double[EXTRAS.length][2];
        int cells = 0;
        for (var signal : Grid.signals()) {
            for (double level : new double[] {0.01, 0.05, 0.2}) {
                for (int seed = 0; seed < 2; seed++) {
                    Cell.Dataset data = new Cell(signal, Sampling.UNIFORM, NoiseModel.GAUSSIAN, level, 1000).dataset(seed);
                    double[][] errors = new double[EXTRAS.length][];
                    for (int e = 0; e < EXTRAS.length; e++) {
                        errors[e] = errors(data, EXTRAS[e]);
                    }
                    for (int order = 0; order < 2; order++) {
                        double best = Double.POSITIVE_INFINITY;
                        for (double[] error : errors) {
                            best = Math.min(best, error[order]);
                        }
                        for (int e = 0; e < EXTRAS.length; e++) {
                            logSum[e][order] += Math.log(errors[e][order] / best);
                        }
                    }
                    cells++;
                }
            }
        }
        System.out.println("| pilot degree | d1 ratio | d2 ratio |");
        System.out.println("|---|---:|---:|");
        for (int e = 0; e < EXTRAS.length; e++) {
            System.out.printf(Locale.ROOT, "| p + %d | %.3f | %.3f |%n", EXTRAS[e], Math.exp(logSum[e][0] / cells),
                    Math.exp(logSum[e][1] / cells));
        }
    }

    /** Inner-90 % RMSE of the default LOESS's first and second derivative with the given pilot. */
    private static double[] errors(Cell.Dataset data, int extra) {
        double[] t = data.t();
        double[] y = data.y();
        LoessInterpolator method = new LoessInterpolator();
        double sigma = Math.sqrt(NoiseEstimate.variance(t, y));
        double[] chosen = LoessSpanSelector.select(t, y, null, new int[] {0, 1, 2}, new int[] {1, 2, 3}, sigma, null, extra);
        double[] bandwidths = Arrays.copyOf(chosen, method.maxOrder() + 1);
        bandwidths[3] = Double.NaN;
        LoessFit fit = new LoessFit(method, t, y, null, sigma, null, bandwidths, 0);
        double range = t[t.length - 1] - t[0];
        double[] out = new double[2];
        for (int order = 1; order <= 2; order++) {
            double[] estimate = fit.differentiate(order).values(t);
            double[] truth = order == 1 ? data.d1() : data.d2();
            double sum = 0;
            int count = 0;
            for (int i = 0; i < t.length; i++) {
                if (t[i] >= t[0] + 0.05 * range && t[i] <= t[t.length - 1] - 0.05 * range) {
                    sum += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
                    count++;
                }
            }
            out[order - 1] = Math.sqrt(sum / count);
        }
        return out;
    }
}
