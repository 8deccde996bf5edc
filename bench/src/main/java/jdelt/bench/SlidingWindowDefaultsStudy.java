package jdelt.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.embedding.GllaInterpolator;
import jdelt.interpolation.embedding.GoldInterpolator;
import jdelt.interpolation.local.SavitzkyGolayInterpolator;
import jdelt.interpolation.numerics.BandwidthWindow;

/**
 * The measurement behind the defaults of the sliding-window methods: the degrees of
 * {@code savgol} ({@code SavitzkyGolayInterpolator.DEFAULT_DEGREES}), its derivative windows
 * relative to the cross-validated one ({@code DEFAULT_WINDOW_FACTORS}, {@code WINDOW_FACTORS}),
 * the order of {@code glla} ({@link GllaInterpolator#DEFAULT_ORDER}) and its derivative
 * embeddings ({@code EMBEDDING_FACTORS}), and the pilot window of {@code gold}
 * ({@code GoldInterpolator.PILOT_WIDENING}). On noisy test signals with exact derivatives (four
 * smooth signals, 1, 5 and 20 % Gaussian noise, uniform and jittered x, n = 1000, two seeds):
 *
 * <ol>
 *   <li><b>Degrees</b>: for each local polynomial degree and derivative order, the least RMSE
 *       (inner 90 %) over fixed windows of k samples (an odd grid), relative to the least over every
 *       degree; printed is the geometric mean over the cases (1.00: that degree, well windowed, is
 *       always the best). The same for GLLA's order over its embedding.</li>
 *   <li><b>Window factors</b>: for the degree of each order, the error with a window of the
 *       cross-validated half-width of the fit ({@link BandwidthWindow#crossValidatedHalfWidth},
 *       degree 4, or 3 for one degree throughout) times a factor, relative to the oracle window's
 *       error (geometric mean); the factor with the least is the one the default should use.</li>
 *   <li><b>GOLD's pilot</b>: the default GOLD's d1 and d2 RMSE with pilot windows 1, 1.5, 2, 3 and
 *       4 times the fit's ({@link GoldInterpolator#withPilotWidening}), relative to the best of
 *       them per case (geometric mean).</li>
 * </ol>
 *
 * <p>The noise-free fallback of the same methods (degree and window on data that look
 * noise-free) is measured by {@code jdelt.bench.accuracy.SlidingWindowCleanStudy}, against the
 * accuracy benchmark's clean-data reference.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SlidingWindowDefaultsStudy} (about a minute on 2 cores).
 */
public final class SlidingWindowDefaultsStudy {

    /** One data set and its true derivatives. */
    private record Case(double[] x, double[] y, double[] d1, double[] d2) {
    }

    private static final List<StudySignal> SIGNALS = List.of(StudySignal.TWO_SINES, StudySignal.GAUSSIAN,
            StudySignal.DAMPED, StudySignal.LOGISTIC);

    private static final int N = 1000;
    /** The derivative window factors tried in part 2. */
    private static final double[] FACTORS = {0.7, 0.85, 1.0, 1.15, 1.25, 1.4, 1.6};

    private SlidingWindowDefaultsStudy() {
    }

