package jdelt.bench;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.spline.SplineInterpolator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;


/**
 * The measurement behind {@link SplineInterpolator}'s defaults: for cubic and quintic splines and
 * each way of choosing lambda (GCV, REML, and GCV's lambda times a factor), the RMSE of the first
 * and second derivatives on the inner 90 % of noisy test signals, divided by the best RMSE any fixed
 * lambda achieves on that data set (the oracle, found on a grid against the truth). Prints the
 * geometric mean of that ratio over all data sets, per variant, and per sample count.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SplineSmoothingStudy}
 */
public final class SplineSmoothingStudy {

    private static final List<StudySignal> SIGNALS = List.of(StudySignal.SINE, StudySignal.GAUSSIAN, StudySignal.DAMPED,
            StudySignal.LOGISTIC);

    private SplineSmoothingStudy() {
    }

    public static void main(String[] args) {
        int[] sizes = {100, 1000, 10000};
        double[] noises = {0.01, 0.05, 0.10};
        int seeds = 2;
        Map<String, double[]> logRatio = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int degree : new int[] {3, 5}) {
            for (StudySignal signal : SIGNALS) {
                for (int n : sizes) {
                    for (double noise : noises) {
                        for (boolean jitter : new boolean[] {false, true}) {
                            for (int seed = 0; seed < seeds; seed++) {
                                runCell(degree, signal, n, noise, jitter, seed, logRatio, count);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("| variant | cells | d1 RMSE / oracle | d2 RMSE / oracle |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, double[]> e : logRatio.entrySet()) {
            int c = count.get(e.getKey());
            System.out.printf("| %s | %d | %.3f | %.3f |%n", e.getKey(), c, Math.exp(e.getValue()[0] / c),
                    Math.exp(e.getValue()[1] / c));
        }
    }

    private static void runCell(int degree, StudySignal s, int n, double noise, boolean jitter, int seed,
                                Map<String, double[]> logRatio, Map<String, Integer> count) {
        Random random = new Random(1000L * seed + n + degree);
        double[] x = new double[n];
        double[] y = new double[n];
        double h = (s.hi() - s.lo()) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = s.lo() + h * (i + (jitter && i > 0 && i < n - 1 ? 0.8 * (random.nextDouble() - 0.5) : 0));
        }
        double mean = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            y[i] = s.f().applyAsDouble(x[i]);
            mean += y[i] / n;
        }
        for (int i = 0; i < n; i++) {
            sq += (y[i] - mean) * (y[i] - mean) / n;
        }
        double sigma = noise * Math.sqrt(sq);
        for (int i = 0; i < n; i++) {
            y[i] += sigma * random.nextGaussian();
        }
        List<double[]> grid = new ArrayList<>();
        SplineInterpolator base = new SplineInterpolator().withDegree(degree);
        double lambdaGcv = base.withFactor(1).fit(x, y).summary().number(0, "lambda");
        for (double f = 1e-4; f <= 1e4; f *= Math.sqrt(2)) {
            grid.add(errors(base.withLambda(lambdaGcv * f).fit(x, y), s, x));
        }
        double best1 = grid.stream().mapToDouble(e -> e[0]).min().orElseThrow();
        double best2 = grid.stream().mapToDouble(e -> e[1]).min().orElseThrow();
        Map<String, FittedCurve> variants = new LinkedHashMap<>();
        variants.put("GCV", base.withFactor(1).fit(x, y));
        variants.put("REML", base.withCriterion(SplineInterpolator.Criterion.REML).withFactor(1).fit(x, y));
        for (double factor : new double[] {2, 3, 4}) {
            variants.put("GCV x" + (int) factor, base.withLambda(lambdaGcv * factor).fit(x, y));
        }
        for (Map.Entry<String, FittedCurve> v : variants.entrySet()) {
            double[] e = errors(v.getValue(), s, x);
            for (String key : List.of("deg " + degree + " " + v.getKey(), "deg " + degree + " " + v.getKey() + " n=" + n)) {
                double[] acc = logRatio.computeIfAbsent(key, k -> new double[2]);
                acc[0] += Math.log(e[0] / best1);
                acc[1] += Math.log(e[1] / best2);
                count.merge(key, 1, Integer::sum);
            }
        }
    }

    /** RMSE of the first and second derivatives at the samples of the inner 90 % of the range. */
    private static double[] errors(FittedCurve fit, StudySignal s, double[] x) {
        double[] d1 = fit.differentiate(1).values(x);
        double[] d2 = fit.differentiate(2).values(x);
        double lo = x[0] + 0.05 * (x[x.length - 1] - x[0]);
        double hi = x[x.length - 1] - 0.05 * (x[x.length - 1] - x[0]);
        double e1 = 0;
        double e2 = 0;
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                e1 += Math.pow(d1[i] - s.d1().applyAsDouble(x[i]), 2);
                e2 += Math.pow(d2[i] - s.d2().applyAsDouble(x[i]), 2);
                c++;
            }
        }
        return new double[] {Math.sqrt(e1 / c), Math.sqrt(e2 / c)};
    }
}
