package jdelt.examples;

import jdelt.estimators.FiniteDifferenceInterpolator;
import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.spline.SplineInterpolator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;


/**
 * The smallest end-to-end use of jdelt: reads the bundled noisy data set
 * ({@code examples/data/noisy-sine.csv}, made by {@link NoisySineData}), fits the default
 * smoothing spline, and prints its first and second derivatives beside the truth, then the RMSE
 * of each next to that of plain finite differences.
 *
 * <p>Run: {@code examples/run NoisySineDerivatives}
 */
public final class NoisySineDerivatives {

    private NoisySineDerivatives() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/noisy-sine.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = lines.size() - 1;
        double[][] columns = new double[4][n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int c = 0; c < 4; c++) {
                columns[c][i] = Double.parseDouble(cells[c]);
            }
        }
        double[] x = columns[0];
        double[] y = columns[1];
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        double[] d1 = fit.differentiate(1).values(x);
        double[] d2 = fit.differentiate(2).values(x);
        System.out.println("# " + file + ": " + n + " samples; " + fit.summary());
        System.out.println("x,y,d1,true_d1,d2,true_d2");
        for (int i = 0; i < n; i += 20) {
            System.out.printf(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", x[i], y[i], d1[i], columns[2][i],
                    d2[i], columns[3][i]);
        }
        FittedCurve fd = new FiniteDifferenceInterpolator().fit(x, y);
        System.out.printf(Locale.ROOT, "# RMSE of d1: spline %.4f, finite differences %.4f%n",
                rmse(fit.differentiate(1), x, columns[2]), rmse(fd.differentiate(1), x, columns[2]));
        System.out.printf(Locale.ROOT, "# RMSE of d2: spline %.4f, finite differences %.4f%n",
                rmse(fit.differentiate(2), x, columns[3]), rmse(fd.differentiate(2), x, columns[3]));
    }

    private static double rmse(Curve estimate, double[] x, double[] truth) {
        double[] v = estimate.values(x);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (v[i] - truth[i]) * (v[i] - truth[i]);
        }
        return Math.sqrt(sum / x.length);
    }
}
