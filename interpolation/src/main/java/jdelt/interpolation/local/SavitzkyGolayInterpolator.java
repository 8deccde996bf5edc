package jdelt.interpolation.local;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.StandardizedFit;
import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.SlidingWindowLeastSquares;
import java.util.Arrays;

/**
 * Savitzky–Golay smoothing and differentiation (A. Savitzky and M. J. E. Golay, "Smoothing and
 * differentiation of data by simplified least squares procedures", Anal. Chem. 36 (1964)
 * 1627–1639), for uniform and non-uniform x, with a window chosen from the data.
 *
 * <p><b>The model.</b> The value of order {@code m} at any point {@code z} is the m-th derivative
 * at {@code z} of the least-squares polynomial fitted, with equal weights, to the samples of the
 * window at {@code z} (the local polynomial's own coefficient, not a difference of fitted values).
 * With a fixed window of {@code k} samples the window is the {@code k} samples nearest to
 * {@code z}: on uniform x, at the samples away from the ends, exactly the classical convolution
 * filter of {@code k} points. By default the window is instead a <b>bandwidth in x</b>: every
 * sample within {@code [z - h, z + h]}, and at least the {@code degree + 2} samples nearest to
 * {@code z} where sampling is too sparse for that ({@link BandwidthWindow}). On uniform x this is
 * the classical filter again ({@code k ≈ 2h/Δx + 1}); on strongly non-uniform x (bursts,
 * event-driven logging) a window of a fixed number of samples would be far too narrow in x where
 * sampling is dense and differentiate the noise there, while the best width of a local
 * polynomial fit depends on the local density only through its power {@code -1/(2p+3)} (Fan and
 * Gijbels 1996, ch. 3; {@code p} the degree), so one width in x suits every region. Between samples
 * the polynomial is evaluated at the point itself, so the curves are defined everywhere; because
 * the window changes by whole samples, each curve is piecewise smooth with small jumps where the
 * window changes. Near the ends the window stops at the data (an interval of the same width
 * against the first or last sample), and <b>outside the sampled range</b> the curve continues the
 * end window's polynomial.
 *
 * <p><b>Degrees.</b> Each derivative order has its own local polynomials (as Savitzky and Golay
 * tabulate separate filters per derivative). By default the fit and the second derivative use
 * degree 4 and the first derivative degree 5 ({@link #DEFAULT_DEGREES}, the best measured on
 * noisy test signals by {@code jdelt.bench.SlidingWindowDefaultsStudy}); a degree given to the
 * constructor serves every order.
 *
 * <p><b>Automatic window (the default).</b> The bandwidth for the fit (order 0) minimises the
 * exact leave-one-out cross-validation score of this linear smoother, {@code mean(((y_i - f_i) /
 * (1 - H_ii))^2)}, with the hat diagonal {@code H_ii} in closed form from each local normal
 * matrix. Half-widths of {@code k/2} lower-quartile sample spacings are searched for odd {@code k}
 * on a geometric grid (ratio 1.2) from the degree + 2 up to half the sampled range (every sample;
 * on uniform x these are the classical odd windows of {@code k} samples) by the shared
 * {@link jdelt.interpolation.numerics.WindowSearch} (coarse to fine, stopping once the score has
 * clearly risen past its first minimum). Above {@value BandwidthWindow#SCORED_SAMPLES} samples the
 * score is computed at evenly strided samples, and above {@code 2 ·}
 * {@value jdelt.interpolation.numerics.WindowSearch#THINNED_SAMPLES} the search runs on a thinned
 * subsample and is refined on the full data. A window that is right for the curve is not right for its derivatives, so the
 * derivative bandwidths are the cross-validated one times fixed factors
 * ({@link #DEFAULT_WINDOW_FACTORS}, {@link #WINDOW_FACTORS}: the oracle ratios measured on noisy
 * test signals by {@code jdelt.bench.SlidingWindowDefaultsStudy}), except that when the
 * cross-validated bandwidth is the grid's smallest (short, sparsely sampled records, where the
 * data want narrower windows than the grid offers) no order is widened past it: on the accuracy
 * benchmark this took two short-record cells within 3 times the oracle window (d1 errors 0.22 and
 * 0.33 times as large; geometric mean over the 163 cells 0.984 for d1, 1.000 for d2, worst cell
 * 1.17 times). A fixed window (a number of samples) applies to every order.
 *
 * <p><b>Noise-free data.</b> With an automatic window, data that look noise-free
 * ({@link NoiseEstimate#looksNoiseFree}) take, for every order, the
 * {@value SlidingWindowLeastSquares#NOISE_FREE_DEGREE} + {@value SlidingWindowLeastSquares#NOISE_FREE_EXTRA}
 * nearest samples at degree {@value SlidingWindowLeastSquares#NOISE_FREE_DEGREE} (or the given
 * degree plus one sample): local interpolation, where the cross-validated windows of the default
 * degrees were 19 (d1) and 29 (d2) times worse than the better of fourth-order finite differences
 * and the interpolating spline on the accuracy benchmark's noise-free cells. The summary's
 * {@code window} parameter says so.
 *
 * <p><b>Cost.</b> The window sums slide with the window ({@link SlidingWindowLeastSquares}), so
 * {@link Curve#values(double[])} on sorted points and each bandwidth tried by the search cost
 * O(n · degree²) whatever the window; a single {@code value(z)} costs O(window).
 * Instances are immutable and thread-safe.
 */
