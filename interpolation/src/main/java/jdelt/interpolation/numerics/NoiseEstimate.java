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
        // the pseudo-residual and its spread both multiplied by the span x[i+1] - x[i-1], which
        // cancels in their ratio, so an unweighted sample costs one division
        double sum = 0;
        for (int i = 1; i < x.length - 1; i++) {
            double right = x[i + 1] - x[i];
            double left = x[i] - x[i - 1];
            double span = right + left;
            double pseudo = right * y[i - 1] + left * y[i + 1] - span * y[i];
            double spread = w == null ? right * right + left * left + span * span
                    : right * right / w[i - 1] + left * left / w[i + 1] + span * span / w[i];
            sum += pseudo * pseudo / spread;
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
        return noiseFreeDrop(x, y) >= NOISE_FREE_DROP;
    }

    /**
     * The statistic behind {@link #looksNoiseFree}: the smaller of the two falls of the root mean
     * square prediction miss, from the polynomial through 2 to that through 4 neighbours and from 4
     * to 6 (infinite where a miss is zero). Near 1 for noise; large for smooth noise-free samples.
     *
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @return the smaller fall, or 0 with fewer than 12 samples
     */
    public static double noiseFreeDrop(double[] x, double[] y) {
        if (x.length < NOISE_FREE_MIN_SAMPLES) {
            return 0;
        }
        int stride = centreStride(x.length);
        double s2 = predictionMiss(x, y, 2, stride);
        double s4 = predictionMiss(x, y, 4, stride);
        double s6 = predictionMiss(x, y, 6, stride);
        return Math.min(fall(s2, s4), fall(s4, s6));
    }

    private static double fall(double from, double to) {
        return to == 0 ? Double.POSITIVE_INFINITY : from / to;
    }

    /**
     * The step between the samples whose prediction misses {@link #looksNoiseFree} and
     * {@link #localVariance} average: 1 up to {@value #MAX_CENTRES} samples, then so that about
     * that many are used (each still predicted from its nearest neighbours, so the sampling density
     * is the record's), which keeps the cost of both bounded while the relative standard error of a
     * mean of that many squared misses stays near 1 %.
     */
    private static int centreStride(int n) {
        return Math.max(1, n / MAX_CENTRES);
    }

    /** Most samples whose prediction misses are averaged (see {@link #centreStride}). */
    static final int MAX_CENTRES = 1 << 14;

    /** Neighbours of each sample in the prediction behind {@link #localVariance}. */
    private static final int LOCAL_VARIANCE_ORDER = 6;

    /**
     * The factor by which the prediction misses must fall per step in {@link #looksNoiseFree}.
     * Measured by {@code jdelt.bench.SplineDataCheckStudy} for the spline, which interpolates above
     * it (whole-range RMSE, geometric mean of the ratio to the best threshold per data set, noise
     * at most 1e-4 of the signal, n = 20 to 1000): 20 gives d1 1.063 and d2 1.046, against 1.153 and
     * 1.261 at 10, 1.124 and 1.089 at 50 and 1.90 and 1.65 never interpolating; with noise of 1e-3
     * and above every threshold from 5 up gives the same fits.
     */
    public static final double NOISE_FREE_DROP = 20;
    /** The fewest samples on which {@link #noiseFreeDrop} can tell noise-free data; below, it is 0. */
    public static final int NOISE_FREE_MIN_SAMPLES = 12;

    /**
     * Ratio of the largest to the smallest running noise variance above which a record's noise is
     * taken to vary along it (the spline then weights its samples, LOESS uses local variances).
     * On the accuracy benchmark the spline's weighting brought its errors on the heteroscedastic
     * cells down (e.g. logistic d2 to 0.19, ode-logistic to 0.25 of the unweighted). Measured by
     * {@code jdelt.bench.SplineDataCheckStudy} (whole-range RMSE, geometric mean of the ratio to the
     * best threshold per data set): on noise whose deviation rises 25-fold every threshold from 2 to
     * 32 weights (d1 1.075, d2 1.054, against 5.3 and 28 unweighted); on constant noise, where the
     * weights only add their own scatter, 16 gives d1 1.063 and d2 1.068 against 1.078 and 1.107 at 8
     * and 1.103 and 1.151 at 2, the same as never weighting.
     */
    public static final double VARYING_NOISE_RATIO = 16;
    /** Fewest samples for a running noise variance (see {@link #VARYING_NOISE_RATIO}). */
    public static final int VARYING_NOISE_MIN_SAMPLES = 200;

    /** The root mean square of {@link #squaredMisses}. */
    private static double predictionMiss(double[] x, double[] y, int k, int stride) {
        double sum = 0;
        double[] e2 = squaredMisses(x, y, k, stride);
        for (double v : e2) {
            sum += v;
        }
        return Math.sqrt(sum / e2.length);
    }

    /**
     * For every stride-th sample with k neighbours centred on it (k even), from sample {@code k / 2}
     * on, the square of the miss of the interpolating polynomial of those neighbours at the sample,
     * standardised by one plus the sum of its squared Lagrange weights, so that for noise it has the
     * noise's variance. Each Lagrange weight is a ratio of two products of distances, measured in
     * units of the neighbours' span so the products stay far from underflow, which needs one
     * division per neighbour.
     */
    private static double[] squaredMisses(double[] x, double[] y, int k, int stride) {
        int half = k / 2;
        double[] out = new double[(x.length - k - 1) / stride + 1];
        double[] t = new double[k];
        double[] v = new double[k];
        int count = 0;
        for (int i = half; i < x.length - half; i += stride) {
            double inverseSpan = 1 / (x[i + half] - x[i - half]);
            for (int j = 0; j < half; j++) {
                t[j] = (x[i - half + j] - x[i]) * inverseSpan;
                v[j] = y[i - half + j];
                t[half + j] = (x[i + 1 + j] - x[i]) * inverseSpan;
                v[half + j] = y[i + 1 + j];
            }
            double prediction = 0;
            double weights = 1;
            for (int j = 0; j < k; j++) {
                double numerator = 1;
                double denominator = 1;
                for (int l = 0; l < k; l++) {
                    if (l != j) {
                        numerator *= -t[l];
                        denominator *= t[j] - t[l];
                    }
                }
                double w = numerator / denominator;
                prediction += w * v[j];
                weights += w * w;
            }
            double miss = y[i] - prediction;
            out[count++] = miss * miss / weights;
        }
        return out;
    }

    /**
     * {@link #localVariance} over a running window of a tenth of the record ({@code half = n / 20})
     * when the noise varies along the record at least {@code ratio}-fold, for records of at least
     * {@code minSamples} samples; otherwise null, the noise being taken as constant. Whether it
     * varies is judged on the medians of the squared standardised misses over each tenth of the
     * record, which a few gross outliers (which inflate every running mean they fall in) do not move.
     *
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @param minSamples the fewest samples for which a varying variance is looked for (more than 6)
     * @param ratio the least ratio of the largest local variance to the smallest that counts as varying
     * @return one variance per sample, or null
     */
    public static double[] varyingVariance(double[] x, double[] y, int minSamples, double ratio) {
        int n = x.length;
        if (n < minSamples) {
            return null;
        }
        double[] e2 = squaredMisses(x, y, LOCAL_VARIANCE_ORDER, centreStride(n));
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int blocks = 10;
        for (int b = 0; b < blocks; b++) {
            double m = Median.of(Arrays.copyOfRange(e2, b * e2.length / blocks, (b + 1) * e2.length / blocks));
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
        }
        return lo > 0 && hi >= ratio * lo ? localVariance(x, y, n / 20) : null;
    }

    /**
     * The noise variance around each sample: the mean of the squared standardised misses of the
     * leave-one-out predictions from the polynomial through the 6 nearest neighbours (as in
     * {@link #looksNoiseFree}, whose order keeps the signal's curvature out of the estimate far
     * better than the 3-point pseudo-residuals) over the {@code 2 half + 1} samples nearest in index:
     * a running estimate for noise whose size varies along the record (Müller &amp; Stadtmüller,
     * "Estimation of heteroscedasticity in regression analysis", Ann. Statist. 15, 1987). Beyond
     * {@value #MAX_CENTRES} samples the misses of every {@code n / MAX_CENTRES}-th sample are averaged.
     *
     * @param x strictly increasing abscissae (more than 6)
     * @param y ordinates
     * @param half the half-width of the running window, in samples
     * @return one variance per sample
     */
    public static double[] localVariance(double[] x, double[] y, int half) {
        int n = x.length;
        int stride = centreStride(n);
        double[] e2 = squaredMisses(x, y, LOCAL_VARIANCE_ORDER, stride);
        int m = e2.length;
        double[] prefix = new double[m + 1];
        for (int j = 0; j < m; j++) {
            prefix[j + 1] = prefix[j] + e2[j];
        }
        double[] v = new double[n];
        int width = Math.max(1, Math.min(m, (2 * half + 1) / stride));
        // the window of sample i starts at the miss of centre i - half, number (i - half - 3) / stride,
        // rounded down and clamped; the number is kept as a quotient and a remainder, not divided anew
        int offset = LOCAL_VARIANCE_ORDER / 2 + half;
        int start = Math.floorDiv(-offset, stride);
        int phase = -offset - start * stride;
        double inverseWidth = 1.0 / width;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, Math.min(m - width, start));
            v[i] = (prefix[from + width] - prefix[from]) * inverseWidth;
            if (++phase == stride) {
                phase = 0;
                start++;
            }
        }
        return v;
    }
}
