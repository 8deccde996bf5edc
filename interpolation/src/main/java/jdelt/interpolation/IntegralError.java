package jdelt.interpolation;

/**
 * The standard error of a fit's integral, from its residual standard deviation σ: the integral of
 * a smoother that reproduces constants, taken over a stretch much longer than its smoothing window,
 * weighs each sample by its share of x, as the trapezoidal rule does (the smoother only moves
 * weight between neighbours), so its variance is {@code σ² Σ wᵢ²} with the trapezoidal weights
 * {@code wᵢ} of the samples in the stretch (see e.g. Wasserman, <i>All of Nonparametric
 * Statistics</i>, 2006, §5.1 on linear smoothers: Var(ℓᵀy) = σ²‖ℓ‖²). The smoothing bias, which
 * integration averages out, is not included. Over a stretch shorter than the window the smoother
 * averages more samples than it spans, so the figure is then an upper bound.
 */
public final class IntegralError {

    private IntegralError() {
    }

    /**
     * @param x the sorted sample abscissae the fit was made from
     * @param sigma the fit's residual standard deviation ({@link FitSummary#residualStandardDeviation()})
     * @return at each sample {@code i}, the standard error of the integral from {@code x[0]} to {@code x[i]}
     */
    public static double[] cumulative(double[] x, double sigma) {
        double[] se = new double[x.length];
        double interior = 0;
        for (int i = 1; i < x.length; i++) {
            if (i >= 2) {
                interior += square(0.5 * (x[i] - x[i - 2]));
            }
            double ends = square(0.5 * (x[1] - x[0])) + square(0.5 * (x[i] - x[i - 1]));
            se[i] = sigma * Math.sqrt(interior + ends);
        }
        return se;
    }

    private static double square(double v) {
        return v * v;
    }
}
