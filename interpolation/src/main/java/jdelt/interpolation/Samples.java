package jdelt.interpolation;

/**
 * The one input-validation path shared by every jdelt method: it checks that samples are usable
 * and, if not, throws an {@link IllegalArgumentException} whose message names the first offending
 * index and value, e.g. {@code "x[17] = 3.2 is not greater than x[16] = 3.2"}.
 *
 * <p>It only checks; it never repairs. To sort, merge duplicates or drop non-finite rows, apply
 * the explicit, reported steps of {@link DataPreparation} first.
 */
public final class Samples {

    /**
     * The largest magnitude accepted for x and y: every method forms squares and products of the
     * samples, which overflow double precision beyond about 1e154.
     */
    public static final double MAX_MAGNITUDE = 1e150;

    /** The smallest spacing of x accepted (2^-100, about 7.9e-31). */
    public static final double MIN_SPACING = 0x1p-100;
    /** The largest range of x accepted (2^100, about 1.3e30). */
    public static final double MAX_RANGE = 0x1p100;

    private Samples() {
    }

    /**
     * Rejects x whose spacing or range lies outside [{@link #MIN_SPACING}, {@link #MAX_RANGE}]: the
     * methods form powers of spacings (a local cubic's normal equations hold sixth powers, a quintic
     * spline's penalty the fifth power of the reciprocal, a second derivative the reciprocal
     * square) that underflow or overflow beyond them.
     *
     * @param x strictly increasing abscissae ({@link #validate}d)
     * @throws IllegalArgumentException naming the closest pair or the range, with the remedy
     */
    public static void validateScale(double[] x) {
        int n = x.length;
        double range = x[n - 1] - x[0];
        double smallest = Double.POSITIVE_INFINITY;
        int at = 1;
        for (int i = 1; i < n; i++) {
            if (x[i] - x[i - 1] < smallest) {
                smallest = x[i] - x[i - 1];
                at = i;
            }
        }
        if (range > MAX_RANGE || smallest < MIN_SPACING) {
            throw new IllegalArgumentException("x spans " + range + (range > MAX_RANGE ? "" : ", with x[" + (at - 1) + "] = "
                    + x[at - 1] + " and x[" + at + "] = " + x[at] + " only " + smallest + " apart") + ": jdelt works with x"
                    + " spacings from " + MIN_SPACING + " and ranges up to " + MAX_RANGE + "; rescale x (e.g. to other"
                    + " units) and multiply the k-th derivative by the factor to the power k");
        }
    }

    /**
     * Checks samples for a method.
     *
     * @param x the abscissae
     * @param y the ordinates
     * @param minPoints the number of points the method needs at least
     * @param method the method's name, used in the message when there are too few points
     * @throws IllegalArgumentException if an array is null, the lengths differ, a value is not
     *     finite or exceeds {@link #MAX_MAGNITUDE} in magnitude, {@code x} is not strictly
     *     increasing, or there are fewer than {@code minPoints}
     */
    public static void validate(double[] x, double[] y, int minPoints, String method) {
        if (x == null || y == null) {
            throw new IllegalArgumentException((x == null ? "x" : "y") + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: x has " + x.length
                    + " values, y has " + y.length);
        }
        if (x.length < minPoints) {
            throw new IllegalArgumentException(method + " needs at least " + minPoints
                    + " points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            requireFinite("x", x, i);
            requireFinite("y", y, i);
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x[" + i + "] = " + x[i]
                        + " is not greater than x[" + (i - 1) + "] = " + x[i - 1]
                        + " (x must be strictly increasing; DataPreparation sorts and merges duplicates)");
            }
        }
    }

    /**
     * Checks observation weights.
     *
     * @param weights the weights, one per sample
     * @param n the number of samples
     * @throws IllegalArgumentException if the length differs from {@code n} or a weight is not
     *     finite and positive
     */
    public static void validateWeights(double[] weights, int n) {
        if (weights.length != n) {
            throw new IllegalArgumentException("weights has " + weights.length
                    + " values but there are " + n + " samples");
        }
        for (int i = 0; i < n; i++) {
            if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] = " + weights[i]
                        + " is not a finite positive number");
            }
        }
    }

    /**
     * Checks a requested derivative order.
     *
     * @param order the requested order
     * @param maxOrder the highest order the method supports
     * @param method the method's name, used in the message
     * @throws IllegalArgumentException if {@code order} is outside {@code [0, maxOrder]}
     */
    public static void validateOrder(int order, int maxOrder, String method) {
        if (order < 0 || order > maxOrder) {
            throw new IllegalArgumentException("derivative order " + order + " is not supported by "
                    + method + ": it supports orders 0 to " + maxOrder + " (0 is the fit itself)");
        }
    }

    private static void requireFinite(String name, double[] v, int i) {
        if (!Double.isFinite(v[i])) {
            throw new IllegalArgumentException(name + "[" + i + "] = " + v[i]
                    + " is not finite (DataPreparation.dropNonFinite removes such rows)");
        }
        if (Math.abs(v[i]) > MAX_MAGNITUDE) {
            throw new IllegalArgumentException(name + "[" + i + "] = " + v[i] + " is too large: magnitudes above "
                    + MAX_MAGNITUDE + " overflow double precision when squared; rescale the data");
        }
    }
}
