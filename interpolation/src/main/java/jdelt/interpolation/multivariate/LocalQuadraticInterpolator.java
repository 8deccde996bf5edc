package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import jdelt.interpolation.FitSummary;

/**
 * Local polynomial regression of degree 2 (or 3, {@link #withDegree}) on scattered points in d
 * dimensions ({@link LocalQuadraticModel}), with the number of neighbours in the kernel chosen by
 * leave-one-out cross-validation: for a linear smoother the leave-one-out residual at sample i is
 * {@code (y_i − ŷ_i) / (1 − L_ii)} with {@code L_ii} the sample's weight in its own fit, so no
 * refit is needed. Candidates grow geometrically by {@value #GROWTH} from twice the number of
 * polynomial terms until the criterion has risen for {@value #PATIENCE} candidates in a row, then
 * the two counts half a step either side of the best are tried; the criterion is averaged over at
 * most {@value #CV_POINTS} samples spread evenly through the input (all of them for smaller data).
 * With a fixed span, the summary's df and sigma are estimated from {@value #STATS_POINTS} samples
 * likewise. Partials are exact derivatives of each local polynomial, of total order at most its degree.
 *
 * <p>Immutable; {@link #fit} may run concurrently.
 */
public final class LocalQuadraticInterpolator implements MultivariateInterpolator {

    /** The registered name. */
    public static final String NAME = "local-quadratic";
    /** Ratio between successive neighbour counts tried before the refinement. */
    static final double GROWTH = 1.5;
    /** Most samples the cross-validation criterion is averaged over. */
    static final int CV_POINTS = 500;
    /** Samples the df and sigma of a fixed-span fit are estimated from. */
    static final int STATS_POINTS = 200;
    /** Candidates past the best with a higher criterion before the search stops. */
    static final int PATIENCE = 2;
    /** Samples evaluated together by one thread, sharing its scratch space. */
    private static final int BLOCK = 64;

    /** Bisquare robustness weights vanish at this many median absolute residuals (Cleveland 1979). */
    static final double BISQUARE_CUTOFF = 6;

    private final LocalQuadraticModel.Metric metric;
    private final double span;
    private final int robustIterations;
    private final int degree;

    /** Degree 2, Mahalanobis metric, neighbours by cross-validation, no robustness iterations. */
    public LocalQuadraticInterpolator() {
        this(LocalQuadraticModel.Metric.MAHALANOBIS, Double.NaN, 0, 2);
    }

    private LocalQuadraticInterpolator(LocalQuadraticModel.Metric metric, double span, int robustIterations,
            int degree) {
        this.metric = metric;
        this.span = span;
        this.robustIterations = robustIterations;
        this.degree = degree;
    }

    /**
     * @param degree the local polynomials' total degree, 2 or 3; with 3 every cubic is reproduced
     *     exactly and the partials of total order 3 are available
     * @return a copy with local polynomials of that degree
     */
    public LocalQuadraticInterpolator withDegree(int degree) {
        if (degree != 2 && degree != 3) {
            throw new IllegalArgumentException("method '" + NAME + "': degree must be 2 or 3, got " + degree);
        }
        return new LocalQuadraticInterpolator(metric, span, robustIterations, degree);
    }

