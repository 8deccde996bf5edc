package jdelt.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;

/**
 * The study behind the {@code neural} bands (issue 12): for sines of a given number of periods on
 * [0, 10] with Gaussian noise, over several seeds, the coverage of the 95 % band (estimate ± 1.96
 * {@code FitSummary.standardError}) of the true first and second derivative at the inner 90 % of
 * the samples, and the ratio of the standard errors' root mean square to the errors', for each
 * ensemble size given (1: the posterior band of the single network; more: the members' spread
 * times {@code SUBSAMPLE_SCALE}). Usage: {@code java -cp bench/target/benchmarks.jar
 * jdelt.bench.NeuralBandStudy ENSEMBLES N PERIODS NOISE SEEDS}, e.g. {@code 1,5 1000 2 0.05 10}.
 */
public final class NeuralBandStudy {

    private NeuralBandStudy() {
    }

    /**
     * @param args comma-separated ensemble sizes, sample count, periods, noise deviation, seeds
     */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        double w = 2 * Math.PI * Double.parseDouble(args[2]) / 10;
        double noise = Double.parseDouble(args[3]);
        int seeds = Integer.parseInt(args[4]);
        System.out.println("| ensemble | d1 coverage | d2 coverage | d1 rms se / rms error | d2 rms se / rms error |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (String members : args[0].split(",")) {
            var method = MethodRegistry.byName("neural").create(Map.of("ensemble", members));
            double[] covered = new double[3];
            double[] errors = new double[3];
            double[] variances = new double[3];
            int total = 0;
            for (int seed = 0; seed < seeds; seed++) {
                Random random = new Random(seed);
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 10.0 * i / (n - 1);
                    y[i] = Math.sin(w * x[i]) + noise * random.nextGaussian();
                }
                FittedCurve fit = method.fit(x, y);
                for (int order = 1; order <= 2; order++) {
                    double[] d = fit.differentiate(order).values(x);
                    Curve se = fit.summary().standardError(order).orElseThrow();
                    double[] s = se.values(x);
                    for (int i = n / 20; i < n - n / 20; i++) {
                        double truth = Math.pow(w, order) * Math.sin(w * x[i] + order * Math.PI / 2);
                        double e = d[i] - truth;
                        covered[order] += Math.abs(e) <= 1.96 * s[i] ? 1 : 0;
                        errors[order] += e * e;
                        variances[order] += s[i] * s[i];
                    }
                }
                total += n - 2 * (n / 20);
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f |%n", members, covered[1] / total,
                    covered[2] / total, Math.sqrt(variances[1] / errors[1]), Math.sqrt(variances[2] / errors[2]));
        }
    }
}
