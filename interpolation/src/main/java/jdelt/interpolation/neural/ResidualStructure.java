package jdelt.interpolation.neural;

import java.util.Locale;

/**
 * Detects a fit that leaves structure in its residuals: the lag-1 autocorrelation of the residuals
 * in the order of x (the statistic of Durbin &amp; Watson's test, Biometrika 37, 1950, up to
 * {@code d ≈ 2 (1 - r)}). Residuals of a fit that follows the signal are nearly white; a systematic
 * misfit of relative variance {@code v} (to the noise's) makes {@code r ≈ v / (1 + v)}, so
 * {@link #THRESHOLD} flags a misfit whose root mean square is about two thirds of the noise or more,
 * and requiring {@code r} to exceed {@link #SIGNIFICANCE} / √n keeps white noise (sd 1/√n) from
 * tripping it by chance.
 */
final class ResidualStructure {

    /** The autocorrelation above which residuals are reported as structured. */
    static final double THRESHOLD = 0.3;
    /** Standard errors of white noise's autocorrelation that r must also exceed. */
    static final double SIGNIFICANCE = 3;
    /** Residuals below this fraction of the data's spread are never reported (rounding level of smooth data). */
    static final double FLOOR = 1e-6;

    private ResidualStructure() {
    }

    /**
     * @param y the ordinates, in the order of increasing x
     * @param fitted the fit at the same abscissae
     * @return the warning, or {@code null} if the residuals look white
     */
    static String warning(double[] y, double[] fitted) {
        int n = y.length;
        double mean = 0;
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            mean += (y[i] - fitted[i]) / n;
            yMean += y[i] / n;
        }
        double squares = 0;
        double lagged = 0;
        double spread = 0;
        double previous = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - fitted[i] - mean;
            squares += e * e;
            lagged += i > 0 ? e * previous : 0;
            previous = e;
            spread = Math.max(spread, Math.abs(y[i] - yMean));
        }
        double r = squares > 0 ? lagged / squares : 0;
        if (!(r > THRESHOLD) || !(r > SIGNIFICANCE / Math.sqrt(n)) || !(Math.sqrt(squares / n) > FLOOR * spread)) {
            return null;
        }
        return String.format(Locale.ROOT, "the fit leaves structure in its residuals: their lag-1 autocorrelation is"
                + " %.2f (white noise: 0 ± %.2g), so the network is smoother than the signal and its derivatives"
                + " may be biased; look at a plot of the residuals, or try the spline", r, 1 / Math.sqrt(n));
    }
}
