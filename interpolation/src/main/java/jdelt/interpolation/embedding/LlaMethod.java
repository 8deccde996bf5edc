package jdelt.interpolation.embedding;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link LlaInterpolator} as method {@code lla}: local linear approximation (Boker and
 * Graham 1998; Boker and Nesselroade 2002) from three-sample time-delay embeddings, generalised to
 * non-uniform x.
 */
public final class LlaMethod implements MethodDescriptor {

    @Override
    public String name() {
        return LlaInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Local linear approximation (Boker and Nesselroade 2002): parabola through three samples a lag apart,"
                + " lag by a plug-in error estimate";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("lag", "auto",
                "index step between the three embedded samples (rounded to a whole number), or auto: plug-in"
                        + " estimate of the derivative's error"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        String text = s.text("lag", "auto").trim();
        if (text.equals("auto")) {
            return new LlaInterpolator();
        }
        double lag = s.number("lag", 0);
        if (!(lag >= 1) || lag > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("method '" + name() + "': parameter 'lag' must be auto or a"
                    + " whole number of samples, at least 1, got '" + text + "'");
        }
        return new LlaInterpolator((int) Math.round(lag));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("lag", 1, 50_000));
    }

    /** Quadratics: the parabola through three samples is exact for them. */
    @Override
    public int polynomialDegree() {
        return 2;
    }
}
