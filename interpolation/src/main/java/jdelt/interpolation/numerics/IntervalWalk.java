package jdelt.interpolation.numerics;

import java.util.Arrays;

/**
 * Locates evaluation points among sorted breakpoints: the index of the interval
 * {@code [b[i], b[i+1])} holding each point, clamped to the first and last interval. Points given
 * in increasing order are found by walking forwards from the previous one (a few steps, then
 * bisection of the rest, so that sorted points cost amortised O(1) each when they are as dense
 * as the breakpoints and O(log) when they are sparse); a point before the previous one is found
 * by bisection. The one forward walk of the methods' {@code values(double[])} (finite
 * differences, Savitzky–Golay, GOLD, LLA, LOESS, the piecewise polynomials of the spline).
 *
 * <p>A mutable cursor: one instance serves one thread, for one pass over the points.
 */
public final class IntervalWalk {

    /** Forward steps tried before the rest of the way is bisected. */
    private static final int STEPS = 8;

    private final double[] breaks;
    private final int last;
    private int interval;

    /**
     * @param breaks the breakpoints, non-decreasing, at least two
     */
    public IntervalWalk(double[] breaks) {
        this.breaks = breaks;
        this.last = breaks.length - 2;
    }

    /**
     * The largest {@code i} in {@code [0, breaks.length - 2]} with {@code breaks[i] <= z}, or 0
     * when {@code z} is before every breakpoint.
     *
     * @param z the point, not NaN
     * @return the interval index
     */
    public int locate(double z) {
        int i = interval;
        if (breaks[i] <= z) {
            for (int step = 0; step < STEPS && i < last && breaks[i + 1] <= z; step++) {
                i++;
            }
            if (i == last || breaks[i + 1] > z) {
                interval = i;
                return i;
            }
            interval = bisect(z, i + 1, last + 1);
            return interval;
        }
        interval = bisect(z, 0, i);
        return interval;
    }

    /** The answer of {@link #locate} by bisection of {@code breaks[from, to]}. */
    private int bisect(double z, int from, int to) {
        int k = Arrays.binarySearch(breaks, from, to + 1, z);
        int i = k >= 0 ? k : -k - 2;
        // equal breakpoints: the last of them
        while (k >= 0 && i < last && breaks[i + 1] <= z) {
            i++;
        }
        return Math.max(0, Math.min(last, i));
    }
}
