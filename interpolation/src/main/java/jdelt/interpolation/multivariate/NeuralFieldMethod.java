package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jdelt.interpolation.MethodDescriptor.Parameter;
import jdelt.interpolation.MethodSettings;

/** Registers {@link NeuralFieldInterpolator} as multivariate method {@code neural}. */
public final class NeuralFieldMethod implements MultivariateMethodDescriptor {

    @Override
    public String name() {
        return NeuralFieldInterpolator.NAME;
    }

    @Override
    public String description() {
        return "tanh network of d inputs (scattered or gridded), weight decay and early stopping on held-out samples, "
                + "exact gradient and Hessian by forward mode";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("hidden", "32", "hidden-layer widths, input side first"),
                new Parameter("decay", "auto", "weight decay, or auto: the path "
                        + Arrays.toString(NeuralFieldInterpolator.DECAY_PATH) + " chosen on held-out samples"),
                new Parameter("iterations", String.valueOf(NeuralFieldInterpolator.DEFAULT_ITERATIONS),
                        "most L-BFGS iterations per decay"),
                new Parameter("seed", String.valueOf(NeuralFieldInterpolator.DEFAULT_SEED),
                        "seed of the initial weights and of the held-out split"));
    }

    @Override
    public boolean requiresGrid() {
        return false;
    }

    /**
     * @return 0: a network reproduces constants exactly (their standardised values are all zero) but
     *     no polynomial of higher degree; on quadratics its Hessian is close, not exact (see the tests)
     */
    @Override
    public int polynomialDegree() {
        return 0;
    }

    @Override
    public MultivariateInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(name(), parameters(), settings);
        NeuralFieldInterpolator neural = new NeuralFieldInterpolator()
                .withIterations(s.integer("iterations", NeuralFieldInterpolator.DEFAULT_ITERATIONS));
        if (s.has("seed")) {
            neural = neural.withSeed(s.integer("seed", 1));
        }
        if (s.has("hidden")) {
            String text = s.text("hidden", "").trim();
            try {
                neural = neural.withHidden(Arrays.stream(text.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("method '" + name() + "': parameter 'hidden' must be widths separated "
                        + "by ',', e.g. 16,16, got '" + text + "'");
            }
        }
        String decay = s.text("decay", "auto").trim();
        return decay.equals("auto") ? neural : neural.withDecay(s.number("decay", Double.NaN));
    }
}