public final class SavitzkyGolayInterpolator implements Interpolator {

    /** The registered method name. */
    public static final String NAME = "savgol";
    /**
     * The default degrees of the local polynomials for orders 0, 1 and 2: quartic for the fit and
     * the second derivative, quintic for the first, the best measured on noisy test signals by
     * {@code jdelt.bench.SlidingWindowDefaultsStudy} (part 1: each degree's least error over the
     * window, relative to the best degree's).
     */
    static final int[] DEFAULT_DEGREES = {4, 5, 4};
    /** The highest polynomial degree accepted. */
    public static final int MAX_DEGREE = 8;
    /** The highest derivative order supported. */
    public static final int MAX_ORDER = 2;
    /**
     * Automatic windows of orders 0, 1, 2 with the default degrees, relative to the
     * cross-validated window of the quartic fit, measured by
     * {@code jdelt.bench.SlidingWindowDefaultsStudy} (part 2): with these factors the d1 and d2
     * errors are 1.40 and 1.52 times those of the oracle window; the study's best factors there,
     * 1.4 and 1.15 (1.29 and 1.39 times), were 2 and 4 % worse on the accuracy benchmark's grid
     * (geometric mean over its cells), so these stay.
     */
    static final double[] DEFAULT_WINDOW_FACTORS = {1.0, 1.25, 1.0};
    /**
     * The same with one degree for every order, relative to the cross-validated window of that
     * degree: measured for degree 3 by {@code jdelt.bench.SlidingWindowDefaultsStudy} (part 2:
     * 1.34 and 1.21 times the oracle window's error; the best, 1.6 and 1.0, gave 1.22 and 1.21).
     */
    static final double[] WINDOW_FACTORS = {1.0, 1.2, 1.0};

    /** The summary's {@code window} parameter on data that look noise-free. */
    static final String NOISE_FREE = "smallest (the data look noise-free)";

    private final int degree;
    private final int window;

    /**
     * Creates a Savitzky–Golay method with the default degrees (4 for the fit and the second
     * derivative, 5 for the first) and automatic windows.
     */
    public SavitzkyGolayInterpolator() {
        this.degree = 0;
        this.window = 0;
    }

    /** A fixed window at the default degrees, which it must exceed. */
    private SavitzkyGolayInterpolator(int window, int[] degrees) {
        int highest = Arrays.stream(degrees).max().orElseThrow();
        if (window <= highest) {
            throw new IllegalArgumentException(NAME + ": window must be more than the degree ("
                    + highest + ") samples, got " + window);
        }
        this.degree = 0;
        this.window = window;
    }

