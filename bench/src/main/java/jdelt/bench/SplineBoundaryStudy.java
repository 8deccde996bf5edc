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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measurement behind the spline's boundary relaxation
 * ({@link SplineInterpolator#withBoundaryRelaxation}): for each relaxed width (in bandwidths) and
 * power, the first- and second-derivative RMSE over the whole range and over the inner 90 % of the
 * accuracy benchmark's signals (Gaussian noise 1, 5 and 10 %, n = 100 and 1000, uniform; 5 %,
 * n = 1000, jittered and log-spaced; two seeds), as the geometric mean of its ratio to the plain
 * penalty's, and the geometric mean of each variant's own whole-range over inner RMSE.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SplineBoundaryStudy}
 */
public final class SplineBoundaryStudy {

    private SplineBoundaryStudy() {
    }

    public static void main(String[] args) {
        List<Cell> cells = new ArrayList<>();
        for (TestSignal s : Grid.signals()) {
            for (double level : new double[] {0.01, 0.05, 0.1}) {
                for (int n : new int[] {100, 1000}) {
                    cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, level, n));
                }
            }
            cells.add(new Cell(s, Sampling.JITTERED, NoiseModel.GAUSSIAN, 0.05, 1000));
            cells.add(new Cell(s, Sampling.LOG, NoiseModel.GAUSSIAN, 0.05, 1000));
        }
        Map<String, SplineInterpolator> variants = new LinkedHashMap<>();
        variants.put("plain", new SplineInterpolator().withBoundaryRelaxation(0, 1));
        for (double width : new double[] {2, 3, 4, 6, 8}) {
            for (double power : new double[] {1, 1.5, 2}) {
                variants.put(String.format(Locale.ROOT, "width %.0f, power %.1f", width, power),
                        new SplineInterpolator().withBoundaryRelaxation(width, power));
            }
        }
        int seeds = 2;
        Map<String, List<ErrorMetrics>> results = new LinkedHashMap<>();
        for (Map.Entry<String, SplineInterpolator> v : variants.entrySet()) {
            List<ErrorMetrics> list = new ArrayList<>();
            for (Cell c : cells) {
                for (int seed = 0; seed < seeds; seed++) {
                    list.add(FitRunner.fitAndScore(v.getValue(), c.dataset(seed)).metrics());
                }
            }
            results.put(v.getKey(), list);
        }
        List<ErrorMetrics> plain = results.get("plain");
        System.out.println("variant | d1 whole | d2 whole | d1 inner | d2 inner (ratio to plain) | d1 whole/inner | d2 whole/inner");
        for (Map.Entry<String, List<ErrorMetrics>> e : results.entrySet()) {
            List<ErrorMetrics> m = e.getValue();
            System.out.printf(Locale.ROOT, "%-18s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f%n", e.getKey(),
                    geo(m, plain, 0), geo(m, plain, 1), geo(m, plain, 2), geo(m, plain, 3),
                    geo(m, null, 4), geo(m, null, 5));
        }
    }

    private static double value(ErrorMetrics m, int k) {
        return switch (k) {
            case 0 -> m.d1All();
            case 1 -> m.d2All();
            case 2 -> m.d1Inner();
            case 3 -> m.d2Inner();
            case 4 -> m.d1All() / m.d1Inner();
            default -> m.d2All() / m.d2Inner();
        };
    }

    private static double geo(List<ErrorMetrics> m, List<ErrorMetrics> base, int k) {
        double sum = 0;
        for (int i = 0; i < m.size(); i++) {
            sum += Math.log(value(m.get(i), k) / (base == null ? 1 : value(base.get(i), k)));
        }
        return Math.exp(sum / m.size());
    }
}