    /**
     * Prints the three tables.
     *
     * @param args none
     */
    public static void main(String[] args) {
        List<Case> cases = cases();
        int[] windows = oddWindows(3, N / 2, 1.15);
        System.out.println("Part 1: least RMSE over the window per degree, relative to the best degree (geometric mean over "
                + cases.size() + " cases)");
        System.out.println("| method | degree | d1 | d2 |");
        System.out.println("|---|---:|---:|---:|");
        // best[c][method][degree][order] and the window where it is reached
        double[][][][] best = new double[cases.size()][2][7][2];
        int[][][][] at = new int[cases.size()][2][7][2];
        for (int c = 0; c < cases.size(); c++) {
            Case data = cases.get(c);
            for (int method = 0; method < 2; method++) {
                for (int degree = 2; degree <= 6; degree++) {
                    best[c][method][degree][0] = Double.POSITIVE_INFINITY;
                    best[c][method][degree][1] = Double.POSITIVE_INFINITY;
                    for (int k : windows) {
                        if (k <= degree) {
                            continue;
                        }
                        Interpolator interpolator = method == 0 ? new SavitzkyGolayInterpolator(degree, k)
                                : new GllaInterpolator(degree, k, 1);
                        double[] errors = errors(interpolator.fit(data.x(), data.y()), data);
                        for (int m = 0; m < 2; m++) {
                            if (errors[m] < best[c][method][degree][m]) {
                                best[c][method][degree][m] = errors[m];
                                at[c][method][degree][m] = k;
                            }
                        }
                    }
                }
            }
        }
        for (int method = 0; method < 2; method++) {
            for (int degree = 2; degree <= 6; degree++) {
                double[] log = new double[2];
                for (int c = 0; c < cases.size(); c++) {
                    for (int m = 0; m < 2; m++) {
                        double least = Double.POSITIVE_INFINITY;
                        for (int d = 2; d <= 6; d++) {
                            least = Math.min(least, best[c][method][d][m]);
                        }
                        log[m] += Math.log(best[c][method][degree][m] / least);
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", method == 0 ? "savgol" : "glla", degree,
                        Math.exp(log[0] / cases.size()), Math.exp(log[1] / cases.size()));
            }
        }
        System.out.println();
        System.out.println("Part 2: error with the derivative window = factor x the cross-validated half-width of the fit,"
                + " relative to the oracle window of the same degree (geometric mean)");
        System.out.println("| method | degrees d1, d2 | cv degree | factor | d1 | d2 |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        // method, degree of d1, cv degree, degree of d2
        for (int[] row : new int[][] {{0, 5, 4, 4}, {0, 3, 3, 3}, {1, 4, 4, 4}}) {
            double[] cv = new double[cases.size()];
            for (int c = 0; c < cases.size(); c++) {
                cv[c] = BandwidthWindow.crossValidatedHalfWidth(cases.get(c).x(), cases.get(c).y(), row[2]);
            }
            for (double factor : FACTORS) {
                double[] log = new double[2];
                for (int c = 0; c < cases.size(); c++) {
                    Case data = cases.get(c);
                    double spacing = (data.x()[N - 1] - data.x()[0]) / (N - 1);
                    // on (nearly) uniform x, a half-width h is the window of 2h / spacing + 1 samples
                    int k = (int) Math.round(2 * factor * cv[c] / spacing) | 1;
                    for (int m = 0; m < 2; m++) {
                        int degree = row[m == 0 ? 1 : 3];
                        int window = Math.min(N, Math.max(degree + 2, k));
                        Interpolator interpolator = row[0] == 0 ? new SavitzkyGolayInterpolator(degree, window)
                                : new GllaInterpolator(degree, window, 1);
                        double error = errors(interpolator.fit(data.x(), data.y()), data)[m];
                        log[m] += Math.log(error / best[c][row[0]][degree][m]);
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d, %d | %d | %.2f | %.3f | %.3f |%n", row[0] == 0 ? "savgol" : "glla",
                        row[1], row[3], row[2], factor, Math.exp(log[0] / cases.size()), Math.exp(log[1] / cases.size()));
            }
        }
        System.out.println();
        System.out.println("Part 3: GOLD's error with the pilot window widened, relative to the best widening per case");
        System.out.println("| widening | d1 | d2 |");
        System.out.println("|---:|---:|---:|");
        double[] widenings = {1, 1.5, 2, 3, 4};
        double[][][] gold = new double[cases.size()][widenings.length][];
        for (int c = 0; c < cases.size(); c++) {
            for (int w = 0; w < widenings.length; w++) {
                Case data = cases.get(c);
                gold[c][w] = errors(GoldInterpolator.withPilotWidening(widenings[w]).fit(data.x(), data.y()), data);
            }
        }
        for (int w = 0; w < widenings.length; w++) {
            double[] log = new double[2];
            for (int c = 0; c < cases.size(); c++) {
                for (int m = 0; m < 2; m++) {
                    double least = Double.POSITIVE_INFINITY;
                    for (double[] e : gold[c]) {
                        least = Math.min(least, e[m]);
                    }
                    log[m] += Math.log(gold[c][w][m] / least);
                }
            }
            System.out.printf(Locale.ROOT, "| %.1f | %.3f | %.3f |%n", widenings[w], Math.exp(log[0] / cases.size()),
                    Math.exp(log[1] / cases.size()));
        }
    }

    /** The d1 and d2 RMSE over the inner 90 % of the samples. */
    private static double[] errors(FittedCurve fit, Case data) {
        double[] d1 = fit.differentiate(1).values(data.x());
        double[] d2 = fit.differentiate(2).values(data.x());
        double[] sums = new double[2];
        int from = N / 20;
        int to = N - N / 20;
        for (int i = from; i < to; i++) {
            sums[0] += Math.pow(d1[i] - data.d1()[i], 2);
            sums[1] += Math.pow(d2[i] - data.d2()[i], 2);
        }
        return new double[] {Math.sqrt(sums[0] / (to - from)), Math.sqrt(sums[1] / (to - from))};
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (StudySignal signal : SIGNALS) {
            for (double noise : new double[] {0.01, 0.05, 0.2}) {
                for (boolean jitter : new boolean[] {false, true}) {
                    for (int seed = 0; seed < 2; seed++) {
                        cases.add(sample(signal, noise, jitter, seed));
                    }
                }
            }
        }
        return cases;
    }

    /** N samples of the signal, Gaussian noise of {@code noise} times the clean signal's deviation. */
    private static Case sample(StudySignal signal, double noise, boolean jitter, int seed) {
        Random random = new Random(7919L * seed + Math.round(1000 * noise) + (jitter ? 1 : 0));
        double[] x = new double[N];
        double step = (signal.hi() - signal.lo()) / (N - 1);
        for (int i = 0; i < N; i++) {
            x[i] = signal.lo() + i * step + (jitter && i > 0 && i < N - 1 ? (random.nextDouble() - 0.5) * 0.8 * step : 0);
        }
        double[] y = new double[N];
        double[] d1 = new double[N];
        double[] d2 = new double[N];
        double mean = 0;
        double square = 0;
        for (int i = 0; i < N; i++) {
            y[i] = signal.f().applyAsDouble(x[i]);
            d1[i] = signal.d1().applyAsDouble(x[i]);
            d2[i] = signal.d2().applyAsDouble(x[i]);
            mean += y[i] / N;
            square += y[i] * y[i] / N;
        }
        double sd = Math.sqrt(Math.max(0, square - mean * mean));
        for (int i = 0; i < N; i++) {
            y[i] += noise * sd * random.nextGaussian();
        }
        return new Case(x, y, d1, d2);
    }

    /** Odd window sizes from {@code from} to {@code to} growing by {@code ratio} (at least 2 at a time). */
    private static int[] oddWindows(int from, int to, double ratio) {
        List<Integer> list = new ArrayList<>();
        for (int k = from | 1; k <= to; k = Math.max(k + 2, (int) Math.round(k * ratio) | 1)) {
            list.add(k);
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
