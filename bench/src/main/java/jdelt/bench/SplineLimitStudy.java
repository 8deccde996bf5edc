package jdelt.bench;

import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.spline.SplineInterpolator;

/**
 * Where the smoothing spline should switch to its lambda-to-infinity limit, the least-squares
 * polynomial of degree {@code m - 1}: for a quintic spline at fixed lambda whose equivalent
 * kernel bandwidth {@code (lambda * spacing)^(1/2m)} is a given multiple of the sampled range, prints the
 * largest difference of the first derivative at the samples from the limit's (relative to the
 * limit's largest slope) and the spline's residual deviation (rows marked "limit used" are
 * computed as the limit). Where the banded system loses accuracy the difference grows again and
 * the deviation departs from the limit's; the switch-over constant in {@code SplineInterpolator}
 * sits at the smallest difference (measured with the switch-over disabled). Signals: a quadratic and
 * a sine over three periods, each with Gaussian noise (seed 5), n = 200 and 10,000, x from 10.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar jdelt.bench.SplineLimitStudy}
 */
public final class SplineLimitStudy {

    private SplineLimitStudy() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        DoubleUnaryOperator quadratic = t -> 2 - 0.5 * t + 0.25 * t * t;
        DoubleUnaryOperator sine = t -> Math.sin(2 * Math.PI * 3 * (t - 10) / 10);
        System.out.println("signal     n      bandwidth/range  max|d1 - limit d1|/max|limit d1|  sigma  (limit sigma)");
        for (String name : new String[] {"quadratic", "sine"}) {
            for (int n : new int[] {200, 10_000}) {
                DoubleUnaryOperator f = name.equals("sine") ? sine : quadratic;
                Random r = new Random(5);
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 10 + 10.0 * i / (n - 1);
                    y[i] = f.applyAsDouble(x[i]) + 0.01 * r.nextGaussian();
                }
                FittedCurve limit = new SplineInterpolator().withLambda(1e300).fit(x, y);
                double[] d1Limit = limit.differentiate(1).values(x);
                double scale = 0;
                for (double v : d1Limit) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (double ratio = 1; ratio <= 256; ratio *= 2) {
                    double lambda = Math.pow(ratio * 10, 6) / (10.0 / (n - 1));
                    FittedCurve fit = new SplineInterpolator().withLambda(lambda).fit(x, y);
                    double[] d1 = fit.differentiate(1).values(x);
                    double worst = 0;
                    for (int i = 0; i < n; i++) {
                        worst = Math.max(worst, Math.abs(d1[i] - d1Limit[i]));
                    }
                    System.out.printf(Locale.ROOT, "%-10s %-6d %-16s %-33.3e %.5g  (%.5g)%s%n", name, n,
                            label(ratio), worst / scale, fit.summary().residualStandardDeviation(),
                            limit.summary().residualStandardDeviation(),
                            fit.summary().warnings().stream().anyMatch(w -> w.startsWith("lambda is so large")) ? "  [limit used]" : "");
                }
            }
        }
    }

    private static String label(double ratio) {
        return String.format(Locale.ROOT, "%.0f", ratio);
    }
}
