package jdelt.interpolation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link GoldInterpolator} as method {@code gold}: generalized orthogonal local derivatives
 * (Deboeck 2010) on time-delay embedding windows, generalised to non-uniform x.
 */
public final class GoldDescriptor implements MethodDescriptor {

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
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("order", Integer.toString(GoldInterpolator.DEFAULT_ORDER),
                        "highest derivative order (the local polynomial degree), 1 to " + DelayEmbedding.MAX_DEGREE),
                new Parameter("embedding", "auto",
                        "samples per embedding window for every order (rounded to a whole number), or auto: one per"
                                + " order, by leave-one-out cross-validation (fit) and a plug-in error estimate (derivatives)"),
                new Parameter("lag", "1", "index step between embedded samples"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        String text = s.text("embedding", "auto").trim();
        int embedding = 0;
        if (!text.equals("auto")) {
            double value = s.number("embedding", 0);
            if (!(value >= 1) || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("method '" + name() + "': parameter 'embedding' must be"
                        + " auto or a number of samples, got '" + text + "'");
            }
            embedding = (int) Math.round(value);
        }
        return new GoldInterpolator(s.integer("order", GoldInterpolator.DEFAULT_ORDER), embedding, s.integer("lag", 1));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("embedding", 3, 100_001));
    }
}
