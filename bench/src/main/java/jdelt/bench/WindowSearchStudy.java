package jdelt.bench;

import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The measurement behind {@link WindowSearch}'s constants, on the leave-one-out score of the
 * degree-4 local polynomial (Savitzky–Golay's and GLLA's window search,
 * {@link BandwidthWindow#crossValidatedHalfWidth}) over noisy test signals, uniform and jittered x:
 *
 * <ol>
 *   <li><b>Stopping rule</b> ({@link WindowSearch.Rule#RISE}): every candidate of the grid is
 *       scored (exhaustive search) and compared with what {@link WindowSearch#coarseToFine} picks
 *       (the search {@link BandwidthWindow#crossValidatedHalfWidth} runs below the thinned size:
 *       the rule walks every other candidate, then the neighbours of the coarse minimum are
 *       scored); printed are how often it picks the exhaustive minimum, the largest excess of its
 *       score over that minimum, the share of the grid it scores, and the wobble before the
 *       minimum along the coarse walk (the largest ratio of a score, and of the smaller of two
 *       successive scores, to the smallest one before it), which must stay below the rule's
 *       ratio.</li>
 *   <li><b>Thinned search</b> ({@link WindowSearch#THINNED_SAMPLES},
 *       {@link WindowSearch#REFINE_STEPS}): at sizes above twice the thinned size, the window the
 *       multilevel search picks against the one the coarse-to-fine search on the full data picks
 *       (no subsample); printed are
 *       the ratio of the windows and the excess of the score.</li>
 * </ol>
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.WindowSearchStudy [stopping|thinned]} (a few minutes on 2 cores).
 */
public final class WindowSearchStudy {

    private static final List<StudySignal> SIGNALS = List.of(StudySignal.SINE, StudySignal.GAUSSIAN,
            StudySignal.DAMPED, StudySignal.LOGISTIC, StudySignal.TWO_SINES);

    private static final int DEGREE = 4;

    private WindowSearchStudy() {
    }

    /**
     * Runs both parts, or the one named, and prints their tables.
     *
     * @param args nothing, or {@code stopping} or {@code thinned} for one part
     */
    public static void main(String[] args) {
        String part = args.length > 0 ? args[0] : "both";
        if (!part.equals("thinned")) {
            stoppingRule();
        }
        if (!part.equals("stopping")) {
            thinnedSearch();
        }
    }

    private static void stoppingRule() {
        System.out.println("Part 1: coarse-to-fine search, stopping rule (ratio 4 at two successive candidates),"
                + " against the exhaustive grid search");
        System.out.println("| n | cases | same window | worst score excess | grid share scored | wobble: single | wobble: two successive |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : new int[] {100, 1000, 10000}) {
            int cases = 0;
            int same = 0;
            double worstExcess = 0;
            double share = 0;
            double single = 1;
            double pair = 1;
            for (StudySignal signal : SIGNALS) {
                for (double noise : new double[] {0.01, 0.05, 0.2}) {
                    for (boolean jitter : new boolean[] {false, true}) {
                        for (int seed = 0; seed < 2; seed++) {
                            double[][] xy = samples(signal, n, noise, jitter, seed);
                            double[] x = xy[0];
                            double[] y = xy[1];
                            double[] grid = BandwidthWindow.halfWidthGrid(x, DEGREE);
                            double[] all = new double[grid.length];
                            int best = 0;
                            for (int g = 0; g < grid.length; g++) {
                                all[g] = score(x, y, grid[g]);
                                best = all[g] < all[best] ? g : best;
                            }
                            int[] calls = {0};
                            double chosen = WindowSearch.coarseToFine(grid, WindowSearch.Rule.RISE, h -> {
                                calls[0]++;
                                return score(x, y, h);
                            });
                            double chosenScore = score(x, y, chosen);
                            cases++;
                            same += chosen == grid[best] ? 1 : 0;
                            worstExcess = Math.max(worstExcess, chosenScore / all[best] - 1);
                            share += (double) calls[0] / grid.length;
                            // the coarse walk sees every other candidate (the last always), as coarseToFine walks them
                            double low = all[0];
                            for (int g = 2; g < best; g += 2) {
                                single = Math.max(single, all[g] / low);
                                pair = Math.max(pair, Math.min(all[g], all[g - 2]) / low);
                                low = Math.min(low, all[g]);
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %.2e | %.2f | %.2f | %.2f |%n", n, cases, same,
                    worstExcess, share / cases, single, pair);
        }
    }

    private static void thinnedSearch() {
        System.out.println();
        System.out.println("Part 2: thinned search (subsample of " + WindowSearch.THINNED_SAMPLES
                + ", refined " + WindowSearch.REFINE_STEPS + " grid steps either side) against the search on the full data");
        System.out.println("| signal | n | noise | window ratio | score excess |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (StudySignal signal : SIGNALS) {
            for (int n : new int[] {100_000, 400_000}) {
                for (double noise : new double[] {0.01, 0.1}) {
                    double[][] xy = samples(signal, n, noise, true, 7);
                    double[] x = xy[0];
                    double[] y = xy[1];
                    double full = WindowSearch.coarseToFine(BandwidthWindow.halfWidthGrid(x, DEGREE), WindowSearch.Rule.RISE,
                            h -> score(x, y, h));
                    double multilevel = BandwidthWindow.crossValidatedHalfWidth(x, y, DEGREE);
                    System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.3f | %.2e |%n", signal.name(), n, noise,
                            multilevel / full, score(x, y, multilevel) / score(x, y, full) - 1);
                }
            }
        }
    }

    private static double score(double[] x, double[] y, double h) {
        return BandwidthWindow.looScore(x, y, DEGREE, DEGREE + 2, h);
    }

    /** n samples of the signal, uniform or jittered x, Gaussian noise of {@code noise} times the signal's spread. */
    private static double[][] samples(StudySignal signal, int n, double noise, boolean jitter, int seed) {
        Random random = new Random(31L * seed + n);
        double[] x = new double[n];
        double[] y = new double[n];
        double step = (signal.hi() - signal.lo()) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = signal.lo() + i * step + (jitter && i > 0 && i < n - 1 ? (random.nextDouble() - 0.5) * 0.8 * step : 0);
        }
        double mean = 0;
        double square = 0;
        for (int i = 0; i < n; i++) {
            y[i] = signal.f().applyAsDouble(x[i]);
            mean += y[i] / n;
            square += y[i] * y[i] / n;
        }
        double sd = Math.sqrt(Math.max(0, square - mean * mean));
        for (int i = 0; i < n; i++) {
            y[i] += noise * sd * random.nextGaussian();
        }
        return new double[][] {x, y};
    }
}
