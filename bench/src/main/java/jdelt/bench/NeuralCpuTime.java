package jdelt.bench;

import jdelt.interpolation.Curve;
import jdelt.interpolation.neural.NeuralNetworkFit;
import jdelt.interpolation.neural.NeuralNetworkInterpolator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;


/**
 * Single-thread CPU time of the {@code neural} method, which, unlike wall-clock time, other users
 * of a shared machine barely disturb: training on n noisy samples of sin, and evaluating the first
 * and second derivatives at 10^6 points in slices small enough to stay on one thread. Usage:
 * {@code java -cp bench/target/benchmarks.jar jdelt.bench.NeuralCpuTime [hidden widths, e.g. 16,16] [n]}.
 */
public final class NeuralCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NeuralCpuTime() {
    }

    private static double cpuSeconds() {
        return THREADS.getCurrentThreadCpuTime() / 1e9;
    }

    /**
     * Prints the CPU times, five repetitions each after warm-up.
     *
     * @param args optional hidden-layer widths and number of samples
     */
    public static void main(String[] args) {
        int[] hidden = java.util.Arrays.stream((args.length > 0 ? args[0] : "16,16").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Random random = new Random(1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * Math.PI * (i + 0.8 * random.nextDouble()) / n;
            y[i] = Math.sin(x[i]) + 0.05 * random.nextGaussian();
        }
        NeuralNetworkInterpolator method = new NeuralNetworkInterpolator().withHiddenLayers(hidden);
        NeuralNetworkFit fit = null;
        for (int rep = 0; rep < 8; rep++) {
            double start = cpuSeconds();
            fit = method.withSeed(rep).fit(x, y);
            System.out.printf("train %d points, seed %d: %.3f s CPU%n", n, rep, cpuSeconds() - start);
        }
        int slices = 32;
        int slice = 31_250;
        double[][] grid = new double[slices][slice];
        for (int c = 0; c < slices; c++) {
            for (int i = 0; i < slice; i++) {
                grid[c][i] = 4 * Math.PI * (c * slice + i) / (slices * (double) slice);
            }
        }
        Curve d1 = fit.differentiate(1);
        Curve d2 = fit.differentiate(2);
        for (int rep = 0; rep < 8; rep++) {
            double sum = 0;
            double t0 = cpuSeconds();
            for (double[] g : grid) {
                sum += d1.values(g)[7];
            }
            double t1 = cpuSeconds();
            for (double[] g : grid) {
                sum += d2.values(g)[7];
            }
            double t2 = cpuSeconds();
            for (double[] g : grid) {
                sum += fit.derivatives(g, 2)[2][7];
            }
            double t3 = cpuSeconds();
            System.out.printf("10^6 points: d1 %.3f s, d2 %.3f s, orders 0-2 in one pass %.3f s CPU (%.3g)%n",
                    t1 - t0, t2 - t1, t3 - t2, sum);
        }
    }
}
