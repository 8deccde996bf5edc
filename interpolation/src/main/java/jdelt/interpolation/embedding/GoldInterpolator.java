package jdelt.interpolation.embedding;

import jdelt.interpolation.Curve;
import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.IntervalWalk;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.SlidingWindowLeastSquares;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.Arrays;

/**
 * Generalized orthogonal local derivatives (GOLD): P. R. Deboeck, "Estimating dynamical systems:
 * derivative estimation hints from Sir Ronald A. Fisher", Multivariate Behavioral Research 45
 * (2010) 725–745.
 *
 * <p><b>The method.</b> As in GLLA ({@link GllaInterpolator}) the series is time-delay embedded
 * ({@code embedding} samples {@code lag} indices apart), but the polynomial basis over each window
 * is first made orthogonal (Fisher's orthogonal polynomials {@code P_0, ..., P_order}, by
 * Gram–Schmidt on the window's times), so that the coefficients {@code c_k} of the least-squares
 * fit are uncorrelated and do not change when the degree grows; {@code k! c_k} is Deboeck's
 * estimate of the k-th derivative. The local model of the window is the whole orthogonal
 * expansion {@code Σ c_k P_k} of degree {@code order}, and every derivative order {@code m} is its
 * m-th derivative {@code Σ c_k P_k^(m)(z)} at the evaluation point {@code z} itself (at a
 * symmetric window's centre that is {@code m! c_m} plus the higher terms' contributions, which
 * vanish on polynomials of degree {@code m}). So GOLD reproduces polynomials of degree
 * {@code order}, values and derivatives, everywhere, ends included. The expansion is evaluated
 * from the window's power sums ({@link SlidingWindowLeastSquares}): their Cholesky factor is that
 * Gram–Schmidt orthogonalisation, so the numbers are the same.
 *
 * <p><b>Generalised to non-uniform x.</b> The orthogonalisation uses the actual abscissae of the
 * embedded samples instead of {@code (j - centre) · lag · Δt}, so unequal steps change the basis,
 * not the method. The window serving {@code z} is the one whose middle (in sample index) is
 * nearest to {@code z}, shifted inwards near the ends; so each curve is piecewise polynomial, with
 * small jumps where the window moves by one sample, and outside the sampled range it continues
 * the end window's polynomial.
 *
 * <p><b>Automatic embedding (the default)</b>, chosen separately for each derivative order on a
 * criterion for that order's estimate. Order 0: exact leave-one-out cross-validation of the fit
 * (hat diagonal in closed form). Orders 1 and above: a plug-in estimate of the mean squared error
 * at the samples, {@code bias² + σ² Σ w²}. The variance is exact from the window's weights
 * {@code w} ({@link SlidingWindowLeastSquares#derivativeVariance}). The bias is measured on a
 * pilot curve (the local polynomial of degree {@code order + 2} over twice the fit's
 * cross-validated window, at every sample): the m-th derivative of the degree-{@code order} fit of the pilot over the window
 * minus that of the degree-{@code order + 2} fit over the same window, i.e. the next two terms
 * of the orthogonal expansion, which is where a degree-{@code order} window's bias comes from
 * (comparing fits of the pilot on the same window cancels most of the pilot's own noise). σ² is
 * the difference-based estimate of Gasser et al. ({@link NoiseEstimate}) on the residuals from
 * the pilot, so that the signal's curvature does not count as noise. Dimensions on a geometric
 * grid are walked upwards from a quarter of the cross-validated one (downwards too if the best
 * is there) by {@link WindowSearch} with its patient rule (five sizes without improvement), so
 * the first clear minimum is kept, not a spurious one at windows spanning many oscillations. The lag defaults to 1.
 *
 * <p><b>Noise-free data.</b> With the automatic embedding at lag 1, data that look noise-free
 * ({@link NoiseEstimate#looksNoiseFree}) take windows of the
 * {@value SlidingWindowLeastSquares#NOISE_FREE_DEGREE} + {@value SlidingWindowLeastSquares#NOISE_FREE_EXTRA}
 * nearest samples for every order, with an expansion of degree
 * {@value SlidingWindowLeastSquares#NOISE_FREE_DEGREE} (or the order if higher): local
 * interpolation, where the chosen windows of order 4 were 1100 (d1) and 3.3 (d2) times worse than
 * the better of fourth-order finite differences and the interpolating spline on the accuracy
 * benchmark's noise-free cells. The summary says so.
 *
 * <p>Cost: the window searches (cross-validation of the fit, then the plug-in) are
 * O(n · order²) per dimension tried (at most {@value DelayEmbedding#SCORED_SAMPLES}
 * strided samples are scored for cross-validation, {@value #PLUGIN_SCORED_SAMPLES} for the
 * plug-in; above {@code 2 ·} {@value WindowSearch#THINNED_SAMPLES} samples the cross-validation is
 * multilevel, and above {@code 2 ·} {@value #PLUGIN_THINNED_SAMPLES} the plug-in at lag 1 runs on a
 * pilot computed at evenly thinned samples with the noise variance
 * divided by the thinning, so that a window of the same span in x has the same estimated risk);
 * {@link Curve#values} on sorted points walks forward in O(order²) per point, and a single
 * {@code value(z)} costs O(embedding). Immutable and thread-safe.
 */
