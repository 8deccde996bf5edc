package jdelt.interpolation;

import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.Locale;

/**
 * Detects a fit that misses the data: its residuals' root mean square against the noise level
 * estimated from the samples alone (Gasser, Sroka &amp; Jennen-Steinmetz 1986, {@link NoiseEstimate}),
 * which follows any locally linear signal. A smoother that fits the signal leaves residuals at or
 * below the noise; residuals many times above it mean the fit passed over structure the samples
 * resolve — a long gap between recording runs, a step, a setting far too smooth.
 */
public final class ResidualCheck {

    /**
     * Residuals whose root mean square exceeds the noise estimate by more than this factor are
     * reported. Measured by {@code jdelt.bench.ResidualCheckStudy} (re-run 2026-12-01 on main
     * 1098da4, load average 15.9; the ratios do not depend on load): on a sine with noise 0, 1 % and
     * 10 % every default stays at or below 1.0; on two recording runs a long gap apart every default
     * follows both runs (ratios below 0.2, first derivatives within 3.2 %) except {@code neural} at a
     * 5e6 s gap, whose first derivative is 42 % wrong at a ratio of 989 (loess and lowess, 1,900 to
     * 3,100 before their noise-free fallback, now fit both runs to 1e-9).
     */
    static final double RATIO = 10;
    /** Residuals below this fraction of the data's spread are never reported (rounding level of smooth data). */
    static final double FLOOR = 1e-6;

    private ResidualCheck() {
    }

    /**
     * @param x the abscissae, strictly increasing
     * @param y the ordinates
     * @param fitted the fit at x
     * @param scale the factor that takes y to the units the message should use (1 for the data's)
     * @return the warning for {@link FitSummary#warnings()}, or {@code null} if the residuals are
     *     consistent with the noise
     */
    public static String warning(double[] x, double[] y, double[] fitted, double scale) {
        int n = x.length;
        if (n < 5) {
            return null;
        }
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double rss = 0;
        double spread = 0;
        for (int i = 0; i < n; i++) {
            rss += (y[i] - fitted[i]) * (y[i] - fitted[i]);
            spread = Math.max(spread, Math.abs(y[i] - mean));
        }
        double rms = Math.sqrt(rss / n);
        double noise = NoiseEstimate.standardDeviation(x, y);
        if (!(rms > RATIO * noise) || !(rms > FLOOR * spread)) {
            return null;
        }
        return String.format(Locale.ROOT, "the fit misses the data: its residuals (RMS %.3g) are %.3g times the noise"
                + " estimated from neighbouring samples (%.3g); derivatives may be badly wrong. Look at a plot;"
                + " a long gap or a step is better fitted piece by piece, or try another method or less smoothing",
                rms * Math.abs(scale), rms / noise, noise * Math.abs(scale));
    }
}
