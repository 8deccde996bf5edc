package jdelt.interpolation.multivariate;

import java.util.Arrays;

/**
 * Generalized cross-validation for a tensor-product P-spline whose axes have been diagonalised
 * ({@link TensorSplineAxis}): with rotated data {@code F} the fit shrinks each rotated coefficient
 * by {@code h = 1 / (1 + Σ_j λ_j s_j)}, so the trace of the influence matrix is {@code Σ h} and the
 * residual sum of squares is {@code RSS0 + Σ F² (1 − h)²}, where RSS0 is the part of the data no
 * spline reaches. Each evaluation is one pass over the coefficients. Lambdas are searched on a
 * log scale, each relative to its axis' largest eigenvalue, first all together and then one axis
 * at a time (cyclic coordinate search).
 */
final class GcvCriterion {

    private final double[][] eigenvalues;
    private final int[][] index;
    private final double[] rotated;
    private final double[] squares;
    private final double rss0;
    private final int n;

    GcvCriterion(TensorSplineAxis[] bases, double[] rotatedData, double rss0, int n) {
        int d = bases.length;
        this.eigenvalues = new double[d][];
        int[] sizes = new int[d];
        for (int j = 0; j < d; j++) {
            eigenvalues[j] = bases[j].eigenvalues;
            sizes[j] = bases[j].size();
        }
        int m = rotatedData.length;
        index = new int[d][m];
        for (int i = 0; i < m; i++) {
            int rest = i;
            for (int j = d - 1; j >= 0; j--) {
                index[j][i] = rest % sizes[j];
                rest /= sizes[j];
            }
        }
        squares = new double[m];
        for (int i = 0; i < m; i++) {
            squares[i] = rotatedData[i] * rotatedData[i];
        }
        this.rss0 = rss0;
        this.n = n;
        this.rotated = rotatedData;
    }

    /** @return the shrinkage factor of rotated coefficient i */
    private double h(double[] lambda, int i) {
        double denominator = 1;
        for (int j = 0; j < lambda.length; j++) {
            denominator += lambda[j] * eigenvalues[j][index[j][i]];
        }
        return 1 / denominator;
    }

    double degreesOfFreedom(double[] lambda) {
        double sum = 0;
        for (int i = 0; i < squares.length; i++) {
            sum += h(lambda, i);
        }
        return sum;
    }

    double rss(double[] lambda) {
        double sum = rss0;
        for (int i = 0; i < squares.length; i++) {
            double r = 1 - h(lambda, i);
            sum += squares[i] * r * r;
        }
        return sum;
    }

    double gcv(double[] lambda) {
        double rss = rss0;
        double trace = 0;
        for (int i = 0; i < squares.length; i++) {
            double h = h(lambda, i);
            trace += h;
            rss += squares[i] * (1 - h) * (1 - h);
        }
        double dof = n - trace;
        return dof > 1e-9 * n ? n * rss / (dof * dof) : Double.POSITIVE_INFINITY;
    }

    /** @return the rotated coefficients of the penalized fit: each rotated datum times its h */
    double[] shrink(double[] lambda) {
        double[] out = new double[rotated.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rotated[i] * h(lambda, i);
        }
        return out;
    }

    /**
     * @return the lambdas minimising GCV over {@code 10^lo .. 10^hi} times the inverse of each
     *     axis' largest eigenvalue, on a grid of the given log10 step, refined to a tenth of it
     */
    double[] minimise(double lo, double hi, double step, int sweeps) {
        int d = eigenvalues.length;
        double[] unit = new double[d];
        for (int j = 0; j < d; j++) {
            double max = 0;
            for (double s : eigenvalues[j]) {
                max = Math.max(max, s);
            }
            unit[j] = max > 0 ? 1 / max : 0;
        }
        double[] log = new double[d];
        double best = Double.POSITIVE_INFINITY;
        double common = lo;
        for (double g = lo; g <= hi + 1e-9; g += step) {
            Arrays.fill(log, g);
            double v = gcv(lambdas(log, unit));
            if (v < best) {
                best = v;
                common = g;
            }
        }
        Arrays.fill(log, common);
        if (d > 1) {
            for (int sweep = 0; sweep < sweeps; sweep++) {
                for (int j = 0; j < d; j++) {
                    best = searchAxis(log, unit, j, lo, hi, step, best);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            best = searchAxis(log, unit, j, log[j] - step, log[j] + step, step / 10, best);
        }
        return lambdas(log, unit);
    }

    private double searchAxis(double[] log, double[] unit, int j, double lo, double hi, double step, double best) {
        double keep = log[j];
        for (double g = lo; g <= hi + 1e-9; g += step) {
            log[j] = g;
            double v = gcv(lambdas(log, unit));
            if (v < best) {
                best = v;
                keep = g;
            }
        }
        log[j] = keep;
        return best;
    }

    private static double[] lambdas(double[] log, double[] unit) {
        double[] out = new double[log.length];
        for (int j = 0; j < log.length; j++) {
            out[j] = Math.pow(10, log[j]) * unit[j];
        }
        return out;
    }
}
