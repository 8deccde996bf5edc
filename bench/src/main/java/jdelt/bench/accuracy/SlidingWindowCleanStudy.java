package jdelt.bench.accuracy;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.local.SavitzkyGolayInterpolator;
import java.util.Locale;

/**
 * Measures the noise-free fallback of the sliding-window methods ({@code savgol}, {@code glla},
 * {@code gold}: {@code SlidingWindowLeastSquares.NOISE_FREE_DEGREE} and {@code NOISE_FREE_EXTRA}):
 * for local degrees 4 to 8 and windows of the {@code degree + extra} nearest samples, the
 * least-squares polynomial of the window (Savitzky–Golay with that degree and fixed window, which
 * at lag 1 is also the local polynomial of GLLA and the orthogonal expansion of GOLD), the
 * geometric mean over the accuracy benchmark's signals, as its clean-data table (noise-free,
 * uniform sampling, n = 1000 and 100), of the inner-90 % RMSE of the first and second derivative
 * divided by the better of fourth-order finite differences and the interpolating spline
 * ({@link NoiseFreeReference}, the benchmark's target: at most 2). The companion of
 * {@code jdelt.bench.SlidingWindowDefaultsStudy} (the defaults on noisy data) and of
 * {@link LoessCleanStudy}.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.bench.accuracy.SlidingWindowCleanStudy}.
 */
public final class SlidingWindowCleanStudy {

    private SlidingWindowCleanStudy() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        System.out.println("| n | degree | window | d1 ratio | d2 ratio | worst d1 | worst d2 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : new int[] {1000, 100}) {
            var cells = Grid.signals().stream()
                    .map(s -> new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, 0, n)).toList();
            var reference = cells.stream().map(c -> NoiseFreeReference.errors(c, 1)).toList();
            for (int degree = 4; degree <= SavitzkyGolayInterpolator.MAX_DEGREE; degree++) {
                for (int extra = 1; extra <= 4; extra++) {
                    int window = degree + extra;
                    Interpolator savgol = new SavitzkyGolayInterpolator(degree, window);
                    double[] logSum = new double[2];
                    double[] worst = new double[2];
                    for (int i = 0; i < cells.size(); i++) {
                        ErrorMetrics e = FitRunner.fitAndScore(savgol, cells.get(i).dataset(0)).metrics();
                        double r1 = Math.max(e.d1Inner(), 1e-12) / Math.max(reference.get(i)[0], 1e-12);
                        double r2 = Math.max(e.d2Inner(), 1e-12) / Math.max(reference.get(i)[1], 1e-12);
                        logSum[0] += Math.log(r1);
                        logSum[1] += Math.log(r2);
                        worst[0] = Math.max(worst[0], r1);
                        worst[1] = Math.max(worst[1], r2);
                    }
                    System.out.printf(Locale.ROOT, "| %d | %d | %d | %.3g | %.3g | %.3g | %.3g |%n", n, degree, window,
                            Math.exp(logSum[0] / cells.size()), Math.exp(logSum[1] / cells.size()), worst[0], worst[1]);
                }
            }
        }
    }
}
