package jdelt.interpolation.embedding;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.StandardizedFit;

/**
 * The settings shared by the time-delay embedding methods, {@link GllaInterpolator} (Boker,
 * Deboeck, Edler and Keel 2010) and {@link GoldInterpolator} (Deboeck 2010): the order, the
 * embedding dimension (0 for automatic) and the lag, checked on construction by
 * {@link DelayEmbedding#checkSettings}. Immutable.
 */
abstract class DelayEmbeddingInterpolator implements Interpolator {

    /** The highest derivative order, which is the local polynomial degree. */
    final int order;
    /** The embedding dimension (samples per window), or 0 if automatic. */
    final int embedding;
    /** The index step between embedded samples. */
    final int lag;
    private final String method;

    /**
     * @param method the method's name, for messages
     * @param order the highest derivative order, 1 to {@value DelayEmbedding#MAX_DEGREE}
     * @param embedding the embedding dimension, more than {@code order}, or 0 for automatic
     * @param lag the index step between embedded samples, at least 1
     * @throws IllegalArgumentException if a setting is out of range
     */
    DelayEmbeddingInterpolator(String method, int order, int embedding, int lag) {
        DelayEmbedding.checkSettings(method, order, embedding, lag);
        this.method = method;
        this.order = order;
        this.embedding = embedding;
        this.lag = lag;
    }

    @Override
    public final FittedCurve fit(double[] x, double[] y) {
        return StandardizedFit.fit(x, y, order + 2, method + " with order " + order
                + (embedding > 0 ? ", embedding " + embedding : "") + " and lag " + lag, this::fitStandardized);
    }

    /**
     * Fits validated, standardized samples (see {@link StandardizedFit}).
     *
     * @param x the abscissae, from 0, strictly increasing
     * @param y the ordinates, centred and of unit size
     * @return the fit in the standardized units
     */
    abstract FittedCurve fitStandardized(double[] x, double[] y);

    /** @return the highest derivative order (the local polynomial degree) */
    public int order() {
        return order;
    }

    /** @return the embedding dimension, or 0 if automatic */
    public int embedding() {
        return embedding;
    }

    /** @return the lag */
    public int lag() {
        return lag;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[order=" + order + ", embedding=" + (embedding > 0 ? embedding : "auto")
                + ", lag=" + lag + "]";
    }
}
