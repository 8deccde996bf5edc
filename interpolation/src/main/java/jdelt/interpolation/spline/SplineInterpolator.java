package jdelt.interpolation.spline;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.Samples;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.StandardizedFit;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.Arrays;

/**
 * Penalized smoothing spline for non-uniform x with optional weights: the spline f of degree
 * {@code 2m - 1} that minimizes {@code sum w_i (y_i - f(x_i))^2 + lambda * integral f^(m)(x)^2 dx},
 * cubic (m = 2, penalty on f'') or quintic (m = 3, penalty on f''', so f'' is itself smooth).
 * Derivatives are the exact derivatives of the fitted pieces (Reinsch, Numer. Math. 10, 1967;
 * Wahba, <i>Spline Models for Observational Data</i>, 1990).
 *
 * <p><b>Smoothing.</b> By default lambda is chosen from the data, aimed at the derivatives:
 * generalized cross-validation (Craven &amp; Wahba 1979) picks the lambda best for the curve, and
 * it is multiplied by {@value #DEFAULT_FACTOR}, because derivatives need more smoothing than the
 * curve ({@link #DEFAULT_FACTOR} says how this was measured). The restricted likelihood (REML) can
 * replace GCV, and the factor can be set. Both criteria are evaluated in linear time per lambda from banded
 * LDL<sup>T</sup> factors, the GCV trace by the recursion of Hutchinson &amp; de Hoog (1985).
 * A fixed {@code lambda} (in the units of the data) can be set instead; {@code lambda = 0} gives
 * the interpolating spline.
 *
 * <p>When lambda is automatic and the data look noise-free at their sampling density
 * ({@link NoiseEstimate#looksNoiseFree}: leave-one-out polynomial predictions of each sample
 * improve by {@value NoiseEstimate#NOISE_FREE_DROP} or more per step, as no noise allows), the
 * spline interpolates (lambda 0), since any smoothing would only add bias; the summary's criterion
 * says so.
 *
 * <p><b>Error bars.</b> The summary's {@link FitSummary#standardError} of every order is the
 * Bayesian posterior standard deviation of the penalized spline (Wahba 1983; Nychka 1988), from the
 * central band of the inverse of the banded system ({@link SplineStandardError}); it holds the
 * noise, not the smoothing bias.
 *
 * <p><b>Space.</b> The spline is a B-spline with knots at the samples, without the first and last
 * {@code m - 1} interior ones (the "not-a-knot" condition), so that {@code lambda = 0} gives the
 * unique interpolant in that space, which reproduces every polynomial of degree up to {@code 2m - 1}
 * exactly, derivatives included. When the chosen smoothing spans many samples, the knots are
 * thinned to every q-th sample, keeping about eight knots per equivalent-kernel bandwidth
 * {@code (lambda / w)^(1/2m)} (Silverman, Ann. Statist. 12, 1984): the fit is then O'Sullivan's
 * penalized spline (Statist. Sci. 1, 1986) with the same exact penalty, indistinguishable from the
 * full smoothing spline at that smoothing (Ruppert, J. Comput. Graph. Stat. 11, 2002), the banded
 * system stays well conditioned at any n, and each lambda costs time linear in the number of knots.
 *
 * <p>Outside {@code [x[0], x[n-1]]} the fit continues its end pieces (see {@link SplineFit}).
 * Immutable and thread-safe.
 */
public final class SplineInterpolator implements Interpolator {

    /** The criterion that chooses lambda when it is not fixed. */
    public enum Criterion {
        /** Generalized cross-validation, {@code n RSS / (n - df)^2}. */
        GCV,
        /** Restricted maximum likelihood (Wahba's generalized maximum likelihood). */
        REML
    }

