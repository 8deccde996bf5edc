package jdelt.interpolation.embedding;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.function.IntFunction;

/** A GOLD fit: the samples and the embedding of each derivative order; immutable and thread-safe. */
final class GoldFit implements FittedCurve {

    private final GoldInterpolator.DerivativeCurve[] curves;
    private final FitSummary summary;

    GoldFit(double[] x, double[] y, int order, int lag, int[] dimensions, boolean automatic) {
        this(x, y, order, lag, order, automatic ? "cv (fit), plug-in risk (derivatives)" : "fixed", m ->
                new DelayEmbedding(x, y, dimensions[m], lag));
    }

    /** The fit on data that look noise-free: the same noise-free windows for every order. */
    GoldFit(double[] x, double[] y, int order, DelayEmbedding noiseFree) {
        this(x, y, order, 1, DelayEmbedding.noiseFreeDegree(order), GllaFit.NOISE_FREE, m -> noiseFree);
    }

    private GoldFit(double[] x, double[] y, int order, int lag, int degree, String choice,
            IntFunction<DelayEmbedding> embeddings) {
        FitSummary.Builder b = FitSummary.builder(GoldInterpolator.NAME, false).parameter("order", order).parameter("lag", lag)
                .parameter("embedding", choice);
        if (degree > order) {
            b.parameter("degree", degree);
        }
        this.curves = new GoldInterpolator.DerivativeCurve[order + 1];
        GoldInterpolator.DerivativeCurve[] errors = new GoldInterpolator.DerivativeCurve[order + 1];
        double sigma = NoiseEstimate.standardDeviation(x, y);
        for (int m = 0; m <= order; m++) {
            DelayEmbedding windows = embeddings.apply(m);
            b.parameter(m, "embedding", windows.dimension());
            curves[m] = new GoldInterpolator.DerivativeCurve(windows, x, degree, m, Double.NaN);
            errors[m] = new GoldInterpolator.DerivativeCurve(windows, x, degree, m, sigma);
        }
        this.summary = b.residualStandardDeviation(sigma)
                .standardErrors(k -> k < 0 || k > order ? null : errors[k]).build();
    }

    /**
     * Reports the order, the lag and the embedding dimension (samples per window) of each
     * derivative order, the noise deviation (Gasser, Sroka &amp; Jennen-Steinmetz 1986) and
     * every order's standard error from it and the window weights (bias left out).
     */
    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public Curve differentiate(int derivative) {
        Samples.validateOrder(derivative, maxOrder(), GoldInterpolator.NAME + " with order " + maxOrder());
        return curves[derivative];
    }

    @Override
    public int maxOrder() {
        return curves.length - 1;
    }

    @Override
    public double value(double z) {
        return curves[0].value(z);
    }

    @Override
    public double[] values(double[] z) {
        return curves[0].values(z);
    }
}
