package jdelt.estimators;

import java.util.Arrays;

/**
 * The window of the {@code k} consecutive samples nearest to a point, as the Savitzky–Golay
 * filter uses it on non-uniform x: found from a nearby guess and slid along sorted points in
 * amortised constant time. Stateless helper.
 */
final class NearestWindow {

    private NearestWindow() {
    }

    /**
     * First index of the {@code k} consecutive samples nearest to {@code z} (ties go left),
     * searched from {@code start}, which should be close (for sorted arguments, the previous answer).
     *
     * @param x the sorted abscissae
     * @param k the window size, at most {@code x.length}
     * @param z the evaluation point (finite)
     * @param start a first guess in {@code [0, n-k]}
     * @return the first index of the nearest window
     */
    static int from(double[] x, int k, double z, int start) {
        int a = start;
        int last = x.length - k;
        while (a < last && x[a + k] - z < z - x[a]) {
            a++;
        }
        while (a > 0 && z - x[a - 1] <= x[a + k - 1] - z) {
            a--;
        }
        return a;
    }

    /**
     * The first index of the nearest window, from a bisection guess: the window centred by index
     * on the sample at or just below {@code z}.
     */
    static int of(double[] x, int k, double z) {
        int i = Arrays.binarySearch(x, z);
        int below = i >= 0 ? i : -i - 2;
        return from(x, k, z, Math.max(0, Math.min(x.length - k, below - k / 2)));
    }
}