    static final int DEFAULT_DEGREE = 5;
    /**
     * The default factor on the criterion's lambda. A lambda that is optimal for the curve is too
     * small for its derivatives: on noisy test signals, GCV's lambda times 3 brought the first- and
     * second-derivative errors of the quintic spline to 1.10 and 1.12 times those of the best
     * lambda in hindsight, against 1.21 and 1.44 for GCV's lambda itself and 1.68 and 2.56 for
     * REML's (geometric means over 144 data sets, {@code jdelt.bench.SplineSmoothingStudy}).
     */
    public static final double DEFAULT_FACTOR = 3;
    /**
     * The default width, in bandwidths, over which the penalty is relaxed towards each end, and the
     * power of the relaxation ({@link #withBoundaryRelaxation}). Against the plain penalty, width 3
     * and power 2 brought the whole-range first- and second-derivative errors to 0.80 and 0.75 of
     * the plain penalty's and the inner-90 % ones to 0.92 and 0.83 (geometric means over 144 data
     * sets of the accuracy benchmark's signals, {@code jdelt.bench.SplineBoundaryStudy}); power 4, or
     * width 6 or more with power 2, let the end pieces swing.
     */
    public static final double DEFAULT_BOUNDARY_WIDTH = 3;
    /** See {@link #DEFAULT_BOUNDARY_WIDTH}. */
    public static final double DEFAULT_BOUNDARY_POWER = 2;
    /**
     * The equivalent-kernel bandwidth {@code (lambda * spacing / w)^(1/2m)} (Silverman 1984, for mean
     * sample spacing and weight), in multiples of the sampled range, above which the spline is
     * computed as its lambda-to-infinity limit ({@link PolynomialLimit}). Measured by
     * {@code jdelt.bench.SplineLimitStudy} (quintic; quadratic and sine data, n = 200 and 10,000): at 4
     * the first derivative differs from the limit's by at most 7e-8 relative; beyond it the banded
     * system loses accuracy (2e-6 at 8, 2e-4 at 16, 1e-2 at 32, 100 % at 64, where its residual
     * deviation is 1,000 times the limit's) until it is singular.
     */
    private static final double POLYNOMIAL_BANDWIDTH = 4;
    /**
     * The smallest bandwidth, in knot spacings, that automatic lambda searches on all knots. GCV's
     * score can have its minimum at near interpolation on a short record (logistic, n = 40, 1 %
     * noise, one seed of three: lambda 2e-18, second-derivative error 24 times the other seeds'),
     * which data that are not noise-free never call for. On the accuracy benchmark's cells
     * ({@code jdelt.bench.SplineEdgeStudy}) the short records' (n = 20, 40) inner d1 and d2 errors
     * were 0.82 and 0.93 of the plain penalty's with a bound of 0.01 or 0.1 spacings, 0.74 and 0.65
     * at 0.3, and 2.7 and 1.6 at 1 (which oversmooths short records); the other cells moved
     * by less than 1 %. It applies to unweighted records of {@link NoiseEstimate#NOISE_FREE_MIN_SAMPLES}
     * samples or more, where the noise-free check interpolates exact data instead.
     */
    public static final double MIN_BANDWIDTH_ALL_KNOTS = 0.3;

    private final int degree;
    private final double lambda;
    private final Criterion criterion;
    private final double factor;
    private final double boundary;
    private final double power;
    private final double noiseFreeDrop;
    private final double heteroscedasticRatio;
    private final int ghosts;
    private final double minBandwidth;

    /**
     * A quintic spline with lambda chosen automatically: GCV's lambda times {@value #DEFAULT_FACTOR},
     * with the penalty relaxed towards the ends ({@link #DEFAULT_BOUNDARY_WIDTH}).
     */
    public SplineInterpolator() {
        this(DEFAULT_DEGREE, Double.NaN, Criterion.GCV, DEFAULT_FACTOR, DEFAULT_BOUNDARY_WIDTH, DEFAULT_BOUNDARY_POWER,
                NoiseEstimate.NOISE_FREE_DROP, NoiseEstimate.VARYING_NOISE_RATIO, NoiseFreeEnds.DEFAULT_GHOSTS,
                MIN_BANDWIDTH_ALL_KNOTS);
    }

    private SplineInterpolator(int degree, double lambda, Criterion criterion, double factor, double boundary,
                               double power, double noiseFreeDrop, double heteroscedasticRatio, int ghosts,
                               double minBandwidth) {
        this.ghosts = ghosts;
        this.minBandwidth = minBandwidth;
        this.noiseFreeDrop = noiseFreeDrop;
        this.heteroscedasticRatio = heteroscedasticRatio;
        this.degree = degree;
        this.lambda = lambda;
        this.criterion = criterion;
        this.factor = factor;
        this.boundary = boundary;
        this.power = power;
    }