    /**
     * The robust variant for data with outliers (Cleveland, "Robust locally weighted regression and
     * smoothing scatterplots", JASA 74, 1979): after the fit, every sample gets the bisquare
     * weight {@code (1 − (r / 6 MAD)²)²} of its residual r (MAD: the median absolute residual), and
     * the fit is repeated with the kernel weights multiplied by them, this many times. The number of
     * neighbours is chosen again after each iteration, by cross-validation weighted by the same
     * weights (so that outliers do not choose it).
     *
     * @param iterations the robustness iterations, 0 for none
     * @return a copy with that many robustness iterations
     */
    public LocalQuadraticInterpolator withRobustIterations(int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("method '" + NAME + "': robustness iterations must be >= 0, got " + iterations);
        }
        return new LocalQuadraticInterpolator(metric, span, iterations, degree);
    }

    /**
     * @param mahalanobis true to measure distances after whitening by the points' covariance
     *     (affine-covariant partials), false for Euclidean distances in the given coordinates
     * @return a copy with that metric
     */
    public LocalQuadraticInterpolator withMahalanobis(boolean mahalanobis) {
        return new LocalQuadraticInterpolator(mahalanobis ? LocalQuadraticModel.Metric.MAHALANOBIS
                : LocalQuadraticModel.Metric.EUCLIDEAN, span, robustIterations, degree);
    }

    /**
     * @param span the fraction of the points in each kernel, in (0, 1], instead of cross-validation
     * @return a copy with a fixed span
     */
    public LocalQuadraticInterpolator withSpan(double span) {
        if (!(span > 0 && span <= 1)) {
            throw new IllegalArgumentException("method '" + NAME + "': span must be in (0, 1], got " + span);
        }
        return new LocalQuadraticInterpolator(metric, span, robustIterations, degree);
    }

    /** @return the fewest points a fit of this degree in d dimensions needs: twice the polynomial's terms, plus one */
    static int minPoints(int d, int degree) {
        return 2 * LocalQuadraticModel.terms(d, degree) + 1;
    }

    @Override
    public FittedField fit(double[][] points, double[] values) {
        int d = MultivariateSamples.checkShape(points, values);
        MultivariateSamples.validate(points, values, minPoints(d, degree), NAME);
        LocalQuadraticModel model = new LocalQuadraticModel(points, values, metric, degree);
        int n = points.length;
        int smallest = 2 * model.terms;
        int[] sample = evenly(n, Math.min(n, Double.isNaN(span) ? CV_POINTS : STATS_POINTS));
        int chosen = Double.isNaN(span) ? chooseNeighbours(model, sample, smallest)
                : Math.max(smallest, Math.min(n - 1, (int) Math.round(span * n)));
        for (int iteration = 0; iteration < robustIterations; iteration++) {
            model = robustified(model, chosen);
            if (Double.isNaN(span)) {
                chosen = chooseNeighbours(model, sample, smallest);
            }
        }
        double[] bestStats = crossValidate(model, chosen, sample);
        double df = bestStats[1] * n / sample.length;
        double meanSquare = bestStats[2];
        FitSummary summary = FitSummary.builder(NAME, false).parameter("degree", degree)
                .parameter("neighbours", chosen).parameter("span", (double) chosen / n)
                .parameter("metric", metric.name().toLowerCase(Locale.ROOT))
                .parameter("robustIterations", robustIterations)
                .parameter("spanBy", Double.isNaN(span) ? "loo-cv on " + sample.length + " points" : "fixed")
                .degreesOfFreedom(df)
                .residualStandardDeviation(n - df >= 1 ? Math.sqrt(meanSquare * n / (n - df)) : Double.NaN)
                .build();
        return new LocalQuadraticFit(model, chosen, summary);
    }

    /**
     * @return the neighbour count with the least cross-validation criterion: counts from
     *     {@code smallest} up by {@value #GROWTH} until the criterion has risen {@value #PATIENCE}
     *     times, then the counts a factor {@code √GROWTH} either side of the best
     */
    private static int chooseNeighbours(LocalQuadraticModel model, int[] sample, int smallest) {
        int n = model.points.length;
        int chosen = n - 1;
        double best = Double.POSITIVE_INFINITY;
        int rises = 0;
        for (double k = smallest; Math.round(k) <= n - 1 && rises < PATIENCE; k *= GROWTH) {
            int neighbours = (int) Math.round(k);
            double cv = crossValidate(model, neighbours, sample)[0];
            if (cv < best) {
                best = cv;
                chosen = neighbours;
                rises = 0;
            } else {
                rises++;
            }
        }
        int centre = chosen;
        double half = Math.sqrt(GROWTH);
        for (int neighbours : new int[] {(int) Math.round(centre / half), (int) Math.round(centre * half)}) {
            if (neighbours >= smallest && neighbours <= n - 1 && neighbours != centre) {
                double cv = crossValidate(model, neighbours, sample)[0];
                if (cv < best) {
                    best = cv;
                    chosen = neighbours;
                }
            }
        }
        return chosen;
    }

    /** @return the model with bisquare weights of the residuals of its fit with k neighbours at every sample */
    private static LocalQuadraticModel robustified(LocalQuadraticModel model, int k) {
        int n = model.points.length;
        double[] residuals = new double[n];
        inBlocks(model, n, (i, scratch) -> residuals[i] = model.values[i] - model.fitAt(model.points[i], k, -1, scratch)[0]);
        double[] absolute = Arrays.stream(residuals).map(Math::abs).sorted().toArray();
        double mad = n % 2 == 1 ? absolute[n / 2] : 0.5 * (absolute[n / 2 - 1] + absolute[n / 2]);
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double u = mad > 0 ? residuals[i] / (BISQUARE_CUTOFF * mad) : 0;
            weights[i] = Math.abs(u) < 1 ? (1 - u * u) * (1 - u * u) : 0;
        }
        return model.withRobustness(weights);
    }

    /**
     * @return {leave-one-out mean square, Σ L_ii, mean squared residual} over the sampled points,
     *     the means weighted by the samples' robustness weights
     */
    private static double[] crossValidate(LocalQuadraticModel model, int neighbours, int[] sample) {
        double[][] terms = new double[sample.length][];
        inBlocks(model, sample.length, (k, scratch) -> {
            int i = sample[k];
            double r = model.values[i] - model.fitAt(model.points[i], neighbours, i, scratch)[0];
            terms[k] = new double[] {r, scratch.leverage};
        });
        double cv = 0;
        double trace = 0;
        double rss = 0;
        double weight = 0;
        for (int k = 0; k < sample.length; k++) {
            double r = terms[k][0];
            double l = terms[k][1];
            double w = model.robustness(sample[k]);
            cv += w == 0 ? 0 : l < 1 - 1e-9 ? w * r * r / ((1 - l) * (1 - l)) : Double.POSITIVE_INFINITY;
            trace += l;
            rss += w * r * r;
            weight += w;
        }
        return new double[] {cv / weight, trace, rss / weight};
    }

    private interface Task {
        void at(int i, LocalQuadraticModel.Scratch scratch);
    }

    /** Runs the task for 0 .. n − 1 in parallel blocks, each with its own scratch space. */
    private static void inBlocks(LocalQuadraticModel model, int n, Task task) {
        IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
            LocalQuadraticModel.Scratch scratch = model.scratch();
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                task.at(i, scratch);
            }
        });
    }

    /** @return m indices spread evenly over 0 .. n − 1 */
    private static int[] evenly(int n, int m) {
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = (int) ((long) i * n / m);
        }
        return out;
    }
}
