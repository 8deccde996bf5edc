package jdelt.interpolation.neural;

import jdelt.interpolation.ReportsProgress;
import java.util.function.DoubleConsumer;


/**
 * Fits a small multilayer perceptron x → y with smooth activations and differentiates it exactly:
 * derivatives of orders 1–3 come from forward-mode Taylor propagation through the network
 * (Griewank &amp; Walther, <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, ch. 13), not from
 * finite differences. The default network is one layer of deterministically placed tanh units whose
 * output layer is a penalized least-squares fit with its penalty chosen by GCV and whose width is
 * chosen by held-out validation ({@link CapacitySearch}); networks with explicit hidden layers are
 * trained by full-batch Adam then L-BFGS with weight decay and early stopping on one sample in
 * five held out (Prechelt 1998). An ensemble of
 * networks with different seeds (Lakshminarayanan et al., NeurIPS 2017) gives an uncertainty band
 * for every order through {@link NeuralNetworkFit#lower(int)} and {@link NeuralNetworkFit#upper(int)};
 * a single automatic network's standard errors are the Bayesian posterior of its penalized output
 * layer ({@code FitSummary.standardError}, Wahba 1983, Nychka 1988).
 * See {@link NeuralNetworkFit} for the standardisation and the extrapolation.
 *
 * <p>Immutable: the {@code with…} methods return modified copies. The default is one automatic
 * network ({@code hidden} empty, tanh, penalty by GCV); it replaced two hidden layers of 16 units
 * trained by Adam and L-BFGS, which missed most of a long record with many oscillations and took
 * about a second at every size ({@code jdelt.bench.NeuralDefaultsStudy}). Deterministic for a
 * given seed.
 */
public final class NeuralNetworkInterpolator implements ReportsProgress {

    /** The default settings. */
    public static final NetworkSettings DEFAULTS =
            new NetworkSettings(new int[0], Activation.TANH, Double.NaN, 1, 1L, 200, 2000, 300);

    private final NetworkSettings settings;
    private final TrainingListener listener;

    /** An interpolator with the {@link #DEFAULTS}. */
    public NeuralNetworkInterpolator() {
        this(DEFAULTS, TrainingListener.NONE);
    }

    /**
     * An interpolator with the given settings.
     *
     * @param settings architecture, regularisation, ensemble size, seed and training budget
     * @param listener receives training progress
     */
    public NeuralNetworkInterpolator(NetworkSettings settings, TrainingListener listener) {
        if (settings == null || listener == null) {
            throw new IllegalArgumentException((settings == null ? "settings" : "listener") + " is null");
        }
        this.settings = settings;
        this.listener = listener;
    }

    /** @return the settings */
    public NetworkSettings settings() {
        return settings;
    }

    /** @return a copy with the given hidden-layer widths, input side first */
    public NeuralNetworkInterpolator withHiddenLayers(int... widths) {
        NetworkSettings s = settings;
        return with(new NetworkSettings(widths, s.activation(), s.weightDecay(), s.members(), s.seed(),
                s.adamSteps(), s.iterations(), s.patience()));
    }

    /** @return a copy with the given activation */
    public NeuralNetworkInterpolator withActivation(Activation activation) {
        NetworkSettings s = settings;
        return with(new NetworkSettings(s.hidden(), activation, s.weightDecay(), s.members(), s.seed(),
                s.adamSteps(), s.iterations(), s.patience()));
    }

    /** @return a copy with the given weight-decay coefficient (see {@link NetworkSettings#weightDecay()}) */
    public NeuralNetworkInterpolator withWeightDecay(double weightDecay) {
        NetworkSettings s = settings;
        return with(new NetworkSettings(s.hidden(), s.activation(), weightDecay, s.members(), s.seed(),
                s.adamSteps(), s.iterations(), s.patience()));
    }

    /** @return a copy that trains {@code members} networks and averages them */
    public NeuralNetworkInterpolator withEnsemble(int members) {
        NetworkSettings s = settings;
        return with(new NetworkSettings(s.hidden(), s.activation(), s.weightDecay(), members, s.seed(),
                s.adamSteps(), s.iterations(), s.patience()));
    }

    /** @return a copy with the given seed */
    public NeuralNetworkInterpolator withSeed(long seed) {
        NetworkSettings s = settings;
        return with(new NetworkSettings(s.hidden(), s.activation(), s.weightDecay(), s.members(), seed,
                s.adamSteps(), s.iterations(), s.patience()));
    }

    /** @return a copy that reports training progress to {@code listener} */
    public NeuralNetworkInterpolator withListener(TrainingListener listener) {
        return new NeuralNetworkInterpolator(settings, listener);
    }

    /** Reports {@link TrainingProgress#fraction()} of every training iteration. */
    @Override
    public NeuralNetworkInterpolator withProgress(DoubleConsumer fractionDone) {
        return withListener(p -> fractionDone.accept(p.fraction()));
    }

    private NeuralNetworkInterpolator with(NetworkSettings s) {
        return new NeuralNetworkInterpolator(s, listener);
    }

    /**
     * Trains the network(s) on the samples.
     *
     * @param x the abscissae: finite, strictly increasing, at least 5
     * @param y the ordinates
     * @return the fit, with its derivatives and uncertainty band
     */
    @Override
    public NeuralNetworkFit fit(double[] x, double[] y) {
        return NeuralNetworkFit.train(settings, x, y, listener);
    }
}