    /**
     * Creates a Savitzky–Golay method with the default degrees and a fixed window for every order.
     *
     * @param window the number of samples in each local fit, more than 5
     * @return the method
     * @throws IllegalArgumentException if the window is too small
     */
    public static SavitzkyGolayInterpolator withWindow(int window) {
        return new SavitzkyGolayInterpolator(window, DEFAULT_DEGREES);
    }

    /**
     * Creates a Savitzky–Golay method of one degree for every order, with automatic windows.
     *
     * @param degree the local polynomial degree, 1 to {@value #MAX_DEGREE}
     */
    public SavitzkyGolayInterpolator(int degree) {
        this(degree, 0);
    }

    /**
     * Creates a Savitzky–Golay method of one degree for every order, with a fixed window for every
     * order.
     *
     * @param degree the local polynomial degree, 1 to {@value #MAX_DEGREE}
     * @param window the number of samples in each local fit, more than {@code degree}; 0 chooses
     *     the windows from the data
     * @throws IllegalArgumentException if the degree or window is out of range
     */
    public SavitzkyGolayInterpolator(int degree, int window) {
        if (degree < 1 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException(NAME + ": degree must be between 1 and " + MAX_DEGREE
                    + ", got " + degree);
        }
        if (window != 0 && window <= degree) {
            throw new IllegalArgumentException(NAME + ": window must be more than the degree (" + degree
                    + ") samples, got " + window);
        }
        this.degree = degree;
        this.window = window;
    }

    /** @return the local polynomial degree of every order, or 0 for the default degrees */
    public int degree() {
        return degree;
    }

    /** @return the fixed window, or 0 when it is chosen from the data */
    public int window() {
        return window;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        int[] degrees = degree > 0 ? new int[] {degree, degree, degree} : DEFAULT_DEGREES.clone();
        int minPoints = window > 0 ? window : degrees[0] + 2;
        return StandardizedFit.fit(x, y, minPoints, NAME + (degree > 0 ? " with degree " + degree : "")
                + (window > 0 ? " and window " + window : ""), (xs, ys) -> fitStandardized(xs, ys, degrees));
    }

    private SavitzkyGolayFit fitStandardized(double[] xs, double[] ys, int[] degrees) {
        int top = Math.min(MAX_ORDER, degree > 0 ? degree : MAX_ORDER);
        int[] windows = new int[top + 1];
        double[] bandwidths = new double[top + 1];
        int cleanDegree = degree > 0 ? degree : SlidingWindowLeastSquares.NOISE_FREE_DEGREE;
        int cleanWindow = cleanDegree + SlidingWindowLeastSquares.NOISE_FREE_EXTRA;
        if (window == 0 && xs.length >= cleanWindow && NoiseEstimate.looksNoiseFree(xs, ys)) {
            Arrays.fill(degrees, cleanDegree);
            Arrays.fill(windows, cleanWindow);
            return new SavitzkyGolayFit(xs, ys, Arrays.copyOf(degrees, top + 1), windows, bandwidths, NOISE_FREE);
        }
        int fitDegree = degrees[0];
        double base = window > 0 ? 0 : BandwidthWindow.crossValidatedHalfWidth(xs, ys, fitDegree);
        double[] factors = degree > 0 ? WINDOW_FACTORS : DEFAULT_WINDOW_FACTORS;
        // a minimum at the grid's smallest window: the data want narrower windows than it offers,
        // so the derivatives are not widened past it
        boolean smallest = base > 0 && base <= BandwidthWindow.halfWidthGrid(xs, fitDegree)[0];
        for (int m = 0; m <= top; m++) {
            windows[m] = window > 0 ? window : Math.min(xs.length, degrees[m] + 2);
            bandwidths[m] = base * (smallest ? Math.min(1, factors[m]) : factors[m]);
        }
        return new SavitzkyGolayFit(xs, ys, Arrays.copyOf(degrees, top + 1), windows, bandwidths,
                window == 0 ? "leave-one-out cv" : "fixed");
    }

    @Override
    public String toString() {
        return "SavitzkyGolayInterpolator[degree=" + (degree > 0 ? degree : "default") + ", window="
                + (window > 0 ? window : "auto") + "]";
    }
}
