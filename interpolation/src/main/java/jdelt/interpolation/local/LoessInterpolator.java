package jdelt.interpolation.local;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.StandardizedFit;
import java.util.Arrays;
import jdelt.interpolation.numerics.Median;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.Locale;

/**
 * LOESS: local polynomial regression with tricube weights over nearest-neighbour windows
 * (Cleveland 1979, "Robust locally weighted regression and smoothing scatterplots", JASA 74,
 * 829–836; Cleveland &amp; Devlin 1988, JASA 83, 596–610), with optional bisquare robustness
 * iterations, and derivatives read off the local polynomial's own coefficients at the evaluation
 * point (Fan &amp; Gijbels 1996, <i>Local Polynomial Modelling and Its Applications</i>, §3.1) —
 * never by differencing the fitted curve.
 *
 * <p><b>Degree and order.</b> By default the degree follows the derivative order requested:
 * {@code differentiate(ν)} fits local polynomials of degree {@code min(ν + 1, 3)} (Fan &amp;
 * Gijbels' recommendation p − ν odd; order 3 uses degree 3), so orders 0 to 3 are available.
 * With a fixed degree p (1 to {@value #MAX_DEGREE}) the orders 0 to p are available and a higher order is rejected
 * by {@link FittedCurve#differentiate(int)}; order p is then the local polynomial's leading
 * coefficient, a locally constant estimate with a larger bias near the ends.
 *
 * <p><b>Window.</b> A window holds the {@code q = floor(span · n)} nearest samples of the
 * evaluation point, its half-width {@code h} being the distance to the farthest of them; a fixed
 * {@link #withBandwidth bandwidth} (in x units) widens every window to at least that half-width,
 * as Loader's locfit does. By default the window is automatic and chosen separately for each
 * derivative order as a bandwidth in x units (with at least as many samples as an interior
 * window, so windows widen at the ends), to minimise an estimate of that derivative's mean
 * squared error, taking the first minimum of the estimate over windows from small to large (see
 * {@code LoessSpanSelector}; a window good for the curve is too small for its derivatives, and
 * a bandwidth in x, unlike a fraction of the samples, suits data whose sampling density varies):
 * the fit and each derivative therefore generally use different windows, reported by
 * {@link LoessFit#bandwidth(int)} and {@link LoessFit#span(int)}, and {@code differentiate(1)}
 * is not the slope of the fitted curve itself but the best estimate of the derivative in its
 * own right. Each order's span is chosen
 * on its first request and kept. A fixed span or bandwidth is used for every order.
 *
 * <p><b>Noise-free data.</b> With an automatic window, data that look noise-free
 * ({@link NoiseEstimate#looksNoiseFree}, on at most 10^4 evenly thinned samples) take the
 * {@code degree + }{@value #CLEAN_EXTRA} nearest samples for every order, with degree
 * {@value #CLEAN_DEGREE} unless fixed, and no robustness iterations: close to interpolation,
 * where a risk-chosen window of degree {@code order + 1} was 10^5 to 10^7 times worse than
 * fourth-order finite differences on the accuracy benchmark's noise-free cells. The summary's
 * {@code window} parameter says so. Where x are so clustered that such a window's local fit is
 * numerically singular at a sample, an automatic degree steps down (to 3, the highest it takes on
 * noisy data; the summary's {@code degree} says which), and failing that the windows are chosen by the estimated risk.
 *
 * <p><b>Evaluation.</b> By default ({@link Surface#INTERPOLATE}) each order is computed exactly at
 * vertices a sixteenth of a window apart and joined by cubic Hermite interpolation with the
 * estimate's exact slopes (Cleveland &amp; Grosse 1991), which keeps fitting and evaluating at
 * 10^6 points linear in n; {@link Surface#DIRECT} fits at every evaluation point instead.
 * Beyond the sampled range each order continues the local polynomial fitted at the nearest end.
 *
 * <p>Instances are immutable; the {@code with…} methods return modified copies.
 */
public final class LoessInterpolator implements Interpolator {

