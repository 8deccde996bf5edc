package jdelt.interpolation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link GllaInterpolator} as method {@code glla}: generalized local linear approximation
 * (Boker, Deboeck, Edler and Keel 2010) on time-delay embedding windows, generalised to non-uniform x.
 */
public final class GllaDescriptor implements MethodDescriptor {

    @Override
    public String name() {
        return GllaInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Generalized local linear approximation (Boker et al. 2010): least-squares Taylor polynomial over a time-delay embedding, embedding by cross-validation";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("order", Integer.toString(GllaInterpolator.DEFAULT_ORDER),
                        "highest derivative order (the local polynomial degree), 1 to " + DelayEmbedding.MAX_DEGREE),
                new Parameter("embedding", "auto",
                        "samples per embedding window (rounded to a whole number), or auto: chosen by leave-one-out"
                                + " cross-validation"),
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
        return new GllaInterpolator(s.integer("order", GllaInterpolator.DEFAULT_ORDER), embedding, s.integer("lag", 1));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("embedding", 3, 100_001));
    }
}
