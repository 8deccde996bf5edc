package jdelt.interpolation.embedding;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.SlidingWindowLeastSquares;

/** A GLLA fit; immutable and thread-safe. */
final class GllaFit implements FittedCurve {

    /** The summary's {@code embedding} parameter on data that look noise-free. */
    static final String NOISE_FREE = "smallest (the data look noise-free)";

    private final double[] x;
    private final DelayEmbedding[] windows;
    private final int order;
    /** The local polynomial degree: the order, or higher on noise-free data. */
    private final int degree;
    private final int lag;
    private final int[] dimensions;
    private final double[] halfWidths;
    private final double sigma;

    GllaFit(double[] x, DelayEmbedding[] windows, int order, int degree, int lag, int[] dimensions,
        double[] halfWidths, double sigma) {
        this.x = x;
        this.windows = windows;
        this.order = order;
        this.degree = degree;
        this.lag = lag;
        this.dimensions = dimensions;
        this.halfWidths = halfWidths;
        this.sigma = sigma;
    }

    /**
     * Reports the lag (on noise-free data also the degree and that the embedding is the smallest)
     * and, per derivative order, the half-width in x of the windows (the automatic embedding at
     * lag 1) or the embedding dimension (samples per window).
     */
    @Override
    public FitSummary summary() {
        FitSummary.Builder b = FitSummary.builder(GllaInterpolator.NAME, false).parameter("order", order)
                .parameter("lag", lag);
        if (degree > order) {
            b.parameter("degree", degree).parameter("embedding", NOISE_FREE);
        }
        for (int m = 0; m <= order; m++) {
            if (halfWidths[m] > 0) {
                b.parameter(m, "bandwidth", halfWidths[m]);
            } else {
                b.parameter(m, "embedding", dimensions[m]);
            }
        }
        return b.residualStandardDeviation(sigma)
                .standardErrors(k -> k < 0 || k > order ? null : curve(k, true)).build();
    }

    @Override
    public Curve differentiate(int derivative) {
        Samples.validateOrder(derivative, order, GllaInterpolator.NAME + " with order " + order);
        return curve(derivative, false);
    }

    private Curve curve(int derivative, boolean se) {
        return new Curve() {
            @Override
            public double value(double z) {
                return values(new double[] {z})[0];
            }

            @Override
            public double[] values(double[] z) {
                return evaluate(z, derivative, se);
            }
        };
    }

    @Override
    public int maxOrder() {
        return order;
    }

    @Override
    public double value(double z) {
        return evaluate(new double[] {z}, 0, false)[0];
    }

    @Override
    public double[] values(double[] z) {
        return evaluate(z, 0, false);
    }

    /**
     * Evaluates the estimates (or with {@code se} their standard errors) with one sliding fit,
     * so sorted points cost O(degree²) each at lag 1.
     */
    private double[] evaluate(double[] z, int derivative, boolean se) {
        DelayEmbedding embedding = windows[derivative];
        SlidingWindowLeastSquares local = embedding.windows(degree);
        double h = halfWidths[derivative];
        BandwidthWindow window = h > 0 ? new BandwidthWindow(x, dimensions[derivative], h) : null;
        double[] result = new double[z.length];
        double[] out = new double[derivative + 1];
        for (int i = 0; i < z.length; i++) {
            if (Double.isFinite(z[i])) {
                if (window != null) {
                    window.locate(z[i]);
                    local.moveTo(window.first(), window.count());
                } else {
                    local.moveTo(embedding.start(z[i]));
                }
                if (se) {
                    result[i] = sigma * Math.sqrt(local.derivativeVariance(z[i], derivative));
                } else {
                    local.derivatives(z[i], derivative, out);
                    result[i] = out[derivative];
                }
            } else {
                result[i] = Double.NaN;
            }
        }
        return result;
    }
}