    /** How a fitted order is evaluated between samples (Cleveland &amp; Grosse 1991). */
    public enum Surface {
        /** Exact local fits at vertices, cubic Hermite in between (the default, as in R's loess). */
        INTERPOLATE,
        /** An exact local fit at every evaluation point: O(window) per point. */
        DIRECT
    }

    /** The highest fixed local polynomial degree. */
    public static final int MAX_DEGREE = 8;
    /** The highest automatic degree (order 3 and up). */
    private static final int AUTO_TOP_DEGREE = 3;
    /**
     * The local degree of every order, with an automatic degree, on data that look noise-free
     * ({@link NoiseEstimate#looksNoiseFree}); the window is then the {@code degree + }{@link
     * #CLEAN_EXTRA} nearest samples. Measured by {@code jdelt.bench.accuracy.LoessCleanStudy}.
     */
    static final int CLEAN_DEGREE = 8;
    /** Samples beyond the degree in a window on noise-free data; see {@link #CLEAN_DEGREE}. */
    static final int CLEAN_EXTRA = 3;
    /** The most robustness iterations accepted. */
    public static final int MAX_ITERATIONS = 20;
    private static final int AUTO_DEGREE = 0;

    private final String name;
    private final int degree;
    private final double span;
    /**
     * The widest fixed bandwidth, in ranges of x: the local moment matrix of degree d has
     * condition about {@code (bandwidth / range)^(2d)}, which at 10 ranges is 1e6 for a cubic,
     * while the tricube weights across the data already differ by less than 0.3 %.
     */
    private static final double MAX_BANDWIDTH_RANGES = 10;

    private final double bandwidth;
    private final int iterations;
    private final Surface surface;

    /** LOESS with automatic degree and span, no robustness iterations, interpolated surface. */
    public LoessInterpolator() {
        this("loess", AUTO_DEGREE, Double.NaN, 0, 0, Surface.INTERPOLATE);
    }

    private LoessInterpolator(String name, int degree, double span, double bandwidth, int iterations,
            Surface surface) {
        this.name = name;
        this.degree = degree;
        this.span = span;
        this.bandwidth = bandwidth;
        this.iterations = iterations;
        this.surface = surface;
    }

    /** @return a copy that reports itself as {@code name} in messages */
    LoessInterpolator named(String newName) {
        return new LoessInterpolator(newName, degree, span, bandwidth, iterations, surface);
    }

    /**
     * @param newDegree the local polynomial degree, 1 to {@value #MAX_DEGREE}, for every order
     * @return a copy with a fixed degree
     */
    public LoessInterpolator withDegree(int newDegree) {
        if (newDegree < 1 || newDegree > MAX_DEGREE) {
            throw new IllegalArgumentException(name + ": degree must be between 1 and " + MAX_DEGREE + ", got "
                    + newDegree);
        }
        return new LoessInterpolator(name, newDegree, span, bandwidth, iterations, surface);
    }

    /** @return a copy whose degree is {@code min(order + 1, 3)} for each derivative order (the default) */
    public LoessInterpolator withAutomaticDegree() {
        return new LoessInterpolator(name, AUTO_DEGREE, span, bandwidth, iterations, surface);
    }

    /**
     * @param newSpan the fraction of the samples in each window, in (0, 1]
     * @return a copy with a fixed span for every order
     */
    public LoessInterpolator withSpan(double newSpan) {
        if (!(newSpan > 0 && newSpan <= 1)) {
            throw new IllegalArgumentException(name + ": span must be in (0, 1] (the fraction of the samples"
                    + " in each window), got " + newSpan);
        }
        return new LoessInterpolator(name, degree, newSpan, bandwidth, iterations, surface);
    }

    /**
     * @param newBandwidth the smallest window half-width, in x units, finite and positive
     * @return a copy with a fixed bandwidth; unless a span is also set, windows hold at least
     *     {@code degree + 3} samples
     */
    public LoessInterpolator withBandwidth(double newBandwidth) {
        if (!(newBandwidth > 0) || Double.isInfinite(newBandwidth)) {
            throw new IllegalArgumentException(name + ": bandwidth must be finite and positive, got "
                    + newBandwidth);
        }
        return new LoessInterpolator(name, degree, span, newBandwidth, iterations, surface);
    }

