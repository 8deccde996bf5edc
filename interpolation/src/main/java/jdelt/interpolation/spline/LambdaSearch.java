package jdelt.interpolation.spline;

import jdelt.interpolation.FitSummary;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.Locale;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * The automatic choice of a penalized spline's lambda: generalized cross-validation (Craven &amp;
 * Wahba, Numer. Math. 31, 1979) or the restricted likelihood (Wahba, Ann. Statist. 13, 1985)
 * minimized over a grid of one octave in equivalent-kernel bandwidth refined by Brent's method,
 * on knots thinned to about {@value KnotSet#KNOTS_PER_BANDWIDTH} per bandwidth of the chosen
 * smoothing (Silverman, Ann. Statist. 12, 1984; Ruppert, J. Comput. Graph. Stat. 11, 2002), then
 * chosen again with the penalty relaxed towards the ends (Oehlert, Ann. Statist. 20, 1992).
 * Immutable.
 */
final class LambdaSearch {

    /** The range of knots per bandwidth that the knot thinning accepts. */
    private static final double MIN_KNOTS_PER_BANDWIDTH = 4;
    private static final double MAX_KNOTS_PER_BANDWIDTH = 32;
    /**
     * The smallest bandwidth searched on all knots where
     * {@link SplineInterpolator#MIN_BANDWIDTH_ALL_KNOTS} does not apply.
     */
    private static final double MIN_BANDWIDTH_FEW = 0.01;
    /** Bandwidths searched, in knot spacings. */
    private static final double MIN_BANDWIDTH_THINNED = 1;
    private static final double MAX_BANDWIDTH = 48;
    /** Residual variance over difference-based noise variance above which thinned knots are refined. */
    private static final double UNRESOLVED_RATIO = 1.1;
    /** Number of knot spacings to start the search from for large data. */
    private static final int INITIAL_KNOTS = 2000;
    /** Most knot sets tried while adapting the knots to the chosen smoothing. */
    private static final int MAX_KNOT_SETS = 12;

    /** The knots, the system on them and the chosen lambda in the system's units. */
    record Choice(KnotSet knots, PenalizedSplineSystem system, double lambda) {
    }

    private final SplineInterpolator.Criterion criterion;
    private final double factor;
    private final double boundary;
    private final double power;
    private final double minBandwidth;

    /**
     * @param criterion GCV or REML
     * @param factor the multiplier on the criterion's lambda
     * @param boundary the relaxed zone at each end, in bandwidths (0: the plain penalty)
     * @param power the power of the relaxation
     * @param minBandwidth the smallest bandwidth on all knots, in spacings, for unweighted records
     *     of {@link NoiseEstimate#NOISE_FREE_MIN_SAMPLES} samples or more
     */
    LambdaSearch(SplineInterpolator.Criterion criterion, double factor, double boundary, double power,
                 double minBandwidth) {
        this.criterion = criterion;
        this.factor = factor;
        this.boundary = boundary;
        this.power = power;
        this.minBandwidth = minBandwidth;
    }

    /**
     * Chooses the knots and lambda for centred data.
     *
     * @param meanWeight the mean of the weights
     */
    Choice choose(double[] x, double[] yc, double[] weights, int degree, double meanWeight) {
        int n = x.length;
        int m = (degree + 1) / 2;
        int maxStride = KnotSet.maxStride(n, degree);
        int stride = n <= 2 * INITIAL_KNOTS ? 1 : Math.min(maxStride, (n - 1) / INITIAL_KNOTS);
        double noiseVariance = stride > 1 ? NoiseWeights.variance(x, yc, weights) : 0;
        // strides at or above the ceiling left signal in the residuals
        int ceiling = Integer.MAX_VALUE;
        KnotSet knots;
        PenalizedSplineSystem system;
        double lambda;
        double scale;
        double lo;
        double anchor;
        for (int tried = 1; ; tried++) {
            knots = new KnotSet(x, stride, degree, true);
            system = knots.system(x, yc, weights);
            scale = meanWeight * knots.samplesPerKnot;
            lo = stride > 1 ? MIN_BANDWIDTH_THINNED : smallestBandwidth(n, weights);
            anchor = 2 * m * Math.log(stride > 1 ? MIN_BANDWIDTH_THINNED : MIN_BANDWIDTH_FEW);
            double best = select(system, scale, anchor, 2 * m * Math.log(lo), 2 * m * Math.log(MAX_BANDWIDTH));
            lambda = best * factor * scale;
            double knotsPerBandwidth = Math.pow(best * factor, 1.0 / (2 * m));
            int next = KnotSet.strideFor(knotsPerBandwidth * knots.samplesPerKnot, maxStride);
            if (stride > 1 && unresolved(system, best * scale, noiseVariance)) {
                ceiling = stride;
                next = Math.max(1, Math.min(next, stride / 8));
            } else if ((knotsPerBandwidth >= MIN_KNOTS_PER_BANDWIDTH || stride == 1)
                    && (knotsPerBandwidth <= MAX_KNOTS_PER_BANDWIDTH || stride == maxStride)) {
                break;
            }
            if (next == stride || next >= ceiling || tried == MAX_KNOT_SETS) {
                break;
            }
            stride = next;
        }
        if (boundary > 0) {
            double bandwidth = Math.pow(lambda / scale, 1.0 / (2 * m));
            system = system.relaxed(boundary * bandwidth, power);
            lambda = select(system, scale, anchor, 2 * m * Math.log(lo), 2 * m * Math.log(MAX_BANDWIDTH))
                    * factor * scale;
        }
        return new Choice(knots, system, lambda);
    }

    /** What the summary's {@code criterion} says of this choice, e.g. {@code gcv x 3}. */
    String description() {
        return criterion.name().toLowerCase(Locale.ROOT) + " x " + FitSummary.format(factor)
                + (boundary > 0 ? ", penalty relaxed over " + FitSummary.format(boundary) + " bandwidths at the ends" : "");
    }

    /**
     * Whether a fit on thinned knots leaves signal in its residuals: its residual variance exceeds
     * the difference-based noise estimate by more than 10 %, so finer knots are needed.
     */
    private static boolean unresolved(PenalizedSplineSystem system, double lambda, double noiseVariance) {
        PenalizedSplineSystem.Solution s = system.solve(lambda, true);
        return s == null || s.rss() / (system.n - s.degreesOfFreedom()) > UNRESOLVED_RATIO * noiseVariance;
    }

    /**
     * The smallest bandwidth searched on all knots: {@code minBandwidth} where the noise-free check
     * can take exact data to interpolation instead ({@link NoiseEstimate#NOISE_FREE_MIN_SAMPLES}
     * samples or more) and the weights are equal (so the mean weight sets every sample's
     * bandwidth), else {@value #MIN_BANDWIDTH_FEW}, which leaves near interpolation to GCV.
     */
    private double smallestBandwidth(int n, double[] weights) {
        return n >= NoiseEstimate.NOISE_FREE_MIN_SAMPLES && NoiseWeights.equal(weights) ? minBandwidth : MIN_BANDWIDTH_FEW;
    }

    /**
     * Minimizes the criterion over {@code log(lambda / scale)} in {@code [logLo, logHi]}: {@code logLo}
     * and a grid of steps of one octave in bandwidth from {@code anchor} (so a raised {@code logLo}
     * keeps the grid points above it), then Brent's method around the best point.
     *
     * @param scale the lambda, in the system's units, that corresponds to a bandwidth of one knot spacing
     * @param anchor a grid point, at or below {@code logLo}
     * @return the chosen lambda divided by {@code scale}
     */
    private double select(PenalizedSplineSystem system, double scale, double anchor, double logLo, double logHi) {
        int m = system.m;
        double step = 2 * m * Math.log(2);
        int skip = (int) Math.ceil((logLo - anchor) / step - 1e-9);
        int count = (int) Math.ceil((logHi - anchor) / step) + 1 - skip;
        double bestLog = logLo;
        double best = score(system, logLo, scale);
        for (int i = skip == 0 ? 1 : 0; i < count; i++) {
            double logLambda = Math.min(logHi, anchor + (skip + i) * step);
            double score = score(system, logLambda, scale);
            if (score < best) {
                best = score;
                bestLog = logLambda;
            }
        }
        double lo = Math.max(logLo, bestLog - step);
        double hi = Math.min(logHi, bestLog + step);
        BrentOptimizer brent = new BrentOptimizer(1e-6, 0.01);
        double refined = brent.optimize(new MaxEval(60), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(t -> score(system, t, scale)),
                new SearchInterval(lo, hi, bestLog)).getPoint();
        return Math.exp(score(system, refined, scale) <= best ? refined : bestLog);
    }

    private double score(PenalizedSplineSystem system, double logRelative, double scale) {
        boolean gcv = criterion == SplineInterpolator.Criterion.GCV;
        PenalizedSplineSystem.Solution s = system.solve(Math.exp(logRelative) * scale, gcv);
        if (s == null) {
            return Double.POSITIVE_INFINITY;
        }
        return gcv ? system.gcv(s) : system.reml(s);
    }
}
