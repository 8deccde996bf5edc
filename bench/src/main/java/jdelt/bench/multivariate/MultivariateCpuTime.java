package jdelt.bench.multivariate;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Process CPU time (all threads; other users of a shared machine barely disturb it, unlike wall
 * time) and wall time of the {@link MultivariateSpeedBenchmark} task: fit, then gradient and
 * Hessian at every sample, REPS repetitions (default 3) after one warm-up (none when REPS is 1,
 * for runs of minutes such as 10^5 scattered points, where the JIT's warm-up is a negligible
 * part). Usage: {@code java -Xmx3g -cp bench/target/benchmarks.jar
 * jdelt.bench.multivariate.MultivariateCpuTime METHOD LAYOUT [REPS]}, e.g. {@code tensor-spline
 * grid:1000}, {@code local-quadratic scattered:10000} or {@code local-quadratic scattered:100000 1}.
 */
public final class MultivariateCpuTime {

    private MultivariateCpuTime() {
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** @param args the method's name and the layout, as {@link MultivariateSpeedBenchmark} takes them; the repetitions */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java -cp bench/target/benchmarks.jar jdelt.bench.multivariate.MultivariateCpuTime"
                    + " METHOD LAYOUT [REPS], e.g. tensor-spline grid:1000 or local-quadratic scattered:10000");
            System.exit(2);
        }
        MultivariateSpeedBenchmark task = new MultivariateSpeedBenchmark();
        task.method = args[0];
        task.layout = args[1];
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        task.setUp();
        if (repetitions > 1) {
            task.run();
        }
        for (int rep = 0; rep < repetitions; rep++) {
            double cpu = cpuSeconds();
            long wall = System.nanoTime();
            task.run();
            System.out.printf(Locale.ROOT, "%s %s: cpu %.2f s, wall %.2f s, load average %.1f%n", args[0], args[1],
                    cpuSeconds() - cpu, (System.nanoTime() - wall) * 1e-9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