    /**
     * @return a copy whose window (a bandwidth in x) is chosen from the data for each order,
     *     without fixed span or bandwidth (the default)
     */
    public LoessInterpolator withAutomaticSpan() {
        return new LoessInterpolator(name, degree, Double.NaN, 0, iterations, surface);
    }

    /**
     * @param newIterations the number of bisquare robustness iterations (Cleveland 1979), 0 to 20
     * @return a copy with that many robustness iterations
     */
    public LoessInterpolator withRobustnessIterations(int newIterations) {
        if (newIterations < 0 || newIterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(name + ": robustness iterations must be between 0 and "
                    + MAX_ITERATIONS + ", got " + newIterations);
        }
        return new LoessInterpolator(name, degree, span, bandwidth, newIterations, surface);
    }

    /**
     * @param newSurface how fitted orders are evaluated
     * @return a copy with that evaluation
     */
    public LoessInterpolator withSurface(Surface newSurface) {
        if (newSurface == null) {
            throw new IllegalArgumentException(name + ": surface is null");
        }
        return new LoessInterpolator(name, degree, span, bandwidth, iterations, newSurface);
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        int topDegree = degree == AUTO_DEGREE ? AUTO_TOP_DEGREE : degree;
        return StandardizedFit.fit(x, y, topDegree + (automaticSpan() ? 5 : 3), name,
                (xs, ys) -> fitStandardized(xs, ys, topDegree));
    }

    private LoessFit fitStandardized(double[] xs, double[] ys, int topDegree) {
        boolean auto = automaticSpan();
        int n = xs.length;
        if (!Double.isNaN(span) && Math.floor(span * n) < topDegree + 3) {
            throw new IllegalArgumentException(name + ": span " + span + " of " + n + " samples gives windows of "
                    + (int) Math.floor(span * n) + " samples, but degree " + topDegree + " needs at least "
                    + (topDegree + 3) + ": use a span of at least " + (double) (topDegree + 3) / n);
        }
        double range = xs[n - 1] - xs[0];
        if (bandwidth > MAX_BANDWIDTH_RANGES * range) {
            throw new IllegalArgumentException(name + ": bandwidth " + bandwidth + " is more than "
                    + (int) MAX_BANDWIDTH_RANGES + " times the range of x (" + range + "): every window would weight all samples"
                    + " alike, one global polynomial, and its local moments are numerically singular; use a bandwidth"
                    + " of at most " + MAX_BANDWIDTH_RANGES * range + " (or span=1 for windows of all samples)");
        }
        double[] unchosen = new double[maxOrder() + 1];
        Arrays.fill(unchosen, Double.NaN);
        if (auto && n >= cleanDegree() + CLEAN_EXTRA && looksNoiseFree(xs, ys)) {
            // strongly clustered x can leave a noise-free window's moments numerically singular: an
            // automatic degree then steps down; failing that, the windows are chosen by the estimated risk
            int lowest = degree == AUTO_DEGREE ? AUTO_TOP_DEGREE : degree;
            for (int d = cleanDegree(); d >= lowest; d--) {
                LoessFit clean = new LoessFit(this, xs, ys, null, Double.NaN, null, unchosen, d);
                try {
                    clean.differentiate(0).values(xs);
                    return clean;
                } catch (IllegalArgumentException singular) {
                    // the next lower degree
                }
            }
        }
        double sigma = !auto ? Double.NaN : iterations > 0 ? NoiseEstimate.robustStandardDeviation(xs, ys)
                : Math.sqrt(NoiseEstimate.variance(xs, ys));
        // the spline's thresholds (NoiseEstimate.VARYING_NOISE_*, measured for it): with an automatic
        // window, the window's risk and the standard errors then use each sample's own variance
        double[] noise = auto ? NoiseEstimate.varyingVariance(xs, ys, NoiseEstimate.VARYING_NOISE_MIN_SAMPLES,
                NoiseEstimate.VARYING_NOISE_RATIO) : null;
        double[] robustness = null;
        // the robustness passes keep the curve's window chosen on the unweighted data, as Cleveland's
        // (1979) passes keep their span; the final fit chooses every order's window anew
        double[] passes = unchosen.clone();
        if (auto && iterations > 0) {
            passes[0] = LoessSpanSelector.select(xs, ys, null, new int[] {0}, new int[] {degreeFor(0)}, sigma, noise,
                    LoessSpanSelector.PILOT_EXTRA)[0];
        }
        for (int it = 0; it < iterations; it++) {
            double[] fitted;
            try {
                fitted = new LoessFit(this, xs, ys, robustness, sigma, noise, passes, 0).differentiate(0).values(xs);
            } catch (IllegalArgumentException singular) {
                // the weights left a window of the unweighted data's width with too few weighted samples
                // (a fit close to exact away from a kink): choose it anew with the weights, which skips such windows
                passes[0] = LoessSpanSelector.select(xs, ys, robustness, new int[] {0}, new int[] {degreeFor(0)},
                        sigma, noise, LoessSpanSelector.PILOT_EXTRA)[0];
                fitted = new LoessFit(this, xs, ys, robustness, sigma, noise, passes, 0).differentiate(0).values(xs);
            }
            double[] next = bisquare(ys, fitted);
            if (next == null) {
                break;
            }
            robustness = next;
        }
        return new LoessFit(this, xs, ys, robustness, sigma, noise, unchosen, 0);
    }

