package jdelt.interpolation.multivariate;

import java.util.Locale;
import java.util.stream.IntStream;
import jdelt.interpolation.FitSummary;

/**
 * Local quadratic regression on scattered points in d dimensions ({@link LocalQuadraticModel}),
 * with the number of neighbours in the kernel chosen by leave-one-out cross-validation: for a
 * linear smoother the leave-one-out residual at sample i is {@code (y_i − ŷ_i) / (1 − L_ii)}
 * with {@code L_ii} the sample's weight in its own fit, so no refit is needed. Candidates grow
 * geometrically by {@value #GROWTH} from twice the number of quadratic terms; the criterion is
 * averaged over at most {@value #CV_POINTS} samples spread evenly through the input (all of them
 * for smaller data) and the search stops once it has risen for {@value #PATIENCE} candidates in a
 * row. With a fixed span, the summary's df and sigma are estimated from {@value #STATS_POINTS}
 * samples likewise. Partials are exact derivatives of each local polynomial, of total order at most 2.
 *
 * <p>Immutable; {@link #fit} may run concurrently.
 */
public final class LocalQuadraticInterpolator implements MultivariateInterpolator {

    /** The registered name. */
    public static final String NAME = "local-quadratic";
    /** Ratio between successive neighbour counts tried. */
    static final double GROWTH = 1.25;
    /** Most samples the cross-validation criterion is averaged over. */
    static final int CV_POINTS = 1000;
    /** Samples the df and sigma of a fixed-span fit are estimated from. */
    static final int STATS_POINTS = 200;
    /** Candidates past the best with a higher criterion before the search stops. */
    static final int PATIENCE = 3;

    private final LocalQuadraticModel.Metric metric;
    private final double span;

    /** Mahalanobis metric, neighbours by cross-validation. */
    public LocalQuadraticInterpolator() {
        this(LocalQuadraticModel.Metric.MAHALANOBIS, Double.NaN);
    }

    private LocalQuadraticInterpolator(LocalQuadraticModel.Metric metric, double span) {
        this.metric = metric;
        this.span = span;
    }

    /**
     * @param mahalanobis true to measure distances after whitening by the points' covariance
     *     (affine-covariant partials), false for Euclidean distances in the given coordinates
     * @return a copy with that metric
     */
    public LocalQuadraticInterpolator withMahalanobis(boolean mahalanobis) {
        return new LocalQuadraticInterpolator(mahalanobis ? LocalQuadraticModel.Metric.MAHALANOBIS
                : LocalQuadraticModel.Metric.EUCLIDEAN, span);
    }

    /**
     * @param span the fraction of the points in each kernel, in (0, 1], instead of cross-validation
     * @return a copy with a fixed span
     */
    public LocalQuadraticInterpolator withSpan(double span) {
        if (!(span > 0 && span <= 1)) {
            throw new IllegalArgumentException("method '" + NAME + "': span must be in (0, 1], got " + span);
        }
        return new LocalQuadraticInterpolator(metric, span);
    }

    /** @return the fewest points a fit in d dimensions needs: twice the quadratic's terms, plus one */
    static int minPoints(int d) {
        return 2 * (1 + d + d * (d + 1) / 2) + 1;
    }

    @Override
    public FittedField fit(double[][] points, double[] values) {
        int d = MultivariateSamples.checkShape(points, values);
        MultivariateSamples.validate(points, values, minPoints(d), NAME);
        LocalQuadraticModel model = new LocalQuadraticModel(points, values, metric);
        int n = points.length;
        int smallest = 2 * model.terms;
        int[] sample = evenly(n, Math.min(n, Double.isNaN(span) ? CV_POINTS : STATS_POINTS));
        int chosen;
        double best = Double.POSITIVE_INFINITY;
        double[] bestStats = null;
        if (Double.isNaN(span)) {
            chosen = smallest;
            int rises = 0;
            for (double k = smallest; Math.round(k) <= n - 1 && rises < PATIENCE; k *= GROWTH) {
                int neighbours = (int) Math.round(k);
                double[] stats = crossValidate(model, neighbours, sample);
                if (stats[0] < best) {
                    best = stats[0];
                    bestStats = stats;
                    chosen = neighbours;
                    rises = 0;
                } else {
                    rises++;
                }
            }
            if (bestStats == null) {
                chosen = n - 1;
                bestStats = crossValidate(model, chosen, sample);
            }
        } else {
            chosen = Math.max(smallest, Math.min(n - 1, (int) Math.round(span * n)));
            bestStats = crossValidate(model, chosen, sample);
        }
        double df = bestStats[1] * n / sample.length;
        double meanSquare = bestStats[2] / sample.length;
        FitSummary summary = FitSummary.builder(NAME, false).parameter("degree", 2)
                .parameter("neighbours", chosen).parameter("span", (double) chosen / n)
                .parameter("metric", metric.name().toLowerCase(Locale.ROOT))
                .parameter("spanBy", Double.isNaN(span) ? "loo-cv on " + sample.length + " points" : "fixed")
                .degreesOfFreedom(df)
                .residualStandardDeviation(n > df ? Math.sqrt(meanSquare * n / (n - df)) : Double.NaN)
                .build();
        return new LocalQuadraticFit(model, chosen, summary);
    }

    /** @return {leave-one-out mean square, Σ L_ii, Σ residual²} over the sampled points */
    private static double[] crossValidate(LocalQuadraticModel model, int neighbours, int[] sample) {
        double cv = 0;
        double trace = 0;
        double rss = 0;
        double[][] terms = new double[sample.length][];
        IntStream.range(0, sample.length).parallel().forEach(k -> {
            double[] leverage = new double[1];
            int i = sample[k];
            double r = model.values[i] - model.fitAt(model.points[i], neighbours, leverage)[0];
            terms[k] = new double[] {r, leverage[0]};
        });
        for (double[] t : terms) {
            double r = t[0];
            double l = t[1];
            cv += l < 1 - 1e-9 ? r * r / ((1 - l) * (1 - l)) : Double.POSITIVE_INFINITY;
            trace += l;
            rss += r * r;
        }
        return new double[] {cv / sample.length, trace, rss};
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