    /**
     * Relaxes the penalty towards the ends of the record (Oehlert, "Relaxed boundary smoothing
     * splines", Ann. Statist. 20, 1992): after lambda is chosen, the penalty at distance d from the
     * nearer end is weighted by {@code min(1, d / (width h))^power}, h the equivalent-kernel
     * bandwidth of the chosen smoothing, and lambda is chosen again. The plain penalty imposes the
     * natural boundary conditions (the m-th to (2m-2)-th derivatives vanish at the ends), which
     * bias the derivatives over about a bandwidth at each end. Applies to automatic lambda only.
     *
     * @param width the relaxed zone in bandwidths, finite and {@code >= 0} (0: the plain penalty;
     *     {@value #DEFAULT_BOUNDARY_WIDTH} by default, with power {@value #DEFAULT_BOUNDARY_POWER})
     * @param power the power of the weight, finite and {@code > 0}
     * @return a copy with that relaxation
     */
    public SplineInterpolator withBoundaryRelaxation(double width, double power) {
        if (!(width >= 0 && width < Double.POSITIVE_INFINITY) || !(power > 0 && power < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("boundary relaxation needs a finite width >= 0 and a finite power > 0,"
                    + " got " + width + " and " + power);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, width, power, noiseFreeDrop, heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * @param degree 3 (cubic, penalty on f'') or 5 (quintic, penalty on f''')
     * @return a copy with that degree
     */
    public SplineInterpolator withDegree(int degree) {
        if (degree != 3 && degree != 5) {
            throw new IllegalArgumentException("spline degree must be 3 (cubic) or 5 (quintic), got " + degree);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, boundary, power, noiseFreeDrop, heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * @param lambda a fixed smoothing parameter, finite and {@code >= 0}, in the units of the data
     *     ({@code 0} interpolates); {@code NaN} restores the automatic choice
     * @return a copy with that smoothing
     */
    public SplineInterpolator withLambda(double lambda) {
        if (!Double.isNaN(lambda) && !(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0 (or NaN for automatic), got " + lambda);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, boundary, power, noiseFreeDrop, heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * @param criterion how to choose lambda automatically (unless the data look noise-free)
     * @return a copy using that criterion (and automatic lambda)
     */
    public SplineInterpolator withCriterion(Criterion criterion) {
        return new SplineInterpolator(degree, Double.NaN, criterion, factor, boundary, power, noiseFreeDrop, heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * @param factor the multiplier, finite and positive, applied to the criterion's lambda
     *     ({@value #DEFAULT_FACTOR} by default; 1 gives the criterion's own choice)
     * @return a copy using that factor (and automatic lambda)
     */
    public SplineInterpolator withFactor(double factor) {
        if (!(factor > 0 && factor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("factor must be finite and > 0, got " + factor);
        }
        return new SplineInterpolator(degree, Double.NaN, criterion, factor, boundary, power, noiseFreeDrop, heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * Sets the two thresholds of the data checks made before lambda is chosen (the defaults,
     * {@value NoiseEstimate#NOISE_FREE_DROP} and {@value NoiseEstimate#VARYING_NOISE_RATIO}, are measured by
     * {@code jdelt.bench.SplineDataCheckStudy}).
     *
     * @param noiseFreeDrop the fall of the prediction misses per step above which automatic lambda
     *     interpolates ({@link NoiseEstimate#noiseFreeDrop}); {@code +Infinity} never interpolates
     * @param heteroscedasticRatio the ratio of the largest to the smallest local noise variance
     *     above which {@link #fit(double[], double[])} weights the samples; {@code +Infinity} never does
     * @return a copy with those thresholds
     */
    public SplineInterpolator withDataChecks(double noiseFreeDrop, double heteroscedasticRatio) {
        if (!(noiseFreeDrop > 1) || !(heteroscedasticRatio >= 1)) {
            throw new IllegalArgumentException("the noise-free drop must be > 1 and the heteroscedastic ratio >= 1"
                    + " (+Infinity turns either check off), got " + noiseFreeDrop + " and " + heteroscedasticRatio);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, boundary, power, noiseFreeDrop,
                heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * Sets how an interpolating fit of data that look noise-free treats the ends: with
     * {@code ghosts > 0} the data are continued by that many samples beyond each end
     * ({@link NoiseFreeEnds}; {@value NoiseFreeEnds#DEFAULT_GHOSTS} by default), so the derivatives
     * near the ends are about as accurate as inside; with 0 the interpolant has the plain
     * not-a-knot ends.
     *
     * @param ghosts samples added beyond each end, {@code 0 <= ghosts <= 16}
     * @return a copy with that choice
     */
    public SplineInterpolator withNoiseFreeEnds(int ghosts) {
        if (ghosts < 0 || ghosts > NoiseFreeEnds.MAX_GHOSTS) {
            throw new IllegalArgumentException("ghost samples per end must be between 0 and " + NoiseFreeEnds.MAX_GHOSTS
                    + ", got " + ghosts);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, boundary, power, noiseFreeDrop,
                heteroscedasticRatio, ghosts, minBandwidth);
    }

    /**
     * @param spacings the smallest equivalent-kernel bandwidth, in sample spacings, that automatic
     *     lambda may choose on all knots, finite and {@code > 0} ({@link #MIN_BANDWIDTH_ALL_KNOTS} by default)
     * @return a copy with that bound
     */
    public SplineInterpolator withSmallestBandwidth(double spacings) {
        if (!(spacings > 0 && spacings < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the smallest bandwidth must be finite and > 0, got " + spacings);
        }
        return new SplineInterpolator(degree, lambda, criterion, factor, boundary, power, noiseFreeDrop,
                heteroscedasticRatio, ghosts, spacings);
    }

    /** @return the degree, 3 or 5 */
    public int degree() {
        return degree;
    }

    /** @return the fixed lambda, or NaN when it is chosen automatically */
    public double lambda() {
        return lambda;
    }

    /** @return the criterion used when lambda is automatic */
    public Criterion criterion() {
        return criterion;
    }

    /** @return the multiplier applied to the criterion's lambda when lambda is automatic */
    public double factor() {
        return factor;
    }

    /**
     * Fits without given weights. When the noise level varies along the record by more than a
     * factor {@value NoiseEstimate#VARYING_NOISE_RATIO} in variance (a running difference-based estimate over
     * a tenth of the record, {@link NoiseEstimate#localVariance}), the samples are weighted by the
     * inverse of that estimate, so the criterion is not led by the noisiest stretch; the summary's
     * {@code weights} parameter says so.
     */
    @Override
    public FittedCurve fit(double[] x, double[] y) {
        SplineInterpolator s = forSampleCount(x);
        return StandardizedFit.fit(x, y, s.degree + 1, "spline of degree " + s.degree,
                (xs, ys) -> {
                    double[] w = NoiseWeights.inverseVariances(xs, ys, heteroscedasticRatio);
                    boolean weighted = w != null;
                    if (!weighted) {
                        w = new double[xs.length];
                        Arrays.fill(w, 1);
                    }
                    return s.fitStandardized(xs, ys, w, weighted ? "inverse local noise variance" : "none", degree);
                });
    }

    /**
     * The quintic needs six samples: with fewer a cubic spline is fitted instead (and the summary
     * warns), so a record of four or five samples still gets the smoothest spline they determine.
     */
    private SplineInterpolator forSampleCount(double[] x) {
        return x != null && x.length < degree + 1 ? withDegree(3) : this;
    }

    /**
     * Fits with observation weights, e.g. inverse noise variances.
     *
     * @param x the abscissae, finite and strictly increasing
     * @param y the ordinates, finite
     * @param weights finite positive weights, one per sample
     * @return the fitted spline
     */
    public FittedCurve fit(double[] x, double[] y, double[] weights) {
        SplineInterpolator s = forSampleCount(x);
        return StandardizedFit.fit(x, y, s.degree + 1, "spline of degree " + s.degree, (xs, ys) -> {
            Samples.validateWeights(weights, xs.length);
            return s.fitStandardized(xs, ys, weights, "given", degree);
        });
    }

    /** @param asked the degree asked for; when it is not this one's, the summary says why */
    private SplineFit fitStandardized(double[] x, double[] y, double[] weights, String weighting, int asked) {
        int n = x.length;
        int m = (degree + 1) / 2;
        double sumW = 0;
        double sumWy = 0;
        for (int i = 0; i < n; i++) {
            sumW += weights[i];
            sumWy += weights[i] * y[i];
        }
        double mean = sumWy / sumW;
        double meanWeight = sumW / n;
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            yc[i] = y[i] - mean;
        }
        KnotSet knots;
        PenalizedSplineSystem system;
        double lambdaInternal;
        boolean noiseFree = Double.isNaN(lambda) && NoiseEstimate.noiseFreeDrop(x, yc) >= noiseFreeDrop;
        NoiseFreeEnds ends = noiseFree && this.ghosts > 0 ? NoiseFreeEnds.of(x, yc, weights, degree, this.ghosts) : null;
        int ghosts = ends == null ? 0 : ends.ghosts;
        if (ends != null) {
            knots = new KnotSet(ends.x, 1, degree, false);
            system = knots.system(ends.x, ends.y, ends.w);
            lambdaInternal = 0;
        } else if (!Double.isNaN(lambda) || noiseFree) {
            double fixed = noiseFree ? 0 : lambda;
            double bandwidthSamples = Math.pow(fixed / meanWeight, 1.0 / (2 * m)) * (n - 1) / (x[n - 1] - x[0]);
            knots = new KnotSet(x, KnotSet.strideFor(bandwidthSamples, KnotSet.maxStride(n, degree)), degree, fixed > 0);
            system = knots.system(x, yc, weights);
            lambdaInternal = fixed * Math.pow(knots.unit, 1 - 2 * m);
        } else {
            LambdaSearch.Choice choice = search().choose(x, yc, weights, degree, meanWeight);
            knots = choice.knots();
            system = choice.system();
            lambdaInternal = choice.lambda();
        }
        double lambdaData = lambdaInternal * Math.pow(knots.unit, 2 * m - 1);
        FitSummary.Builder summary = FitSummary.builder(SplineMethod.NAME, true)
                .parameter("degree", degree)
                .parameter("lambda", lambdaData)
                .parameter("criterion", noiseFree ? "interpolation (the data look noise-free)" + (ends == null ? ""
                        : ", continued beyond each end by the degree-" + (degree + NoiseFreeEnds.EXTRA_DEGREE)
                        + " polynomial through the end samples") : Double.isNaN(lambda)
                        ? search().description() : "fixed")
                .parameter("weights", weighting);
        if (asked != degree) {
            summary.warning("a spline of degree " + asked + " needs at least " + (asked + 1) + " samples: a cubic"
                    + " spline was fitted to the " + n + " given");
        }
        double spacing = (x[n - 1] - x[0]) / (n - 1);
        double bandwidth = Math.pow(lambdaData * spacing / meanWeight, 1.0 / (2 * m)) / (x[n - 1] - x[0]);
        boolean polynomial = bandwidth > POLYNOMIAL_BANDWIDTH;
        PenalizedSplineSystem.Solution solution = polynomial ? null : system.solve(lambdaInternal, true);
        if (solution == null) {
            if (bandwidth > 1) {
                return PolynomialLimit.fit(x, y, weights, degree, summary, Double.isNaN(lambda));
            }
            throw new IllegalArgumentException("the spline system at lambda = " + lambdaData + " is numerically singular:"
                    + " some samples are too close together relative to the others; use a larger lambda");
        }
        double df = solution.degreesOfFreedom() - 2 * ghosts;
        double residualDf = n - df;
        // with less than one residual degree of freedom (a fit at or near interpolation) the
        // residuals say nothing of the noise: RSS / (n - df) is then 0/0 in rounding, so the
        // difference-based estimate stands in (an upper bound where the signal is coarsely sampled)
        double sigma = Math.sqrt(residualDf >= 1 ? solution.rss() / residualDf : NoiseWeights.variance(x, yc, weights));
        summary.parameter("knots", knots.breakIndex.length - 2 * Math.max(0, ghosts - (m - 1)))
                .degreesOfFreedom(df)
                .residualStandardDeviation(sigma)
                .standardErrors(knots.standardErrors(solution.covariance(), sigma));
        return new SplineFit(ends == null ? knots.piecewise(system.basis, solution.coefficients(), mean, x)
                : knots.piecewise(system.basis, solution.coefficients(), mean, ends.x, ghosts, ghosts + n - 1),
                degree, summary.build());
    }

    private LambdaSearch search() {
        return new LambdaSearch(criterion, factor, boundary, power, minBandwidth);
    }
}