public final class GoldInterpolator extends DelayEmbeddingInterpolator {

    /** The registered method name. */
    public static final String NAME = "gold";
    /**
     * The default order, 4: local quartic expansions (derivatives up to the fourth). The
     * expansion's derivative at the point is that of the window's least-squares polynomial, so
     * {@code jdelt.bench.SlidingWindowDefaultsStudy} (part 1) measures it with the family: degree
     * 2, Deboeck's usual choice, was 2.5 times worse for d1 and d2 with its best window, degree 4
     * 1.4 times; on the accuracy benchmark the errors of order 4 were a third of order 2's
     * (geometric mean over the cells), 20 times smaller on data with little noise.
     */
    public static final int DEFAULT_ORDER = 4;
    /** The pilot's degree above the order, for the plug-in bias. */
    private static final int PILOT_EXTRA_DEGREE = 2;
    /**
     * The pilot's window relative to the cross-validated window of the fit: a polynomial two
     * degrees higher needs a wider window for as little noise; measured by
     * {@code jdelt.bench.SlidingWindowDefaultsStudy} (part 3, the errors with widenings 1 to 4
     * relative to the best per case: 2 the best for d1, 1.04; for d2 1.32, second to 3's 1.21).
     */
    static final double PILOT_WIDENING = 2;
    /** The plug-in search starts at this fraction of the cross-validated dimension (and goes down if need be). */
    private static final int START_FRACTION = 4;
    /**
     * The most samples at which the plug-in error is estimated: an average of bias and variance
     * terms that vary smoothly along x, so far fewer than the cross-validation's suffice: with
     * 500 instead of 2000 the accuracy benchmark's errors ({@code jdelt.bench.accuracy.AccuracyBenchmark
     * --methods gold --grid all}) were unchanged (geometric means over its cells 1.00 for d1, 0.98
     * for d2).
     */
    static final int PLUGIN_SCORED_SAMPLES = 500;
    /** Above twice this many samples (lag 1) the plug-in search runs on a pilot thinned to this many. */
    static final int PLUGIN_THINNED_SAMPLES = 20_000;

    private final double pilotWidening;

    /** GOLD of order 4 with lag 1 and an automatic embedding dimension per derivative order. */
    public GoldInterpolator() {
        this(DEFAULT_ORDER, 0, 1);
    }

    /**
     * @param order the highest derivative order (the degree of the local orthogonal expansion), 1 to 6
     * @param embedding the embedding dimension (samples per window), more than {@code order}; 0
     *     chooses one per derivative order from the data
     * @param lag the index step between embedded samples, at least 1
     * @throws IllegalArgumentException if a setting is out of range
     */
    public GoldInterpolator(int order, int embedding, int lag) {
        this(order, embedding, lag, PILOT_WIDENING);
    }

    private GoldInterpolator(int order, int embedding, int lag, double pilotWidening) {
        super(NAME, order, embedding, lag);
        this.pilotWidening = pilotWidening;
    }

