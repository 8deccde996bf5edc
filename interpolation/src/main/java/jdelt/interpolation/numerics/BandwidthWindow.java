package jdelt.interpolation.numerics;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The local window of a sliding least-squares method ({@code savgol}, {@code glla}) at a point
 * {@code z}: every sample within the
 * x-interval {@code [z - h, z + h]} (shifted inwards near the ends so that it keeps its width
 * {@code 2h} inside the sampled range, as the classical filter's end windows do), together with
 * at least the {@code k} samples nearest to {@code z} (the floor the polynomial degree needs
 * where sampling is sparse). With {@code h = 0} it is just the {@code k} nearest samples. A
 * window of fixed width in x, rather than a fixed number of samples, is
 * the kernel-regression bandwidth of local polynomial fitting (J. Fan and I. Gijbels, <i>Local
 * Polynomial Modelling and Its Applications</i>, Chapman &amp; Hall 1996, ch. 3), whose optimal
 * value depends on the local sampling density only through a power {@code -1/(2p+3)} ({@code p}
 * the degree), so one width suits regions of very different density.
 *
 * <p>Also the choice of {@code h} by exact leave-one-out cross-validation of the local polynomial
 * fit ({@link #crossValidatedHalfWidth}). A building block for method implementations, not a
 * method itself.
 *
 * <p>A mutable cursor: for sorted points both ends walk forwards, in amortised constant time;
 * a point far from the previous one is located by bisection. One instance serves one thread.
 */
public final class BandwidthWindow {

    /**
     * The most samples at which the leave-one-out score is computed (evenly strided, the same for
     * every window): with 5000 instead of 100 000 (and the coarse-to-fine, multilevel search) the
     * accuracy benchmark's errors of {@code savgol} and {@code glla}
     * ({@code jdelt.bench.accuracy.AccuracyBenchmark --grid all}) changed by 1 to 2 % (geometric
     * means over the cells).
     */
    public static final int SCORED_SAMPLES = 5_000;
    /** The most sample spacings whose lower quartile sets the grid's unit. */
    private static final int SPACINGS = 100_000;
    /** The ratio of successive candidate windows. */
    public static final double GROWTH = 1.2;

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
    public BandwidthWindow(double[] x, int k, double h) {
        this.x = x;
        this.k = k;
        this.h = h;
    }

    /**
     * Places the window at {@code z} (finite).
     *
     * @param z the evaluation point
     */
    public void locate(double z) {
        int n = x.length;
        boolean far = nearest < 0
                || Math.abs(z - previous) > 2 * h + x[first + count - 1] - x[first];
        nearest = far ? nearestStart(x, k, z) : nearestFrom(x, k, z, nearest);
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
    public int first() {
        return first;
    }

    /** @return the number of samples in the window last located */
    public int count() {
        return count;
    }

    /**
     * The half-width in x minimising the leave-one-out score of the degree-{@code degree} local
     * polynomial with at least {@code degree + 2} samples per window. Half-widths {@code k/2}
     * lower-quartile sample spacings are tried for odd {@code k} on a geometric grid (ratio
     * {@value #GROWTH}) from {@code degree + 2} or {@code degree + 3} up to half the sampled range
     * (every sample): on uniform x, windows of exactly {@code k} samples centred on each sample,
     * never an uneven window by rounding. The grid is searched by {@link WindowSearch} (coarse to
     * fine, stopping once the score has clearly risen past its minimum). Above
     * {@code 2 ·} {@value WindowSearch#THINNED_SAMPLES} samples the search is multilevel: made on an
     * evenly thinned subsample (at most {@value WindowSearch#LEVEL_RATIO} times thinner, itself
     * searched the same way), carried up at the asymptotic rate of the optimal bandwidth and
     * refined at each level up to {@value WindowSearch#REFINED_SAMPLES} samples
     * ({@link WindowSearch#refine}).
     *
     * @param x the sorted abscissae, more than {@code degree + 1}
     * @param y the ordinates
     * @param degree the local polynomial degree
     * @return the cross-validated half-width
     */
    public static double crossValidatedHalfWidth(double[] x, double[] y, int degree) {
        int n = x.length;
        int floor = Math.min(n, degree + 2);
        double[] grid = halfWidthGrid(x, degree);
        DoubleUnaryOperator score = h -> looScore(x, y, degree, floor, h);
        int stride = WindowSearch.levelStride(n);
        if (stride > 1) {
            double[] xt = WindowSearch.thin(x, stride);
            double pilot = crossValidatedHalfWidth(xt, WindowSearch.thin(y, stride), degree)
                    * WindowSearch.asymptoticScale(degree, 0, (double) n / xt.length);
            return WindowSearch.refine(grid, n, pilot, score);
        }
        return WindowSearch.coarseToFine(grid, WindowSearch.Rule.RISE, score);
    }

    /**
     * The candidate half-widths of {@link #crossValidatedHalfWidth}: {@code k/2} lower-quartile
     * sample spacings for odd {@code k} on a geometric grid (ratio {@value #GROWTH}) from
     * {@code degree + 2} or {@code degree + 3}, ended by half the sampled range.
     *
     * @param x the sorted abscissae, at least two
     * @param degree the local polynomial degree
     * @return the increasing half-widths
     */
    public static double[] halfWidthGrid(double[] x, int degree) {
        double half = 0.5 * (x[x.length - 1] - x[0]);
        double spacing = lowerQuartileSpacing(x);
        long first = degree + 3 - degree % 2;
        // the first odd k whose half-width reaches half the range ends the grid
        long last = Math.max(first, (long) Math.ceil(2 * half / spacing) | 1);
        double[] grid = WindowSearch.oddIntegers(first, last, GROWTH);
        for (int g = 0; g < grid.length; g++) {
            grid[g] = Math.min(half, 0.5 * grid[g] * spacing);
        }
        return grid;
    }

    /** The lower quartile of the sample spacings (of at most {@value #SPACINGS} strided ones). */
    private static double lowerQuartileSpacing(double[] x) {
        int stride = Math.max(1, (x.length - 1 + SPACINGS - 1) / SPACINGS);
        double[] gaps = new double[(x.length - 2) / stride + 1];
        for (int q = 0; q < gaps.length; q++) {
            gaps[q] = x[q * stride + 1] - x[q * stride];
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 4];
    }

    /**
     * The exact leave-one-out score {@code mean(((y_i - f_i) / (1 - H_ii))^2)} of the windows of at
     * least {@code k} samples and half-width {@code h} (hat diagonal in closed form): at every
     * sample, or at every {@code stride}-th sample (the same ones for every window) when there are
     * more than {@value #SCORED_SAMPLES}.
     *
     * @param x the sorted abscissae
     * @param y the ordinates
     * @param degree the local polynomial degree, less than {@code k}
     * @param k the least number of samples per window
     * @param h the half-width, 0 for windows of exactly {@code k} samples
     * @return the score
     */
    public static double looScore(double[] x, double[] y, int degree, int k, double h) {
        int n = x.length;
        int stride = Math.max(1, (n + SCORED_SAMPLES - 1) / SCORED_SAMPLES);
        SlidingWindowLeastSquares local = new SlidingWindowLeastSquares(x, y, degree, k, 1);
        BandwidthWindow window = new BandwidthWindow(x, k, h);
        double[] out = new double[2];
        double sum = 0;
        int count = 0;
        for (int i = stride / 2; i < n; i += stride) {
            window.locate(x[i]);
            local.moveTo(window.first(), window.count());
            local.derivatives(x[i], 0, out);
            double r = (y[i] - out[0]) / (1 - out[1]);
            sum += r * r;
            count++;
        }
        return sum / count;
    }

    /**
     * First index of the {@code k} consecutive samples nearest to {@code z} (ties go left).
     *
     * @param x the sorted abscissae
     * @param k the window size, at most {@code x.length}
     * @param z the point (finite)
     * @return the first index of the nearest window
     */
    public static int nearestStart(double[] x, int k, double z) {
        int i = Arrays.binarySearch(x, z);
        int below = i >= 0 ? i : -i - 2;
        return nearestFrom(x, k, z, Math.max(0, Math.min(x.length - k, below - k / 2)));
    }

    /** The same, walking from a nearby guess {@code start} in {@code [0, n-k]}. */
    private static int nearestFrom(double[] x, int k, double z, int start) {
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
}
