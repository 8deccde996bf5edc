package jdelt.bench;

import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.local.LoessInterpolator;

/**
 * The measurement behind {@code LoessFit.BIAS_WARNING}: the squared bias over variance
 * ({@code biasToVariance}) that LOESS's window selector reports for the first and second
 * derivative, with the relative RMS error of the first derivative on the inner 90 % against the
 * truth, on data where one bandwidth in x suits the record (a noisy sine, uniform x, with and
 * without an offset of 10^9) and where it cannot (ln x on 1000-fold log-spaced x; bursts of ten
 * samples 10^-4 apart, one unit between bursts). Usage: {@code java -cp bench/target/benchmarks.jar
 * jdelt.bench.LoessBiasWarningStudy}.
 */
public final class LoessBiasWarningStudy {

    private LoessBiasWarningStudy() {
    }

    /** @param args none */
    public static void main(String[] args) {
        System.out.println("| data | n | d1 biasToVariance | d2 biasToVariance | d1 relative RMS error |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int n : new int[] {12, 25, 200, 5000}) {
            Random r = new Random(3);
            double[][] sine = new double[2][n];
            double[][] offset = new double[2][n];
            double[][] log = new double[2][n];
            double[][] bursts = new double[2][n];
            for (int i = 0; i < n; i++) {
                double t = i * 2.0 / (n - 1);
                sine[0][i] = t;
                sine[1][i] = Math.sin(3 * t) + 0.05 * r.nextGaussian();
                offset[0][i] = t;
                offset[1][i] = 1e9 + Math.sin(3 * t) + 0.05 * r.nextGaussian();
                log[0][i] = Math.pow(10, -3 + 3.0 * i / (n - 1));
                log[1][i] = Math.log(log[0][i]) + 0.01 * r.nextGaussian();
                bursts[0][i] = i / 10 + (i % 10) * 1e-4;
                bursts[1][i] = Math.sin(bursts[0][i]) + 0.02 * r.nextGaussian();
            }
            row("noisy sine", sine, z -> 3 * Math.cos(3 * z));
            row("noisy sine + 1e9", offset, z -> 3 * Math.cos(3 * z));
            row("ln x, log-spaced x", log, z -> 1 / z);
            row("bursts of 10", bursts, Math::cos);
        }
    }

    private static void row(String name, double[][] data, DoubleUnaryOperator slope) {
        double[] x = data[0];
        int n = x.length;
        FittedCurve fit = new LoessInterpolator().fit(x, data[1]);
        FitSummary summary = fit.summary();
        double[] d1 = fit.differentiate(1).values(x);
        double miss = 0;
        double size = 0;
        for (int i = n / 20; i < n - n / 20; i++) {
            double t = slope.applyAsDouble(x[i]);
            miss += (d1[i] - t) * (d1[i] - t);
            size += t * t;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.3g | %.3g | %.3g |%n", name, n, summary.number(1, "biasToVariance"),
                summary.number(2, "biasToVariance"), Math.sqrt(miss / size));
    }
}
