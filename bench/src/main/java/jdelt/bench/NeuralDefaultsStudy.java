package jdelt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;

/**
 * The study behind the automatic {@code neural} default (issues 12 and 13): for sines of a given
 * number of periods on [0, 10] with Gaussian noise, the relative RMS error of the first and second
 * derivative over the inner 90 % of the samples, the thread CPU time of fit + d1 + d2 at every
 * sample (least of several repetitions after warm-up), and the fit's summary (chosen width and
 * penalty). Usage: {@code java -cp bench/target/benchmarks.jar jdelt.bench.NeuralDefaultsStudy
 * METHODS SIZES PERIODS NOISE}, e.g. {@code neural,spline 1000,20000 120 0.05}.
 */
public final class NeuralDefaultsStudy {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NeuralDefaultsStudy() {
    }

    /**
     * @param args comma-separated methods, comma-separated sample counts, periods, noise deviation
     */
    public static void main(String[] args) {
        int[] sizes = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        double periods = Double.parseDouble(args[2]);
        double noise = Double.parseDouble(args[3]);
        for (String method : args[0].split(",")) {
            Interpolator interpolator = MethodRegistry.byName(method).create(Map.of());
            for (int n : sizes) {
                Random random = new Random(5);
                double[] x = new double[n];
                double[] y = new double[n];
                double w = 2 * Math.PI * periods / 10;
                for (int i = 0; i < n; i++) {
                    x[i] = 10.0 * i / (n - 1);
                    y[i] = Math.sin(w * x[i]) + noise * random.nextGaussian();
                }
                FittedCurve fit = interpolator.fit(x, y);
                double best = Double.POSITIVE_INFINITY;
                for (int r = 0; r < (n > 100_000 ? 3 : 10); r++) {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    fit = interpolator.fit(x, y);
                    fit.differentiate(1).values(x);
                    fit.differentiate(2).values(x);
                    best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t0) / 1e6);
                }
                double[] d1 = fit.differentiate(1).values(x);
                double[] d2 = fit.differentiate(2).values(x);
                double e1 = 0;
                double e2 = 0;
                double s1 = 0;
                double s2 = 0;
                for (int i = n / 20; i < n - n / 20; i++) {
                    double t1 = w * Math.cos(w * x[i]);
                    double t2 = -w * w * Math.sin(w * x[i]);
                    e1 += (d1[i] - t1) * (d1[i] - t1);
                    e2 += (d2[i] - t2) * (d2[i] - t2);
                    s1 += t1 * t1;
                    s2 += t2 * t2;
                }
                System.out.printf(Locale.ROOT, "%s n=%d periods=%.0f noise=%.3g: d1 %.4f, d2 %.4f relative RMS error;"
                        + " %.1f ms CPU; %s%n", method, n, periods, noise, Math.sqrt(e1 / s1), Math.sqrt(e2 / s2), best,
                        fit.summary());
            }
        }
    }
}
