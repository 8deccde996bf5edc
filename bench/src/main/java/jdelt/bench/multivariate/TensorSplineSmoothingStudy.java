package jdelt.bench.multivariate;

import java.util.List;
import java.util.Locale;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.TensorSplineInterpolator;

/**
 * Measures how far from GCV's lambdas the tensor-product spline's smoothing should sit for its
 * derivatives: for each 2-D benchmark surface on a 100 × 100 grid with 5 % noise, over several
 * seeds, the RMSE of the gradient and of the mixed partial ∂²f/∂x∂y with every axis' GCV lambda
 * multiplied by each factor, and the geometric mean over surfaces and seeds of each factor's
 * RMSE relative to factor 1. It is what sets
 * {@link TensorSplineInterpolator#DEFAULT_FACTOR}, as {@code SplineSmoothingStudy} does for 1-D.
 * Usage: {@code java -cp bench/target/benchmarks.jar jdelt.bench.multivariate.TensorSplineSmoothingStudy [SEEDS]}.
 */
public final class TensorSplineSmoothingStudy {

    private static final double[] FACTORS = {1, 2, 4, 10, 30, 100, 1000};
    private static final double NOISE = 0.05;

    private TensorSplineSmoothingStudy() {
    }

    /** @param args optionally the number of seeds (default 3) */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Sampling grid = new Sampling("grid 100²", Sampling.Kind.GRID, 2, 100);
        List<Surface> surfaces = Surface.all().stream().filter(s -> s.d() == 2).toList();
        double[] logGradient = new double[FACTORS.length];
        double[] logMixed = new double[FACTORS.length];
        int cases = 0;
        StringBuilder header = new StringBuilder("| surface | seed |");
        for (double f : FACTORS) {
            header.append(String.format(Locale.ROOT, " x%.0f |", f));
        }
        System.out.println("Gradient RMSE / mixed-partial RMSE, 100² grid, 5 % noise, GCV lambdas times the factor\n");
        System.out.println(header);
        System.out.println("|---|---|" + "---|".repeat(FACTORS.length));
        for (Surface s : surfaces) {
            for (int seed = 0; seed < seeds; seed++) {
                double[][] points = grid.points(s, 1000 + seed);
                double[] values = MultivariateBenchmark.noisy(s, points, NOISE, 2000 + seed);
                double[][] at = grid.evaluation(s, points);
                StringBuilder row = new StringBuilder("| " + s.name() + " | " + seed + " |");
                Errors base = null;
                for (int k = 0; k < FACTORS.length; k++) {
                    FittedField fit = new TensorSplineInterpolator().withLambdaFactor(FACTORS[k]).fit(points, values);
                    Errors e = Errors.of(fit, s, at);
                    if (k == 0) {
                        base = e;
                    }
                    logGradient[k] += Math.log(e.gradient() / base.gradient());
                    logMixed[k] += Math.log(e.mixed() / base.mixed());
                    row.append(String.format(Locale.ROOT, " %.3g / %.3g |", e.gradient(), e.mixed()));
                }
                cases++;
                System.out.println(row);
            }
        }
        System.out.println("\nGeometric mean of the RMSE relative to factor 1 over " + cases + " cases:\n");
        System.out.println("| factor | gradient | mixed partial |\n|---|---|---|");
        for (int k = 0; k < FACTORS.length; k++) {
            System.out.printf(Locale.ROOT, "| %.0f | %.3f | %.3f |%n", FACTORS[k], Math.exp(logGradient[k] / cases),
                    Math.exp(logMixed[k] / cases));
        }
    }
}
