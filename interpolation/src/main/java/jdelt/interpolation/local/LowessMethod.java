package jdelt.interpolation.local;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers {@link LowessInterpolator} as {@code lowess}: LOESS (Cleveland 1979) with three
 * bisquare robustness iterations by default; same settings as {@code loess}.
 */
public final class LowessMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "lowess";
    }

    @Override
    public String description() {
        return "robust LOESS (three bisquare iterations); derivatives from the local polynomial coefficients,"
                + " window (a bandwidth in x) chosen per derivative order by estimated error";
    }

    @Override
    public List<Parameter> parameters() {
        return LoessMethod.parameters(String.valueOf(LowessInterpolator.ITERATIONS));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        return LoessMethod.configure(new LoessInterpolator().named("lowess")
                .withRobustnessIterations(LowessInterpolator.ITERATIONS), new MethodSettings(this, settings));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return new LoessMethod().smoothing();
    }

    /** Lines, as {@link LoessMethod}: on exact data the robustness weights stay one. */
    @Override
    public int polynomialDegree() {
        return 1;
    }
}
