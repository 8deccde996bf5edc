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
        return 1.4826 * Median.of(e);
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
        return Math.sqrt(variance(x, y));
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

    /**
     * Whether the samples look noise-free at their sampling density: whether each sample's
     * leave-one-out prediction from the polynomial through its 2, 4 and 6 nearest neighbours
     * (half each side; standardised like the pseudo-residuals) misses by less and less, by a factor
     * {@value #NOISE_FREE_DROP} or more at each step. For noise the standardised misses stay at the noise
     * deviation whatever the order (Gasser, Sroka &amp; Jennen-Steinmetz 1986 use the first step);
     * for a smooth signal sampled densely enough they fall geometrically with the order, like
     * {@code (h omega)^k}. Needs at least 12 samples (else false).
     *
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @return true if the misses fall by {@value #NOISE_FREE_DROP} or more from order 2 to 4 and from 4 to 6
     */
    public static boolean looksNoiseFree(double[] x, double[] y) {
        if (x.length < 12) {
            return false;
        }
        double s2 = predictionMiss(x, y, 2);
        double s4 = predictionMiss(x, y, 4);
        double s6 = predictionMiss(x, y, 6);
        return s4 <= s2 / NOISE_FREE_DROP && s6 <= s4 / NOISE_FREE_DROP;
    }

    /** Neighbours of each sample in the prediction behind {@link #localVariance}. */
    private static final int LOCAL_VARIANCE_ORDER = 6;

    /** The factor by which the prediction misses must fall per step in {@link #looksNoiseFree}. */
    public static final double NOISE_FREE_DROP = 10;

    /** The root mean square of {@link #predictionMisses}. */
    private static double predictionMiss(double[] x, double[] y, int k) {
        double sum = 0;
        double[] e = predictionMisses(x, y, k);
        for (double v : e) {
            sum += v * v;
        }
        return Math.sqrt(sum / e.length);
    }

    /**
     * For each sample with k neighbours centred on it (k even), the miss of the interpolating
     * polynomial of those neighbours at the sample, standardised by the root of one plus the sum of
     * its squared Lagrange weights, so that for noise it has the noise's variance.
     */
    private static double[] predictionMisses(double[] x, double[] y, int k) {
        int half = k / 2;
        double[] out = new double[x.length - k];
        int count = 0;
        int[] idx = new int[k];
        for (int i = half; i < x.length - half; i++) {
            for (int j = 0; j < half; j++) {
                idx[j] = i - half + j;
                idx[half + j] = i + 1 + j;
            }
            double prediction = 0;
            double weights = 1;
            for (int j = 0; j < k; j++) {
                double w = 1;
                for (int l = 0; l < k; l++) {
                    if (l != j) {
                        w *= (x[i] - x[idx[l]]) / (x[idx[j]] - x[idx[l]]);
                    }
                }
                prediction += w * y[idx[j]];
                weights += w * w;
            }
            out[count++] = (y[i] - prediction) / Math.sqrt(weights);
        }
        return out;
    }

    /**
     * The noise variance around each sample: the mean of the squared standardised misses of the
     * leave-one-out predictions from the polynomial through the 6 nearest neighbours (as in
     * {@link #looksNoiseFree}, whose order keeps the signal's curvature out of the estimate far
     * better than the 3-point pseudo-residuals) over the {@code 2 half + 1} samples nearest in index:
     * a running estimate for noise whose size varies along the record (Müller &amp; Stadtmüller,
     * "Estimation of heteroscedasticity in regression analysis", Ann. Statist. 15, 1987).
     *
     * @param x strictly increasing abscissae (more than 6)
     * @param y ordinates
     * @param half the half-width of the running window, in samples
     * @return one variance per sample
     */
    public static double[] localVariance(double[] x, double[] y, int half) {
        int n = x.length;
        double[] e = predictionMisses(x, y, LOCAL_VARIANCE_ORDER);
        int m = e.length;
        double[] prefix = new double[m + 1];
        for (int j = 0; j < m; j++) {
            prefix[j + 1] = prefix[j] + e[j] * e[j];
        }
        double[] v = new double[n];
        int width = Math.min(m, 2 * half + 1);
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, Math.min(m - width, i - LOCAL_VARIANCE_ORDER / 2 - half));
            v[i] = (prefix[from + width] - prefix[from]) / width;
        }
        return v;
    }
}
