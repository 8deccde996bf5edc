package jdelt.interpolation.numerics;

/**
 * The median of a sample in expected linear time, by Hoare's selection ({@link Selection}) instead
 * of a sort: for an even count, the mean of the two middle values.
 */
public final class Median {

    private Median() {
    }

    /**
     * @param values the values, at least one, not NaN; not changed
     * @return their median
     */
    public static double of(double[] values) {
        double[] v = values.clone();
        int n = v.length;
        Selection.select(v, null, 0, n, n / 2);
        double upper = v[n / 2];
        if (n % 2 == 1) {
            return upper;
        }
        // after the selection every value left of n / 2 is at most v[n / 2]: the lower middle is their largest
        double lower = v[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, v[i]);
        }
        return 0.5 * (lower + upper);
    }
}