    /**
     * {@link NoiseEstimate#looksNoiseFree} on at most {@link LoessSpanSelector#MAX_SELECTION_SAMPLES}
     * evenly thinned samples (thinning makes a smooth signal look rougher, never noise smoother,
     * so it can only send noise-free data to the ordinary search).
     */
    private static boolean looksNoiseFree(double[] x, double[] y) {
        int stride = (x.length + LoessSpanSelector.MAX_SELECTION_SAMPLES - 1) / LoessSpanSelector.MAX_SELECTION_SAMPLES;
        return NoiseEstimate.looksNoiseFree(WindowSearch.thin(x, stride), WindowSearch.thin(y, stride));
    }

    /**
     * Cleveland's (1979) robustness weights: the bisquare of the residuals over six times their
     * median absolute value.
     *
     * @return the weights, or {@code null} if the residuals' median is 0 (an exact fit)
     */
    private static double[] bisquare(double[] y, double[] fitted) {
        int n = y.length;
        double[] magnitude = new double[n];
        for (int i = 0; i < n; i++) {
            magnitude[i] = Math.abs(y[i] - fitted[i]);
        }
        double scale = 6 * Median.of(magnitude);
        if (scale == 0) {
            return null;
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double u = magnitude[i] / scale;
            weights[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
        }
        return weights;
    }

    String name() {
        return name;
    }

    int iterations() {
        return iterations;
    }

    int maxOrder() {
        return degree == AUTO_DEGREE ? AUTO_TOP_DEGREE : degree;
    }

    int degreeFor(int order) {
        return degree == AUTO_DEGREE ? Math.min(order + 1, AUTO_TOP_DEGREE) : degree;
    }

    /** The local degree on noise-free data: {@link #CLEAN_DEGREE}, or the fixed degree. */
    int cleanDegree() {
        return degree == AUTO_DEGREE ? CLEAN_DEGREE : degree;
    }

    boolean automaticSpan() {
        return Double.isNaN(span) && bandwidth == 0;
    }

    /** The window size for a fixed span or bandwidth. */
    int fixedWindow(int n, int localDegree) {
        return Double.isNaN(span) ? localDegree + 3 : Math.max(localDegree + 3, (int) Math.floor(span * n));
    }

    double bandwidth() {
        return bandwidth;
    }

    boolean direct() {
        return surface == Surface.DIRECT;
    }

    @Override
    public String toString() {
        return name + "(degree=" + (degree == AUTO_DEGREE ? "auto" : degree) + ", span="
                + (Double.isNaN(span) ? (bandwidth == 0 ? "auto" : "none") : span)
                + ", bandwidth=" + (bandwidth == 0 ? "none" : bandwidth) + ", iterations=" + iterations
                + ", surface=" + surface.name().toLowerCase(Locale.ROOT) + ")";
    }
}
