package jdelt.interpolation.neural;

import java.util.Arrays;

/**
 * The settings of a neural-network fit: architecture, regularisation, ensemble size, seed and
 * training budget. Values are checked on construction; the message names the offending setting.
 *
 * @param hidden the width of each hidden layer, input side first; none for the automatic network
 *     (one layer of tanh units, its width chosen by validation: {@link CapacitySearch})
 * @param activation the hidden units' activation (tanh for the automatic network)
 * @param weightDecay with explicit layers, the coefficient of the sum of squared weights added to
 *     the sum of squared errors (standardised units), so its effect fades as samples grow: the ratio
 *     of the noise variance to the prior variance of the weights; for the automatic network, the
 *     weight of the curvature penalty relative to the data ({@link OutputLayer#solve}); NaN: 0.1
 *     with explicit layers, chosen by GCV for the automatic network
 * @param members the number of independently trained networks whose mean is the estimate
 * @param seed the seed from which every member's initial weights and held-out split are drawn
 * @param adamSteps Adam iterations before L-BFGS
 * @param iterations the most L-BFGS iterations per member
 * @param patience iterations without a held-out improvement before a member stops training
 */
public record NetworkSettings(int[] hidden, Activation activation, double weightDecay, int members,
                              long seed, int adamSteps, int iterations, int patience) {

    /** Checks every value and copies the layer widths. */
    public NetworkSettings {
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] < 1) {
                throw new IllegalArgumentException("hidden layer " + i + " has width " + hidden[i]
                        + "; widths must be at least 1");
            }
        }
        long weights = weights(hidden);
        if (weights > MAX_WEIGHTS) {
            throw new IllegalArgumentException("hidden layers " + Arrays.toString(hidden).replace(" ", "")
                    + " have " + weights + " weights; at most " + MAX_WEIGHTS + " are supported (16,16 has 321,"
                    + " and training time grows with the weights): use fewer or narrower layers, e.g. 32,32");
        }
        hidden = hidden.clone();
        if (activation == null) {
            throw new IllegalArgumentException("activation is null");
        }
        if (hidden.length == 0 && activation != Activation.TANH) {
            throw new IllegalArgumentException("activation " + activation.name().toLowerCase(java.util.Locale.ROOT)
                    + " needs explicit hidden layers (e.g. hidden=16,16): the automatic width uses tanh units");
        }
        if (!Double.isNaN(weightDecay) && (!(weightDecay >= 0) || Double.isInfinite(weightDecay))) {
            throw new IllegalArgumentException("weight decay must be finite and >= 0 (or NaN: chosen by GCV), got "
                    + weightDecay);
        }
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("ensemble size must be 1 to " + MAX_MEMBERS + ", got " + members);
        }
        if (adamSteps < 0 || iterations < 0 || adamSteps + iterations == 0 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("training needs iterations: adam steps " + adamSteps
                    + ", L-BFGS iterations " + iterations + " (at most " + MAX_ITERATIONS + ")");
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
    }

    /**
     * The most weights (and biases) a network may have: about fifteen times the default's 321, so a
     * fit stays within seconds to a minute; larger widths overflowed memory (50000,50000) or ran
     * for many minutes on a few hundred samples (3000,3000).
     */
    public static final int MAX_WEIGHTS = 5000;
    /** The most ensemble members. */
    public static final int MAX_MEMBERS = 100;
    /** The most L-BFGS iterations. */
    public static final int MAX_ITERATIONS = 1_000_000;

    /** @return whether the network is the automatic one: no hidden layers given */
    public boolean automatic() {
        return hidden.length == 0;
    }

    /** @return the number of weights and biases of a network x -> hidden layers -> y */
    static long weights(int[] hidden) {
        long total = 0;
        long in = 1;
        for (int width : hidden) {
            total += (in + 1) * width;
            in = width;
        }
        return total + in + 1;
    }

    /** @return a copy of the hidden-layer widths */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSettings s && Arrays.equals(hidden, s.hidden)
                && activation == s.activation && Double.compare(weightDecay, s.weightDecay) == 0
                && members == s.members && seed == s.seed && adamSteps == s.adamSteps
                && iterations == s.iterations && patience == s.patience;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hidden) + java.util.Objects.hash(activation, weightDecay, members,
                seed, adamSteps, iterations, patience);
    }

    @Override
    public String toString() {
        return "NetworkSettings[hidden=" + Arrays.toString(hidden) + ", activation=" + activation
                + ", weightDecay=" + weightDecay + ", members=" + members + ", seed=" + seed
                + ", adamSteps=" + adamSteps + ", iterations=" + iterations + ", patience=" + patience + "]";
    }
}
