package jdelt.interpolation.embedding;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.StandardizedFit;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.numerics.IntervalWalk;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.Arrays;

/**
 * Local linear approximation (LLA) of first and second derivatives from a three-dimensional
 * time-delay embedding: S. M. Boker and J. W. Graham, "A dynamical systems analysis of adolescent
 * substance abuse", Multivariate Behavioral Research 33 (1998) 479–507; S. M. Boker and J. R.
 * Nesselroade, Multivariate Behavioral Research 37 (2002) 127–160; reviewed as the starting point
 * of GLLA in Boker, Deboeck, Edler and Keel (2010).
 *
 * <p><b>The method.</b> At sample {@code i} the embedding is {@code (y[i-lag], y[i], y[i+lag])},
 * and with a constant step Δt LLA estimates {@code y' = (y[i+lag] - y[i-lag]) / (2 lag Δt)} and
 * {@code y'' = (y[i+lag] - 2 y[i] + y[i-lag]) / (lag Δt)²}. The lag is the smoothing: noise is
 * amplified less as the lag grows, bias grows with it.
 *
 * <p><b>Generalised to non-uniform x.</b> Those two formulas are the first and second
 * derivatives, at the middle sample, of the parabola through the three embedded samples; with
 * unequal steps the same parabola through the actual {@code (x, y)} points is used (its
 * derivatives reduce to the formulas above when the steps are equal). The curve at any point
 * {@code z} is the parabola of the embedding centred on the sample nearest to {@code z} (shifted
 * inwards near the ends), with its derivatives at {@code z}; so at the samples at least a lag
 * from the ends the order-0 curve is the data itself (LLA does not smooth values), the second
 * derivative is constant across each embedding, and outside the sampled range the end parabola
 * is continued.
 *
 * <p><b>Automatic lag (the default)</b>, one for each derivative order (order 0 uses the first
 * derivative's), by a plug-in rule: the lag minimising the estimated mean squared error at the
 * samples, the variance exactly {@code σ² Σ w²} from each parabola's weights {@code w} and the
 * bias from the third-order Taylor terms of each stencil, {@code Σ w (f''' d³/6 + f'''' d⁴/24)}.
 * The pilot is a {@link GllaInterpolator} of order 5 with cross-validated embedding: it gives
 * {@code f'''} and {@code f''''}, and the noise variance σ² is the difference-based estimator of
 * Gasser, Sroka and Jennen-Steinmetz ({@link NoiseEstimate}) applied to the residuals from the
 * pilot rather than to the data, so that the signal's curvature is not taken for noise (on the
 * data themselves it is, and on smooth, nearly noise-free data the rule then chose lags far too
 * large).
 *
 * <p><b>Noise-free data.</b> LLA has no noise-free fallback: its parabola through three samples is
 * second order by construction (error {@code O(lag² Δt²)}), and the plug-in already picks lag 1 on
 * the accuracy benchmark's noise-free cells (the lag of its oracle), where it stays 10^4 to 10^6
 * times behind fourth-order finite differences and the interpolating spline; on such data those, or
 * the other local methods' degree-8 windows, are the better choice.
 *
 * <p>Cost: O(1) per evaluation after locating the point ({@link Curve#values} walks sorted
 * arguments forward, so they cost O(1) each; a single {@code value(z)} searches, O(log n)); the
 * lag search O(min(n, {@value #SCORED_SAMPLES})) per lag tried (the estimate uses at most that
 * many evenly strided samples) plus the pilot fit. Immutable and thread-safe.
 */
public final class LlaInterpolator implements Interpolator {

    /** The registered method name. */
    public static final String NAME = "lla";
    /** The highest derivative order. */
    public static final int MAX_ORDER = 2;
    private static final int PILOT_ORDER = 5;
    private static final double GROWTH = 1.15;
    /**
     * The most samples at which the plug-in error estimate (and the pilot's noise estimate) is
     * computed, evenly strided: an average of smoothly varying bias and variance terms.
     */
    static final int SCORED_SAMPLES = 10_000;

    private final int lag;

    /** LLA with automatic lags. */
    public LlaInterpolator() {
        this(0);
    }

    /**
     * @param lag the embedding lag (index step), at least 1; 0 chooses the lags from the data
     * @throws IllegalArgumentException if the lag is negative
     */
    public LlaInterpolator(int lag) {
        if (lag < 0) {
            throw new IllegalArgumentException(NAME + ": lag must be at least 1 (or 0 for automatic), got " + lag);
        }
        this.lag = lag;
    }

    /** @return the lag, or 0 if automatic */
    public int lag() {
        return lag;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        int needed = lag > 0 ? (int) Math.min(Integer.MAX_VALUE, 2L * lag + 1) : 3;
        return StandardizedFit.fit(x, y, needed, NAME + (lag > 0 ? " with lag " + lag : ""), this::fitStandardized);
    }

    private LlaFit fitStandardized(double[] xs, double[] ys) {
        int[] lags = new int[MAX_ORDER + 1];
        if (lag > 0) {
            Arrays.fill(lags, lag);
        } else {
            double[][] pilot = pilot(xs, ys);
            lags[1] = pluginLag(xs, pilot, 1);
            lags[0] = lags[1];
            lags[2] = pluginLag(xs, pilot, 2);
        }
        return new LlaFit(xs, ys, lags);
    }

    @Override
    public String toString() {
        return "LlaInterpolator[lag=" + (lag > 0 ? lag : "auto") + "]";
    }

