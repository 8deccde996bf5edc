package jdelt.interpolation.embedding;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.NoiseEstimate;

/** An LLA fit: the samples and the lag of each derivative order; immutable and thread-safe. */
final class LlaFit implements FittedCurve {

    private final double[] x;
    private final double[] y;
    private final int[] lags;
    private final double sigma;

    LlaFit(double[] x, double[] y, int[] lags) {
        this.x = x;
        this.y = y;
        this.lags = lags;
        this.sigma = NoiseEstimate.standardDeviation(x, y);
    }

    /**
     * Reports the lag (index step of the embedding) of each derivative order, the noise
     * deviation (Gasser, Sroka &amp; Jennen-Steinmetz 1986) and every order's standard error:
     * sigma times the root of the sum of the three squared weights (bias left out).
     */
    @Override
    public FitSummary summary() {
        FitSummary.Builder b = FitSummary.builder(LlaInterpolator.NAME, false);
        for (int order = 0; order <= LlaInterpolator.MAX_ORDER; order++) {
            b.parameter(order, "lag", lags[order]);
        }
        return b.residualStandardDeviation(sigma).standardErrors(order -> order < 0 || order > LlaInterpolator.MAX_ORDER
                ? null : new LlaInterpolator.DerivativeCurve(x, y, lags[order], order, sigma)).build();
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, LlaInterpolator.MAX_ORDER, LlaInterpolator.NAME);
        return new LlaInterpolator.DerivativeCurve(x, y, lags[order], order, Double.NaN);
    }

    @Override
    public int maxOrder() {
        return LlaInterpolator.MAX_ORDER;
    }

    @Override
    public double value(double z) {
        return differentiate(0).value(z);
    }

    @Override
    public double[] values(double[] z) {
        return differentiate(0).values(z);
    }
}
