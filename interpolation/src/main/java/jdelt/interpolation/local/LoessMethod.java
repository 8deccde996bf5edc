package jdelt.interpolation.local;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link LoessInterpolator} as {@code loess}: local polynomial regression (Cleveland
 * 1979; Cleveland &amp; Devlin 1988) with derivatives from the local coefficients (Fan &amp;
 * Gijbels 1996). {@link LowessMethod} registers the robust preset with the same settings.
 */
public final class LoessMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "loess";
    }

    @Override
    public String description() {
        return "local polynomial regression (LOESS) with tricube weights; derivatives from the local"
                + " polynomial coefficients, window (a bandwidth in x) chosen per derivative order by"
                + " estimated error";
    }

    @Override
    public List<Parameter> parameters() {
        return parameters("0");
    }

    static List<Parameter> parameters(String iterations) {
        return List.of(
                new Parameter("span", "auto", "fraction of the samples in each window, in (0, 1]; auto chooses"
                        + " a bandwidth in x per derivative order instead"),
                new Parameter("bandwidth", "none", "smallest window half-width in x units (fixes the window)"),
                new Parameter("degree", "auto", "local polynomial degree 1-" + LoessInterpolator.MAX_DEGREE
                        + "; auto uses order + 1 (at most 3), or " + LoessInterpolator.CLEAN_DEGREE + " on noise-free data"),
                new Parameter("iterations", iterations, "bisquare robustness iterations, 0-"
                        + LoessInterpolator.MAX_ITERATIONS),
                new Parameter("surface", "interpolate", "interpolate (exact at vertices, cubic Hermite between)"
                        + " or direct (a local fit at every point)"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        return configure(new LoessInterpolator(), new MethodSettings(this, settings));
    }

    /** Applies text settings to a LOESS interpolator. */
    static LoessInterpolator configure(LoessInterpolator loess, MethodSettings settings) {
        LoessInterpolator m = loess;
        if (!settings.text("span", "auto").trim().equals("auto")) {
            m = m.withSpan(settings.number("span", Double.NaN));
        }
        if (!settings.text("bandwidth", "none").trim().equals("none")) {
            m = m.withBandwidth(settings.number("bandwidth", Double.NaN));
        }
        if (!settings.text("degree", "auto").trim().equals("auto")) {
            m = m.withDegree(settings.integer("degree", 0));
        }
        if (settings.has("iterations")) {
            m = m.withRobustnessIterations(settings.integer("iterations", 0));
        }
        String surface = settings.text("surface", "interpolate").trim().toLowerCase(Locale.ROOT);
        switch (surface) {
            case "interpolate" -> m = m.withSurface(LoessInterpolator.Surface.INTERPOLATE);
            case "direct" -> m = m.withSurface(LoessInterpolator.Surface.DIRECT);
            default -> throw new IllegalArgumentException("method '" + m.name() + "': parameter 'surface'"
                    + " must be interpolate or direct, got '" + surface + "'");
        }
        return m;
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("span", 0.01, 1.0));
    }

    /** Lines: the automatic degree is order + 1, so the fit itself is a local line; each derivative of order k is exact for polynomials of degree k + 1 (at most 3). */
    @Override
    public int polynomialDegree() {
        return 1;
    }
}
