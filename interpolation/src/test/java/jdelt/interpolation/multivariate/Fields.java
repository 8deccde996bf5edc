package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/** Sample sets and error measures for the multivariate tests. */
final class Fields {

    private Fields() {
    }

    /** The nodes of an n × n grid on [lo, hi]², row-major. */
    static double[][] grid(int n, double lo, double hi) {
        double[][] p = new double[n * n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i * n + j] = new double[] {lo + (hi - lo) * i / (n - 1), lo + (hi - lo) * j / (n - 1)};
            }
        }
        return p;
    }

    /** The nodes of an n³ grid on [lo, hi]³. */
    static double[][] grid3(int n, double lo, double hi) {
        double[][] p = new double[n * n * n][];
        int k = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    p[k++] = new double[] {lo + (hi - lo) * a / (n - 1), lo + (hi - lo) * b / (n - 1),
                        lo + (hi - lo) * c / (n - 1)};
                }
            }
        }
        return p;
    }

    /** n uniform random points in [lo, hi]^d. */
    static double[][] scattered(int n, int d, double lo, double hi, long seed) {
        Random r = new Random(seed);
        double[][] p = new double[n][d];
        for (double[] q : p) {
            for (int j = 0; j < d; j++) {
                q[j] = lo + (hi - lo) * r.nextDouble();
            }
        }
        return p;
    }

    /** f at every point plus Gaussian noise of deviation sigma. */
    static double[] sample(double[][] points, ToDoubleFunction<double[]> f, double sigma, long seed) {
        Random r = new Random(seed);
        double[] v = new double[points.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(points[i]) + sigma * r.nextGaussian();
        }
        return v;
    }

    /**
     * Asserts that {@code tasks} evaluations of the gradients and Hessians at {@code at}, run on
     * four threads sharing the one fit, each equal the sequential ones to the bit.
     */
    static void assertThreadsAgree(FittedField f, double[][] at, int tasks) throws Exception {
        double[][][] hessians = f.hessians(at);
        double[][] gradients = f.gradients(at);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                results.add(pool.submit(() -> Arrays.deepEquals(f.hessians(at), hessians)
                        && Arrays.deepEquals(f.gradients(at), gradients)));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The smooth test surface sin(3x)·cos(2y) of the noisy-data tests. */
    static double surface(double[] q) {
        return Math.sin(3 * q[0]) * Math.cos(2 * q[1]);
    }

    /**
     * The root-mean-square errors of a fit's gradient (over both components) and of its mixed
     * partial against those of {@link #surface}, at the grid of points {@code (x, y)} with both
     * coordinates from {@code from} by {@code step} up to {@code to}.
     *
     * @return {gradient RMSE, mixed-partial RMSE}
     */
    static double[] surfaceErrors(FittedField f, double from, double to, double step) {
        double gradient = 0;
        double mixed = 0;
        int count = 0;
        for (double x = from; x <= to; x += step) {
            for (double y = from; y <= to; y += step) {
                double[] at = {x, y};
                double[] g = f.gradient(at);
                double gx = 3 * Math.cos(3 * x) * Math.cos(2 * y);
                double gy = -2 * Math.sin(3 * x) * Math.sin(2 * y);
                gradient += (g[0] - gx) * (g[0] - gx) + (g[1] - gy) * (g[1] - gy);
                double m = f.hessian(at)[0][1] + 6 * Math.cos(3 * x) * Math.sin(2 * y);
                mixed += m * m;
                count++;
            }
        }
        return new double[] {Math.sqrt(gradient / count / 2), Math.sqrt(mixed / count)};
    }
}
