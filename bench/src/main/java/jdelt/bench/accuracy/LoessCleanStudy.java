package jdelt.bench.accuracy;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.local.LoessInterpolator;
import java.util.Locale;

/**
 * Measures the LOESS windows for noise-free data ({@code LoessInterpolator.CLEAN_DEGREE} and
 * {@code CLEAN_EXTRA}): for local degrees 5 to 8 and windows of the {@code degree + extra}
 * nearest samples, the geometric mean over the accuracy benchmark's signals, as its clean-data table (noise-free, uniform
 * sampling, n = 1000 and 100) of the inner-90 % RMSE of the first and second derivative divided
 * by the better of fourth-order finite differences and the interpolating spline
 * ({@link NoiseFreeReference}, the benchmark's target: at most 2).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.bench.accuracy.LoessCleanStudy}.
 */
public final class LoessCleanStudy {

    private LoessCleanStudy() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        System.out.println("| n | degree | window | d1 ratio | d2 ratio |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int n : new int[] {1000, 100}) {
            var cells = Grid.signals().stream()
                    .map(s -> new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, 0, n)).toList();
            var reference = cells.stream().map(c -> NoiseFreeReference.errors(c, 1)).toList();
            for (int degree = 5; degree <= 8; degree++) {
                for (int extra = 3; extra <= 4; extra++) {
                    int window = degree + extra;
                    Interpolator loess = new LoessInterpolator().withDegree(degree).withSpan((window + 0.5) / n);
                    double[] logSum = new double[2];
                    for (int i = 0; i < cells.size(); i++) {
                        ErrorMetrics e = FitRunner.fitAndScore(loess, cells.get(i).dataset(0)).metrics();
                        logSum[0] += Math.log(Math.max(e.d1Inner(), 1e-12) / Math.max(reference.get(i)[0], 1e-12));
                        logSum[1] += Math.log(Math.max(e.d2Inner(), 1e-12) / Math.max(reference.get(i)[1], 1e-12));
                    }
                    System.out.printf(Locale.ROOT, "| %d | %d | %d | %.3g | %.3g |%n", n, degree, window,
                            Math.exp(logSum[0] / cells.size()), Math.exp(logSum[1] / cells.size()));
                }
            }
        }
    }
}
