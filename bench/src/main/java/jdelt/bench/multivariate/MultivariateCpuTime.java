package jdelt.bench.multivariate;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Process CPU time (all threads; other users of a shared machine barely disturb it, unlike wall
 * time) and wall time of the {@link MultivariateSpeedBenchmark} task: fit, then gradient and
 * Hessian at every sample, three repetitions after one warm-up. Usage: {@code java -Xmx3g -cp
 * bench/target/benchmarks.jar jdelt.bench.multivariate.MultivariateCpuTime METHOD LAYOUT}, e.g.
 * {@code tensor-spline grid:1000} or {@code local-quadratic scattered:10000}.
 */
public final class MultivariateCpuTime {

    private MultivariateCpuTime() {
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** @param args the method's name and the layout, as {@link MultivariateSpeedBenchmark} takes them */
    public static void main(String[] args) {
        MultivariateSpeedBenchmark task = new MultivariateSpeedBenchmark();
        task.method = args[0];
        task.layout = args[1];
        task.setUp();
        task.run();
        for (int rep = 0; rep < 3; rep++) {
            double cpu = cpuSeconds();
            long wall = System.nanoTime();
            task.run();
            System.out.printf(Locale.ROOT, "%s %s: cpu %.2f s, wall %.2f s, load average %.1f%n", args[0], args[1],
                    cpuSeconds() - cpu, (System.nanoTime() - wall) * 1e-9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
