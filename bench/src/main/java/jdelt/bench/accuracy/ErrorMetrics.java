package jdelt.bench.accuracy;

/**
 * Root-mean-square errors of estimated first and second derivatives against the truth, over the
 * whole sampled range, over its inner 90 % (samples farther than 5 % of the range from either
 * end) and over the outer 10 % (the edges), since most methods lose accuracy at the edges; and,
 * where the method gives standard errors, the coverage of the pointwise 95 % band (estimate ±
 * 1.96 standard errors) of the true derivative over the whole range, and the root mean square of
 * the standard errors themselves, so that a whole-range RMSE far above it shows a bias the band
 * does not hold ({@link #BIAS_SMALL}).
 *
 * @param d1Inner RMSE of the first derivative on the inner 90 %
 * @param d1All RMSE of the first derivative on the whole range
 * @param d2Inner RMSE of the second derivative on the inner 90 % (NaN if the method has no second derivative)
 * @param d2All RMSE of the second derivative on the whole range (NaN likewise)
 * @param d1Edge RMSE of the first derivative on the outer 10 %
 * @param d2Edge RMSE of the second derivative on the outer 10 % (NaN likewise)
 * @param d1Coverage fraction of samples whose true first derivative lies in the 95 % band (NaN without standard errors)
 * @param d2Coverage the same for the second derivative
 * @param d1Se root mean square over the whole range of the first derivative's standard error (NaN without)
 * @param d2Se the same for the second derivative
 */
public record ErrorMetrics(double d1Inner, double d1All, double d2Inner, double d2All, double d1Edge, double d2Edge,
                           double d1Coverage, double d2Coverage, double d1Se, double d2Se) {

    /**
     * A fit's bias counts as small where its whole-range RMSE is at most this many times the root
     * mean square of its standard errors: with no bias the two agree (RMSE² = mean SE²), and a
     * ratio of 1.5 means the squared bias is at most 1.25 times the variance the band holds.
     */
    public static final double BIAS_SMALL = 1.5;

    /** Standard errors each side of the estimate in the band whose coverage is measured (normal 97.5 % point). */
    public static final double BAND = 1.96;

    /**
     * Errors without edge errors or coverage.
     *
     * @param d1Inner RMSE of the first derivative on the inner 90 %
     * @param d1All RMSE of the first derivative on the whole range
     * @param d2Inner RMSE of the second derivative on the inner 90 %
     * @param d2All RMSE of the second derivative on the whole range
     */
    public ErrorMetrics(double d1Inner, double d1All, double d2Inner, double d2All) {
        this(d1Inner, d1All, d2Inner, d2All, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * Computes the errors at the sample times, without coverage.
     *
     * @param t sample times, increasing
     * @param d1 estimated first derivative at {@code t}
     * @param d2 estimated second derivative at {@code t}, or null if not available
     * @param trueD1 exact first derivative
     * @param trueD2 exact second derivative
     * @return the errors
     */
    public static ErrorMetrics of(double[] t, double[] d1, double[] d2, double[] trueD1, double[] trueD2) {
        return of(t, d1, d2, trueD1, trueD2, null, null);
    }

    /**
     * Computes the errors and band coverages at the sample times.
     *
     * @param t sample times, increasing
     * @param d1 estimated first derivative at {@code t}
     * @param d2 estimated second derivative at {@code t}, or null if not available
     * @param trueD1 exact first derivative
     * @param trueD2 exact second derivative
     * @param se1 standard error of the first derivative at {@code t}, or null
     * @param se2 standard error of the second derivative at {@code t}, or null
     * @return the errors
     */
    public static ErrorMetrics of(double[] t, double[] d1, double[] d2, double[] trueD1, double[] trueD2,
                                  double[] se1, double[] se2) {
        boolean[] inner = innerMask(t);
        boolean[] edge = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            edge[i] = !inner[i];
        }
        return new ErrorMetrics(rmse(d1, trueD1, inner), rmse(d1, trueD1, null),
                d2 == null ? Double.NaN : rmse(d2, trueD2, inner), d2 == null ? Double.NaN : rmse(d2, trueD2, null),
                rmse(d1, trueD1, edge), d2 == null ? Double.NaN : rmse(d2, trueD2, edge),
                coverage(d1, se1, trueD1), d2 == null ? Double.NaN : coverage(d2, se2, trueD2),
                rootMeanSquare(se1), d2 == null ? Double.NaN : rootMeanSquare(se2));
    }

    /**
     * @param se standard errors, or null
     * @return their root mean square, NaN for null
     */
    public static double rootMeanSquare(double[] se) {
        return se == null ? Double.NaN : rmse(se, new double[se.length], null);
    }

    /**
     * @param estimate estimated values
     * @param se their standard errors, or null
     * @param truth true values
     * @return the fraction of indices with {@code |estimate - truth| <= 1.96 se}, NaN without standard errors
     */
    public static double coverage(double[] estimate, double[] se, double[] truth) {
        if (se == null) {
            return Double.NaN;
        }
        int covered = 0;
        for (int i = 0; i < truth.length; i++) {
            covered += Math.abs(estimate[i] - truth[i]) <= BAND * se[i] ? 1 : 0;
        }
        return (double) covered / truth.length;
    }

    /**
     * @param t sample times, increasing
     * @return true where a time lies in the inner 90 % of {@code [t[0], t[n-1]]}
     */
    public static boolean[] innerMask(double[] t) {
        double margin = 0.05 * (t[t.length - 1] - t[0]);
        boolean[] inner = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            inner[i] = t[i] >= t[0] + margin && t[i] <= t[t.length - 1] - margin;
        }
        return inner;
    }

    /**
     * Root-mean-square difference; a non-finite estimate makes the result NaN.
     *
     * @param estimate estimated values
     * @param truth true values
     * @param mask which indices count, or null for all
     * @return sqrt(mean((estimate - truth)^2)) over the selected indices (NaN if none is selected)
     */
    public static double rmse(double[] estimate, double[] truth, boolean[] mask) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < truth.length; i++) {
            if (mask == null || mask[i]) {
                double e = estimate[i] - truth[i];
                sum += e * e;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }
}
