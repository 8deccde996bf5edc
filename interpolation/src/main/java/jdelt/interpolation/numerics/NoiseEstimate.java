package jdelt.interpolation.numerics;

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
     * @param x strictly increasing abscissae (at least 3)
     * @param y ordinates
     * @param w weights, inversely proportional to each sample's noise variance
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
     * @param w weights, inversely proportional to each sample's noise variance
     * @return {@code x.length - 2} pseudo-residuals, for the interior samples in order
     */
    public static double[] pseudoResiduals(double[] x, double[] y, double[] w) {
        double[] e = new double[x.length - 2];
        for (int i = 1; i < x.length - 1; i++) {
            double span = x[i + 1] - x[i - 1];
            double a = (x[i + 1] - x[i]) / span;
            double b = (x[i] - x[i - 1]) / span;
            double pseudo = a * y[i - 1] + b * y[i + 1] - y[i];
            e[i - 1] = pseudo / Math.sqrt(a * a / w[i - 1] + b * b / w[i + 1] + 1 / w[i]);
        }
        return e;
    }
}
