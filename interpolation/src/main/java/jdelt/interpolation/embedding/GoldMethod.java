package jdelt.interpolation.embedding;

import jdelt.interpolation.Interpolator;

/**
 * Registers {@link GoldInterpolator} as method {@code gold}: generalized orthogonal local derivatives
 * (Deboeck 2010) on time-delay embedding windows, generalised to non-uniform x.
 */
public final class GoldMethod extends DelayEmbeddingMethod {

    /** The descriptor of method {@code gold}, for the registry. */
    public GoldMethod() {
        super(GoldInterpolator.DEFAULT_ORDER,
                "samples per embedding window for every order (rounded to a whole number), or auto: one per"
                        + " order, by leave-one-out cross-validation (fit) and a plug-in error estimate (derivatives)");
    }

    @Override
    public String name() {
        return GoldInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Generalized orthogonal local derivatives (Deboeck 2010): orthogonal-polynomial expansion over a time-delay"
                + " embedding, differentiated at the point; embedding per derivative order (cross-validation for the fit,"
                + " plug-in error estimate for derivatives)";
    }

    @Override
    Interpolator interpolator(int order, int embedding, int lag) {
        return new GoldInterpolator(order, embedding, lag);
    }

    /** Quartics: every window's orthogonal-polynomial expansion has the default order's degree, 4, and so fits them exactly. */
    @Override
    public int polynomialDegree() {
        return 4;
    }
}
