package jdelt.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.numerics.NoiseEstimate;

/**
 * The residual check of {@code jdelt.interpolation.ResidualCheck}: for every registered method with
 * its defaults, the ratio of the fit's residual RMS to the difference-based noise estimate, beside
 * the first derivative's relative RMS error, on data the fit should follow (a sine of 10 periods,
 * 500 uniform samples, noise 0, 1 % and 10 % of its amplitude) and on two recording runs a long
 * gap apart (1 Hz for 1,000 s, a gap of 1e5 or 5e6 s, 1,000 s more; y = sin(t / 50), noise-free),
 * where a fit that bridges the gap gets the derivative wrong. The warning threshold sits between the
 * two. Last run 2026-12-01 on main 1098da4 (load average 15.9; the figures do not depend on load):
 * on the sines every ratio at most 1.0; on the two runs every ratio below 0.2 except neural at the
 * 5e6 s gap (989, first derivative 42 % wrong, warned).
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar jdelt.bench.ResidualCheckStudy}
 */
public final class ResidualCheckStudy {

    private ResidualCheckStudy() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("data                 method   residual/noise  d1 relative RMS error  warned");
        for (double noise : new double[] {0, 0.01, 0.1}) {
            Random r = new Random(11);
            double[] x = new double[500];
            double[] y = new double[500];
            double[] d1 = new double[500];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * 0.1;
                y[i] = Math.sin(2 * Math.PI * x[i] / 5) + noise * r.nextGaussian();
                d1[i] = 2 * Math.PI / 5 * Math.cos(2 * Math.PI * x[i] / 5);
            }
            run(String.format(Locale.ROOT, "sine, noise %.2f", noise), x, y, d1);
        }
        for (double gap : new double[] {1e5, 5e6}) {
            double[] x = new double[2000];
            double[] y = new double[2000];
            double[] d1 = new double[2000];
            for (int i = 0; i < x.length; i++) {
                x[i] = i < 1000 ? i : gap + i;
                y[i] = Math.sin(x[i] / 50);
                d1[i] = Math.cos(x[i] / 50) / 50;
            }
            run(String.format(Locale.ROOT, "two runs, gap %.0e", gap), x, y, d1);
        }
    }

    private static void run(String label, double[] x, double[] y, double[] d1) {
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1);
        double noise = Math.sqrt(NoiseEstimate.variance(x, y, w));
        for (MethodDescriptor m : MethodRegistry.all()) {
            try {
                FittedCurve fit = m.create(Map.of()).fit(x, y);
                double[] f = fit.values(x);
                double[] d = fit.differentiate(1).values(x);
                double rss = 0;
                double err = 0;
                double ref = 0;
                for (int i = 0; i < x.length; i++) {
                    rss += (y[i] - f[i]) * (y[i] - f[i]);
                    err += (d[i] - d1[i]) * (d[i] - d1[i]);
                    ref += d1[i] * d1[i];
                }
                FitSummary s = fit.summary();
                System.out.printf(Locale.ROOT, "%-20s %-8s %-15.3g %-22.3g %s%n", label, m.name(),
                        Math.sqrt(rss / x.length) / noise, Math.sqrt(err / ref),
                        s.warnings().stream().anyMatch(t -> t.startsWith("the fit misses")) ? "yes" : "no");
            } catch (RuntimeException e) {
                System.out.printf(Locale.ROOT, "%-20s %-8s failed: %s%n", label, m.name(), e.getMessage());
            }
        }
    }
}
