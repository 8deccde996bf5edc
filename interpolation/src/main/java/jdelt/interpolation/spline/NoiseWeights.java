package jdelt.interpolation.spline;

import jdelt.interpolation.numerics.NoiseEstimate;

/**
 * The spline's view of the noise: inverse local noise variances as sample weights when the noise
 * level varies along the record (a running difference-based estimate, Müller &amp; Stadtmüller,
 * "Estimation of heteroscedasticity in regression analysis", Ann. Statist. 15, 1987), and the
 * difference-based noise variance of a weighted sample (Gasser, Sroka &amp; Jennen-Steinmetz,
 * Biometrika 73, 1986, via {@link NoiseEstimate#variance(double[], double[], double[])}).
 */
final class NoiseWeights {


    private NoiseWeights() {
    }

    /**
     * Inverse local noise variances ({@link NoiseEstimate#localVariance} over a running window of a
     * tenth of the record), scaled to mean-variance units, when those variances vary more than
     * {@code ratio}-fold and there are at least {@value NoiseEstimate#VARYING_NOISE_MIN_SAMPLES} samples; else null.
     *
     * <p>This is not {@link NoiseEstimate#varyingVariance}, which judges the variation on the medians
     * of the squared misses over each tenth of the record: here it is judged on the extremes of the
     * running variance itself, the test for which {@value NoiseEstimate#VARYING_NOISE_RATIO} was measured.
     */
    static double[] inverseVariances(double[] x, double[] y, double ratio) {
        int n = x.length;
        if (n < NoiseEstimate.VARYING_NOISE_MIN_SAMPLES) {
            return null;
        }
        double[] v = NoiseEstimate.localVariance(x, y, n / 20);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double mean = 0;
        for (double vi : v) {
            lo = Math.min(lo, vi);
            hi = Math.max(hi, vi);
            mean += vi / n;
        }
        if (!(lo > 0) || !(hi >= ratio * lo)) {
            return null;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = mean / v[i];
        }
        return w;
    }

    /** The difference-based noise variance of a unit-weight sample, without divisions by equal weights. */
    static double variance(double[] x, double[] yc, double[] weights) {
        return equal(weights) ? NoiseEstimate.variance(x, yc, null) * weights[0] : NoiseEstimate.variance(x, yc, weights);
    }

    /** Whether all weights are the same. */
    static boolean equal(double[] weights) {
        for (double w : weights) {
            if (w != weights[0]) {
                return false;
            }
        }
        return true;
    }
}
