package jdelt.interpolation.embedding;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings and their parsing shared by the descriptors of the time-delay embedding methods,
 * {@link GllaMethod} (Boker, Deboeck, Edler and Keel 2010) and {@link GoldMethod}
 * (Deboeck 2010): {@code order}, {@code embedding} (a number of samples or {@code auto}) and
 * {@code lag}.
 */
abstract class DelayEmbeddingMethod implements MethodDescriptor {

    private final int defaultOrder;
    private final String embeddingDescription;

    /**
     * @param defaultOrder the method's default order
     * @param embeddingDescription the description of the {@code embedding} parameter
     */
    DelayEmbeddingMethod(int defaultOrder, String embeddingDescription) {
        this.defaultOrder = defaultOrder;
        this.embeddingDescription = embeddingDescription;
    }

    /**
     * @param order the highest derivative order
     * @param embedding the embedding dimension, or 0 for automatic
     * @param lag the index step between embedded samples
     * @return the method's interpolator with these settings
     */
    abstract Interpolator interpolator(int order, int embedding, int lag);

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("order", Integer.toString(defaultOrder),
                        "highest derivative order (the local polynomial degree), 1 to " + DelayEmbedding.MAX_DEGREE),
                new Parameter("embedding", "auto", embeddingDescription),
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
        return interpolator(s.integer("order", defaultOrder), embedding, s.integer("lag", 1));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("embedding", 3, 100_001));
    }
}
