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
     * The noise standard deviation of equally weighted samples, as the local methods' standard
     * errors use it: a linear smoother's estimate {@code sum l_i(z) y_i} has standard error
     * {@code sigma sqrt(sum l_i(z)^2)} (Fan &amp; Gijbels, <i>Local Polynomial Modelling</i>, 1996,
     * §4.9), and this estimate of sigma needs no fit, so it is the same whatever window a method chose.
     *
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @return the estimated standard deviation, or 0 with fewer than 3 samples
     */
    public static double standardDeviation(double[] x, double[] y) {
        if (x.length < 3) {
            return 0;
        }
        double[] unit = new double[x.length];
        java.util.Arrays.fill(unit, 1);
        return Math.sqrt(variance(x, y, unit));
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