    /**
     * The pilot estimates of the plug-in rule at the samples it is evaluated on (all, or at most
     * {@value #SCORED_SAMPLES} evenly strided ones): the noise variance, the indices, then the
     * third and fourth derivatives there; null when there are too few samples for the pilot fit.
     */
    static double[][] pilot(double[] x, double[] y) {
        if (x.length < PILOT_ORDER + 2) {
            return null;
        }
        int stride = Math.max(1, (x.length + SCORED_SAMPLES - 1) / SCORED_SAMPLES);
        int count = (x.length - stride / 2 + stride - 1) / stride;
        double[] index = new double[count];
        double[] at = new double[count];
        for (int k = 0; k < count; k++) {
            index[k] = stride / 2 + (long) k * stride;
            at[k] = x[(int) index[k]];
        }
        FittedCurve fit = new GllaInterpolator(PILOT_ORDER, 0, 1).fit(x, y);
        // the residuals at the strided samples: the noise estimate needs no more of them
        double[] residual = fit.values(at);
        for (int k = 0; k < count; k++) {
            residual[k] = y[(int) index[k]] - residual[k];
        }
        return new double[][] {{NoiseEstimate.variance(at, residual)}, index,
            fit.differentiate(3).values(at), fit.differentiate(4).values(at)};
    }

    /**
     * The lag minimising the plug-in estimate of the mean squared error of derivative
     * {@code order} at the pilot's samples, given the {@link #pilot} estimates.
     */
    static int pluginLag(double[] x, double[][] pilot, int order) {
        int n = x.length;
        int largest = (n - 1) / 2;
        if (largest <= 1 || pilot == null) {
            return 1;
        }
        double variance = pilot[0][0];
        double[] index = pilot[1];
        double[] third = pilot[2];
        double[] fourth = pilot[3];
        double[] w = new double[3];
        return (int) WindowSearch.minimise(WindowSearch.integers(1, largest, GROWTH), WindowSearch.Rule.PATIENT, candidate -> {
            int tau = (int) candidate;
            double risk = 0;
            for (int k = 0; k < index.length; k++) {
                int i = (int) index[k];
                int c = centre(i, tau, n);
                weights(x, c, tau, x[i], order, w);
                double bias = 0;
                double spread = 0;
                for (int j = 0; j < 3; j++) {
                    double d = x[c + (j - 1) * tau] - x[i];
                    bias += w[j] * d * d * d * (third[k] / 6 + fourth[k] * d / 24);
                    spread += w[j] * w[j];
                }
                risk += bias * bias + variance * spread;
            }
            return risk;
        });
    }

    /** The middle index of the embedding serving sample (or nearest sample) {@code i}. */
    static int centre(int i, int tau, int n) {
        return Math.max(tau, Math.min(n - 1 - tau, i));
    }

    /**
     * The weights of {@code y[c-tau], y[c], y[c+tau]} giving derivative {@code order} at {@code z}
     * of the parabola through the three points (Lagrange's basis, differentiated).
     */
    static void weights(double[] x, int c, int tau, double z, int order, double[] w) {
        for (int k = 0; k < 3; k++) {
            w[k] = weight(x, c, tau, z, order, k);
        }
    }

    /** The weight of {@code y[c + (k - 1) tau]} in {@link #weights}. */
    static double weight(double[] x, int c, int tau, double z, int order, int k) {
        double xk = x[c + (k - 1) * tau];
        double p = x[c + ((k + 1) % 3 - 1) * tau];
        double q = x[c + ((k + 2) % 3 - 1) * tau];
        return (order == 0 ? (z - p) * (z - q) : order == 1 ? (z - p) + (z - q) : 2) / ((xk - p) * (xk - q));
    }

    /**
     * One derivative order of an LLA fit: at {@code z}, the derivative of the parabola of the
     * embedding centred on the sample nearest to {@code z}. Sorted arguments to
     * {@link #values(double[])} are located by one forward walk (linear time), with no allocation
     * per point. With a noise deviation {@code sigma} it is instead the estimate's standard error.
     */
    static final class DerivativeCurve implements Curve {

        private final double[] x;
        private final double[] y;
        private final int tau;
        private final int order;
        /** The noise deviation for a standard-error curve, or NaN for the estimate itself. */
        private final double sigma;

        DerivativeCurve(double[] x, double[] y, int tau, int order, double sigma) {
            this.sigma = sigma;
            this.x = x;
            this.y = y;
            this.tau = tau;
            this.order = order;
        }

        @Override
        public double value(double z) {
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            return evaluate(new IntervalWalk(x).locate(z), z);
        }

        @Override
        public double[] values(double[] z) {
            double[] out = new double[z.length];
            IntervalWalk walk = new IntervalWalk(x);
            for (int i = 0; i < z.length; i++) {
                out[i] = Double.isFinite(z[i]) ? evaluate(walk.locate(z[i]), z[i]) : Double.NaN;
            }
            return out;
        }

        /** The estimate at {@code z}, given {@code below}, the last sample at or before it (within [0, n-2]). */
        private double evaluate(int below, double z) {
            int n = x.length;
            int nearest = z <= x[0] ? 0 : z >= x[n - 1] ? n - 1
                    : z - x[below] <= x[below + 1] - z ? below : below + 1;
            int c = centre(nearest, tau, n);
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double weight = weight(x, c, tau, z, order, k);
                sum += Double.isNaN(sigma) ? weight * y[c + (k - 1) * tau] : weight * weight;
            }
            return Double.isNaN(sigma) ? sum : sigma * Math.sqrt(sum);
        }
    }
}
