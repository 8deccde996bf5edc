package jdelt.interpolation.embedding;

import jdelt.interpolation.Interpolator;

/**
 * Registers {@link GllaInterpolator} as method {@code glla}: generalized local linear approximation
 * (Boker, Deboeck, Edler and Keel 2010) on time-delay embedding windows, generalised to non-uniform x.
 */
public final class GllaMethod extends DelayEmbeddingMethod {

    /** The descriptor of method {@code glla}, for the registry. */
    public GllaMethod() {
        super(GllaInterpolator.DEFAULT_ORDER,
                "samples per embedding window (rounded to a whole number), or auto: chosen by leave-one-out"
                        + " cross-validation");
    }

    @Override
    public String name() {
        return GllaInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Generalized local linear approximation (Boker et al. 2010): least-squares Taylor polynomial over a time-delay embedding, embedding by cross-validation";
    }

    @Override
    Interpolator interpolator(int order, int embedding, int lag) {
        return new GllaInterpolator(order, embedding, lag);
    }

    /** Quartics: every window's least-squares Taylor polynomial has the default order's degree, 4, and so fits them exactly. */
    @Override
    public int polynomialDegree() {
        return 4;
    }
}
