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
        return "small tanh network fitted with early stopping; exact derivatives by forward-mode propagation,"
                + " ensemble spread as uncertainty";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("hidden", join(D.hidden()), "hidden-layer widths, comma separated"),
                new Parameter("activation", D.activation().name().toLowerCase(), "tanh, silu or softplus"),
                new Parameter("decay", Double.toString(D.weightDecay()),
                        "weight decay: penalty on squared weights relative to the sum of squared errors"),
                new Parameter("ensemble", Integer.toString(D.members()), "networks averaged; >1 gives a band"),
                new Parameter("seed", Long.toString(D.seed()), "random seed"),
                new Parameter("iterations", Integer.toString(D.iterations()), "most L-BFGS iterations"));
    }

    @Override
    public NeuralNetworkInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        int[] hidden = D.hidden();
        if (s.has("hidden")) {
            try {
                hidden = Arrays.stream(s.text("hidden", "").split(",")).map(String::trim)
                        .mapToInt(Integer::parseInt).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("method 'neural': parameter 'hidden' must be widths"
                        + " separated by commas, e.g. 32,32, got '" + s.text("hidden", "") + "'");
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
        NetworkSettings n = new NetworkSettings(hidden, activation, s.number("decay", D.weightDecay()),
                s.integer("ensemble", D.members()), seed, D.adamSteps(),
                s.integer("iterations", D.iterations()), D.patience());
        return new NeuralNetworkInterpolator(n, TrainingListener.NONE);
    }

    /** The weight decay, from negligible (early stopping alone) to so strong that the fit flattens. */
    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("decay", 1e-3, 1e3));
    }

    private static String join(int[] widths) {
        return String.join(",", Arrays.stream(widths).mapToObj(Integer::toString).toArray(String[]::new));
    }

    /** Constants only: constant data give a zero output scale and so the exact constant; no other polynomial is exact. */
    @Override
    public int polynomialDegree() {
        return 0;
    }
}
