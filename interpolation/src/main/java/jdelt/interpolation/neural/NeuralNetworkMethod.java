package jdelt.interpolation.neural;

import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Registers {@link NeuralNetworkInterpolator} as the method {@code neural}. */
public final class NeuralNetworkMethod implements MethodDescriptor {

    private static final NetworkSettings D = NeuralNetworkInterpolator.DEFAULTS;

    @Override
    public String name() {
        return NeuralNetworkFit.METHOD;
    }

    @Override
    public String description() {
        return "tanh network, its width chosen by validation and its curvature penalty by GCV; exact derivatives"
                + " by forward-mode propagation, ensemble spread as uncertainty";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("hidden", "auto", "hidden-layer widths, comma separated (trained by Adam and L-BFGS),"
                        + " or auto: one tanh layer, its width chosen by validation"),
                new Parameter("activation", D.activation().name().toLowerCase(), "tanh, silu or softplus"),
                new Parameter("decay", "gcv", "auto: curvature penalty relative to the data (gcv: chosen by GCV);"
                        + " explicit layers: penalty on squared weights (gcv: " + NeuralNetworkFit.DEEP_DECAY + ")"),
                new Parameter("ensemble", Integer.toString(D.members()), "networks averaged; >1 gives a band"),
                new Parameter("seed", Long.toString(D.seed()), "random seed"),
                new Parameter("iterations", Integer.toString(D.iterations()), "most L-BFGS iterations"));
    }

    @Override
    public NeuralNetworkInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        int[] hidden = D.hidden();
        if (s.has("hidden") && !s.text("hidden", "").trim().equalsIgnoreCase("auto")) {
            try {
                hidden = Arrays.stream(s.text("hidden", "").split(",")).map(String::trim)
                        .mapToInt(Integer::parseInt).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("method 'neural': parameter 'hidden' must be widths"
                        + " separated by commas, e.g. 32,32, or auto, got '" + s.text("hidden", "") + "'");
            }
        }
        Activation activation = Activation.parse(s.text("activation", D.activation().name()));
        long seed;
        try {
            seed = Long.parseLong(s.text("seed", Long.toString(D.seed())).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("method 'neural': parameter 'seed' must be a whole number, got '"
                    + s.text("seed", "") + "'");
        }
        double decay = s.text("decay", "gcv").trim().equalsIgnoreCase("gcv") ? Double.NaN
                : s.number("decay", D.weightDecay());
        NetworkSettings n = new NetworkSettings(hidden, activation, decay,
                s.integer("ensemble", D.members()), seed, D.adamSteps(),
                s.integer("iterations", D.iterations()), D.patience());
        return new NeuralNetworkInterpolator(n, TrainingListener.NONE);
    }

    /**
     * The automatic network's curvature penalty per sample (standardised units), from nearly
     * interpolating to nearly the least-squares line: GCV chose 1e-12 to 1e-4 on sines of 1 to 120
     * periods with 5-20 % noise ({@code jdelt.bench.NeuralDefaultsStudy}).
     */
    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("decay", 1e-14, 1e-1));
    }

    /** Constants only: constant data give a zero output scale and so the exact constant; no other polynomial is exact. */
    @Override
    public int polynomialDegree() {
        return 0;
    }
}
