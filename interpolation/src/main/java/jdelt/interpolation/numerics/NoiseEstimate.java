package jdelt.interpolation.numerics;

import java.util.Arrays;

/**
 * The difference-based noise-variance estimator of Gasser, Sroka &amp; Jennen-Steinmetz
 * ("Residual variance and residual pattern in nonlinear regression", Biometrika 73, 1986): each
 * interior sample is compared with the straight line through its two neighbours, which removes any
 * locally linear signal without fitting a model, for non-uniform x and weighted samples.
 */
public final class NoiseEstimate {

    private NoiseEstimate() {
    }

    /**
     * The estimate for equally weighted samples.
     *
     * @param x strictly increasing abscissae (at least 3)
     * @param y ordinates
     * @return the estimated noise variance
     */
    public static double variance(double[] x, double[] y) {
        return variance(x, y, null);
    }

    /**
     * The robust form for equally weighted samples: 1.4826 times the median absolute
     * pseudo-residual (the normal-consistent median absolute deviation, F. R. Hampel, JASA 69
     * (1974) 383–393), which a few gross outliers do not inflate.
     *
     * @param x strictly increasing abscissae (at least 3)
     * @param y ordinates
     * @return the estimated noise standard deviation
     */
    public static double robustStandardDeviation(double[] x, double[] y) {
        double[] e = pseudoResiduals(x, y, null);
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.abs(e[i]);
        }
        Arrays.sort(e);
        int m = e.length;
        double median = m % 2 == 1 ? e[m / 2] : 0.5 * (e[m / 2 - 1] + e[m / 2]);
        return 1.4826 * median;
    }

    /**
     * @param x strictly increasing abscissae (at least 3)
     * @param y ordinates
     * @param w weights, inversely proportional to each sample's noise variance, or {@code null}
     *     for equal weights
     * @return the estimated variance of a unit-weight observation
     */
    public static double variance(double[] x, double[] y, double[] w) {
        double sum = 0;
        for (double e : pseudoResiduals(x, y, w)) {
            sum += e * e;
        }
        return sum / (x.length - 2);
    }

    /**
     * The standardised pseudo-residuals: for each interior sample, its difference from the line
     * through its two neighbours, divided by that difference's standard deviation for unit noise
     * variance, so that each has the variance of a unit-weight observation.
     *
     * @param x strictly increasing abscissae (at least 3)
     * @param y ordinates
     * @param w weights, inversely proportional to each sample's noise variance, or {@code null}
     *     for equal weights
     * @return {@code x.length - 2} pseudo-residuals, for the interior samples in order
     */
    public static double[] pseudoResiduals(double[] x, double[] y, double[] w) {
        double[] e = new double[x.length - 2];
        for (int i = 1; i < x.length - 1; i++) {
            double span = x[i + 1] - x[i - 1];
            double a = (x[i + 1] - x[i]) / span;
            double b = (x[i] - x[i - 1]) / span;
            double pseudo = a * y[i - 1] + b * y[i + 1] - y[i];
            double spread = w == null ? a * a + b * b + 1 : a * a / w[i - 1] + b * b / w[i + 1] + 1 / w[i];
            e[i - 1] = pseudo / Math.sqrt(spread);
        }
        return e;
    }
}
