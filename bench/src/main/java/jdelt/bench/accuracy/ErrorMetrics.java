package jdelt.bench.accuracy;

/**
 * Root-mean-square errors of estimated first and second derivatives against the truth, over the
 * whole sampled range and over its inner 90 % (samples farther than 5 % of the range from either
 * end), since most methods lose accuracy at the edges.
 *
 * @param d1Inner RMSE of the first derivative on the inner 90 %
 * @param d1All RMSE of the first derivative on the whole range
 * @param d2Inner RMSE of the second derivative on the inner 90 % (NaN if the method has no second derivative)
 * @param d2All RMSE of the second derivative on the whole range (NaN likewise)
 */
public record ErrorMetrics(double d1Inner, double d1All, double d2Inner, double d2All) {

    /**
     * Computes the errors at the sample times.
     *
     * @param t sample times, increasing
     * @param d1 estimated first derivative at {@code t}
     * @param d2 estimated second derivative at {@code t}, or null if not available
     * @param trueD1 exact first derivative
     * @param trueD2 exact second derivative
     * @return the errors
     */
    public static ErrorMetrics of(double[] t, double[] d1, double[] d2, double[] trueD1, double[] trueD2) {
        boolean[] inner = innerMask(t);
        return new ErrorMetrics(rmse(d1, trueD1, inner), rmse(d1, trueD1, null),
                d2 == null ? Double.NaN : rmse(d2, trueD2, inner), d2 == null ? Double.NaN : rmse(d2, trueD2, null));
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
     * @return sqrt(mean((estimate - truth)^2)) over the selected indices
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
