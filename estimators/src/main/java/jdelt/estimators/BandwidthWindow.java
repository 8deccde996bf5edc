package jdelt.estimators;

import java.util.Arrays;

/**
 * The local window of the Savitzky–Golay filter at a point {@code z}: every sample within the
 * x-interval {@code [z - h, z + h]} (shifted inwards near the ends so that it keeps its width
 * {@code 2h} inside the sampled range, as the classical filter's end windows do), together with
 * at least the {@code k} samples nearest to {@code z} (the floor the polynomial degree needs
 * where sampling is sparse). With {@code h = 0} it is just the {@code k} nearest samples
 * ({@link NearestWindow}). A window of fixed width in x, rather than a fixed number of samples, is
 * the kernel-regression bandwidth of local polynomial fitting (J. Fan and I. Gijbels, <i>Local
 * Polynomial Modelling and Its Applications</i>, Chapman &amp; Hall 1996, ch. 3), whose optimal
 * value depends on the local sampling density only through a power {@code -1/(2p+3)} ({@code p}
 * the degree), so one width suits regions of very different density.
 *
 * <p>A mutable cursor: for sorted points both ends walk forwards, in amortised constant time;
 * a point far from the previous one is located by bisection. One instance serves one thread.
 */
final class BandwidthWindow {

    private final double[] x;
    private final int k;
    private final double h;
    private int lo;
    private int hi;
    private int nearest = -1;
    private double previous = Double.NaN;
    private int first;
    private int count;

    /**
     * @param x the sorted abscissae
     * @param k the least number of samples in a window, at most {@code x.length}
     * @param h the half-width in x, 0 for the {@code k} nearest samples only
     */
    BandwidthWindow(double[] x, int k, double h) {
        this.x = x;
        this.k = k;
        this.h = h;
    }

    /**
     * Places the window at {@code z} (finite).
     *
     * @param z the evaluation point
     */
    void locate(double z) {
        int n = x.length;
        boolean far = nearest < 0
                || Math.abs(z - previous) > 2 * h + x[first + count - 1] - x[first];
        nearest = far ? NearestWindow.of(x, k, z) : NearestWindow.from(x, k, z, nearest);
        previous = z;
        if (h <= 0) {
            first = nearest;
            count = k;
            return;
        }
        double width = 2 * h;
        double left = Math.max(x[0], Math.min(z - h, x[n - 1] - width));
        double right = Math.min(x[n - 1], Math.max(z + h, x[0] + width));
        if (far) {
            int i = Arrays.binarySearch(x, left);
            lo = i >= 0 ? i : -i - 1;
            int j = Arrays.binarySearch(x, right);
            hi = j >= 0 ? j + 1 : -j - 1;
        } else {
            while (lo < n && x[lo] < left) {
                lo++;
            }
            while (lo > 0 && x[lo - 1] >= left) {
                lo--;
            }
            while (hi < n && x[hi] <= right) {
                hi++;
            }
            while (hi > 0 && x[hi - 1] > right) {
                hi--;
            }
        }
        first = Math.min(lo, nearest);
        count = Math.max(hi, nearest + k) - first;
    }

    /** @return the first index of the window last located */
    int first() {
        return first;
    }

    /** @return the number of samples in the window last located */
    int count() {
        return count;
    }
}