    /**
     * The default GOLD with another pilot window for the plug-in risk, for measuring
     * {@link #PILOT_WIDENING}.
     *
     * @param widening the pilot's window relative to the fit's cross-validated one, at least 1
     * @return the method
     * @throws IllegalArgumentException if the widening is below 1 or not finite
     */
    public static GoldInterpolator withPilotWidening(double widening) {
        if (!(widening >= 1 && widening < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(NAME + ": pilot widening must be at least 1, got " + widening);
        }
        return new GoldInterpolator(DEFAULT_ORDER, 0, 1, widening);
    }

    @Override
    GoldFit fitStandardized(double[] xs, double[] ys) {
        DelayEmbedding clean = embedding == 0 && lag == 1 ? DelayEmbedding.noiseFree(xs, ys, order) : null;
        if (clean != null) {
            return new GoldFit(xs, ys, order, clean);
        }
        double[] unscaled = new double[order + 1];
        Arrays.fill(unscaled, 1);
        int[] dimensions = DelayEmbedding.validateAndChoose(NAME, xs, ys, order, embedding, lag, unscaled);
        if (embedding == 0) {
            pluginDimensions(xs, ys, dimensions);
        }
        return new GoldFit(xs, ys, order, lag, dimensions, embedding == 0);
    }

    /**
     * Replaces {@code dimensions[m]}, m ≥ 1, by the dimension minimising the plug-in estimate of
     * the mean squared error of derivative m at the scored samples (see the class comment); leaves
     * them as they are when there are too few samples for the pilot.
     */
    private void pluginDimensions(double[] x, double[] y, int[] dimensions) {
        int n = x.length;
        int pilotDegree = order + PILOT_EXTRA_DEGREE;
        int largest = (n - 1) / lag + 1;
        if (n < pilotDegree + 3 || largest <= pilotDegree) {
            return;
        }
        long pilotSpan = Math.round(pilotWidening * DelayEmbedding.span(dimensions[0], lag));
        int pilotDimension = (int) Math.min(n, Math.max(pilotDegree + 1 + pilotDegree % 2, pilotSpan | 1));
        DelayEmbedding pilotWindows = new DelayEmbedding(x, y, pilotDimension, 1);
        SlidingWindowLeastSquares pilotFit = pilotWindows.windows(pilotDegree);
        // on many samples the risk is estimated on a thinned pilot: the same curve, and windows of
        // the same span in x, with the noise variance divided by the thinning (each window holding
        // that many times fewer samples), so that the risk of a span is the same; the pilot and its
        // residuals (whose noise estimate needs no more samples than that) are computed there only
        int thinning = lag == 1 ? WindowSearch.thinningStride(n, PLUGIN_THINNED_SAMPLES) : 1;
        double[] xr = WindowSearch.thin(x, thinning);
        int nr = xr.length;
        double[] pilot = new double[nr];
        double[] residual = new double[nr];
        double[] out = new double[order + 1];
        for (int k = 0; k < nr; k++) {
            int i = k * thinning;
            pilotFit.moveTo(pilotWindows.startAt(i));
            pilotFit.derivatives(x[i], 0, out);
            pilot[k] = out[0];
            residual[k] = y[i] - out[0];
        }
        double variance = NoiseEstimate.variance(xr, residual);
        int stride = Math.max(1, (nr + PLUGIN_SCORED_SAMPLES - 1) / PLUGIN_SCORED_SAMPLES);
        Risk risk = new Risk(xr, pilot, variance / thinning, stride, lag, order, pilotDegree);
        int largestThinned = (nr - 1) / lag + 1;
        int smallest = Math.min(largestThinned, order + 1 + order % 2);
        long fitSpan = (dimensions[0] - 1L) / thinning + 1;
        int first = (int) Math.max(smallest, Math.min(largestThinned, (fitSpan / START_FRACTION) | 1));
        WindowSearch.Scores scores = d -> Arrays.copyOfRange(risk.at((int) d), 1, order + 1);
        double[] up = WindowSearch.oddIntegers(first, largestThinned, BandwidthWindow.GROWTH);
        int[] best = WindowSearch.minimise(up, WindowSearch.Rule.PATIENT, order, scores);
        double[] chosen = new double[order];
        boolean atFirst = false;
        for (int m = 0; m < order; m++) {
            chosen[m] = up[best[m]];
            atFirst |= best[m] == 0;
        }
        if (atFirst && first > smallest) {
            double[] down = downwards(first, smallest);
            int[] lower = WindowSearch.minimise(down, WindowSearch.Rule.PATIENT, order, scores);
            for (int m = 0; m < order; m++) {
                if (best[m] == 0) {
                    chosen[m] = down[lower[m]];
                }
            }
        }
        for (int m = 1; m <= order; m++) {
            long span = ((long) chosen[m - 1] - 1) * thinning + 1;
            dimensions[m] = (int) Math.min(largest, span | 1);
        }
    }

    /** Odd dimensions from {@code from} down to {@code to}, shrinking by the grid ratio (at least 2 at a time). */
    private static double[] downwards(int from, int to) {
        double[] grid = new double[64];
        int count = 0;
        for (int d = from; ; d = Math.max(to, Math.min(d - 2, (int) Math.round(d / BandwidthWindow.GROWTH)) | 1)) {
            if (count == grid.length) {
                grid = Arrays.copyOf(grid, 2 * count);
            }
            grid[count++] = d;
            if (d <= to) {
                return Arrays.copyOf(grid, count);
            }
        }
    }

    /** The plug-in risk (summed over the scored samples) of every derivative order for a dimension. */
    private static final class Risk {

        private final double[] x;
        private final double[] pilot;
        private final double variance;
        private final int stride;
        private final int lag;
        private final int order;
        private final int pilotDegree;

        Risk(double[] x, double[] pilot, double variance, int stride, int lag, int order, int pilotDegree) {
            this.x = x;
            this.pilot = pilot;
            this.variance = variance;
            this.stride = stride;
            this.lag = lag;
            this.order = order;
            this.pilotDegree = pilotDegree;
        }

        double[] at(int dimension) {
            DelayEmbedding windows = new DelayEmbedding(x, pilot, dimension, lag);
            SlidingWindowLeastSquares local = windows.windows(order);
            // windows too small for the reference degree are compared with the smallest that is not
            DelayEmbedding referenceWindows = dimension > pilotDegree ? windows
                    : new DelayEmbedding(x, pilot, pilotDegree + 1 + pilotDegree % 2, lag);
            SlidingWindowLeastSquares finer = referenceWindows.windows(pilotDegree);
            double[] out = new double[order + 1];
            double[] reference = new double[order + 1];
            double[] risk = new double[order + 1];
            double[] weights = new double[order + 1];
            for (int i = stride / 2; i < x.length; i += stride) {
                local.moveTo(windows.startAt(i));
                local.derivatives(x[i], order, out);
                local.derivativeVariances(x[i], order, weights);
                finer.moveTo(referenceWindows.startAt(i));
                finer.derivatives(x[i], order, reference);
                for (int m = 1; m <= order; m++) {
                    double bias = out[m] - reference[m];
                    risk[m] += bias * bias + variance * weights[m];
                }
            }
            return risk;
        }
    }

    /**
     * One derivative order of a GOLD fit: at {@code z}, the derivative of the orthogonal expansion
     * of the window nearest to {@code z}. Sorted arguments to {@link #values(double[])} are located
     * by one forward walk and the window sums slide, so they cost O(degree²) each at lag 1. With
     * a noise deviation {@code sigma} it is instead the estimate's standard error,
     * {@code sigma} times the root of the sum of its squared sample weights.
     */
    static final class DerivativeCurve implements Curve {

        private final DelayEmbedding windows;
        private final double[] x;
        private final int degree;
        private final int derivative;
        /** The noise deviation for a standard-error curve, or NaN for the estimate itself. */
        private final double sigma;

        DerivativeCurve(DelayEmbedding windows, double[] x, int degree, int derivative, double sigma) {
            this.sigma = sigma;
            this.windows = windows;
            this.x = x;
            this.degree = degree;
            this.derivative = derivative;
        }

        @Override
        public double value(double z) {
            return values(new double[] {z})[0];
        }

        @Override
        public double[] values(double[] z) {
            SlidingWindowLeastSquares local = windows.windows(degree);
            double[] out = new double[derivative + 1];
            double[] result = new double[z.length];
            int n = x.length;
            IntervalWalk walk = new IntervalWalk(x);
            for (int i = 0; i < z.length; i++) {
                double t = z[i];
                if (!Double.isFinite(t)) {
                    result[i] = Double.NaN;
                    continue;
                }
                int below = walk.locate(t);
                double index = t <= x[0] ? 0 : t >= x[n - 1] ? n - 1
                        : below + (t - x[below]) / (x[below + 1] - x[below]);
                local.moveTo(windows.startAt(index));
                if (Double.isNaN(sigma)) {
                    local.derivatives(t, derivative, out);
                    result[i] = out[derivative];
                } else {
                    result[i] = sigma * Math.sqrt(local.derivativeVariance(t, derivative));
                }
            }
            return result;
        }
    }
}
