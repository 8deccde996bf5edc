package jdelt.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;

/**
 * The work of {@link FitDifferentiateBenchmark} (fit, then the first and second derivative at
 * every sample, same data) measured in thread CPU time ({@link ThreadMXBean}) instead of wall
 * time: on a machine whose cores are shared with other jobs, wall time grows with the load, CPU
 * time much less (caches are still shared). Prints, per method and size, the least CPU time of
 * the repetitions after one warm-up fit, and the time per sample.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.bench.speed.CpuTimeBenchmark
 * [methods] [sizes] [seconds]} (defaults: every registered method, 1000,10000,100000,1000000, 3 s
 * of CPU per method and size, at least two repetitions).
 */
public final class CpuTimeBenchmark {

    /** Keeps the results alive. */
    private static volatile double sink;

    private CpuTimeBenchmark() {
    }

    /**
     * @param args optional comma-separated methods, comma-separated sizes, CPU seconds per cell
     */
    public static void main(String[] args) {
        List<String> methods = args.length > 0 ? List.of(args[0].split(","))
                : MethodRegistry.all().stream().map(d -> d.name()).sorted().toList();
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 10_000, 100_000, 1_000_000};
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| method | n | CPU ms per fit + d1 + d2 | ns per sample | repetitions |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String method : methods) {
            Interpolator interpolator = MethodRegistry.byName(method).create(Map.of());
            for (int n : sizes) {
                double[][] xy = FitDifferentiateBenchmark.samples(n);
                sink += run(interpolator, xy);
                double best = Double.POSITIVE_INFINITY;
                long start = threads.getCurrentThreadCpuTime();
                int repetitions = 0;
                while (repetitions < 2 || threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    sink += run(interpolator, xy);
                    best = Math.min(best, (threads.getCurrentThreadCpuTime() - t0) / 1e6);
                    repetitions++;
                }
                System.out.printf(Locale.ROOT, "| `%s` | %d | %.3g | %.0f | %d |%n", method, n, best, best * 1e6 / n,
                        repetitions);
            }
        }
    }

    private static double run(Interpolator interpolator, double[][] xy) {
        FittedCurve fit = interpolator.fit(xy[0], xy[1]);
        double sum = fit.differentiate(1).values(xy[0])[0];
        if (fit.maxOrder() >= 2) {
            sum += fit.differentiate(2).values(xy[0])[0];
        }
        return sum;
    }
}
