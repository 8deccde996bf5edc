package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.SplittableRandom;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.neural.Lbfgs;

/**
 * A small tanh network of d inputs fitted to scattered or gridded samples by least squares, with
 * its regularisation chosen on held-out samples: one sample in five, drawn by the seed, is held
 * out; the network is trained by L-BFGS ({@link Lbfgs}) along a path of decreasing weight decay,
 * each stage warm-started from the last (a regularisation path, Friedman, Hastie &amp; Tibshirani,
 * J. Stat. Softw. 33, 2010), and the parameters with the lowest held-out error over the whole path
 * are kept (early stopping, Prechelt, "Early stopping — but when?", 1998). A stage ends after
 * {@value #PATIENCE} iterations without a held-out improvement; the path ends at the first stage
 * that does not improve on the earlier ones. Inputs are whitened by the points' covariance
 * ({@link Whitening#mahalanobis}) and the values standardised, so the fit and its partials follow
 * the chain rule under any affine change of coordinates. The gradient and the Hessian are exact
 * derivatives of the network ({@link FieldNetwork}), not of the data: a network reproduces no
 * polynomial but a constant exactly.
 *
 * <p>Deterministic for a given seed; immutable; {@link #fit} may run concurrently.
 */
public final class NeuralFieldInterpolator implements MultivariateInterpolator {

    /** The registered name. */
    public static final String NAME = "neural";
    /** Default hidden-layer widths. */
    static final int[] DEFAULT_HIDDEN = {32};
    /** Default seed of the initial weights and of the held-out split. */
    static final long DEFAULT_SEED = 1;
    /** Default most L-BFGS iterations per stage of the path. */
    static final int DEFAULT_ITERATIONS = 300;
    /** Samples held out: one in this many. */
    static final int FOLD = 5;
    /** Iterations without a held-out improvement that end a stage. */
    static final int PATIENCE = 40;
    /** The weight-decay path, strongest first (standardised units, per sample: see {@link FieldNetwork#loss}). */
    static final double[] DECAY_PATH = {1, 0.1, 0.01, 1e-3, 1e-4};
    /** Most weights and biases. */
    static final int MAX_PARAMETERS = 5000;
    private static final int LBFGS_MEMORY = 10;

    private final int[] hidden;
    private final long seed;
    private final int iterations;
    private final double[] decays;

    /** The default network: one hidden layer of 32 tanh units, seed 1, the decay path chosen on held-out samples. */
    public NeuralFieldInterpolator() {
        this(DEFAULT_HIDDEN, DEFAULT_SEED, DEFAULT_ITERATIONS, DECAY_PATH);
    }

    private NeuralFieldInterpolator(int[] hidden, long seed, int iterations, double[] decays) {
        this.hidden = hidden;
        this.seed = seed;
        this.iterations = iterations;
        this.decays = decays;
    }

    /**
     * @param widths the width of each hidden layer, input side first, at least one layer
     * @return a copy with these hidden layers
     */
    public NeuralFieldInterpolator withHidden(int... widths) {
        if (widths.length == 0) {
            throw new IllegalArgumentException("method '" + NAME + "': at least one hidden layer is needed");
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < 1) {
                throw new IllegalArgumentException("method '" + NAME + "': hidden layer " + (i + 1) + " has width "
                        + widths[i] + "; widths must be at least 1");
            }
        }
        return new NeuralFieldInterpolator(widths.clone(), seed, iterations, decays);
    }

    /** @return a copy drawing its initial weights and held-out split from this seed */
    public NeuralFieldInterpolator withSeed(long newSeed) {
        return new NeuralFieldInterpolator(hidden, newSeed, iterations, decays);
    }

    /** @return a copy with at most this many L-BFGS iterations per stage of the path */
    public NeuralFieldInterpolator withIterations(int perStage) {
        if (perStage < 1) {
            throw new IllegalArgumentException("method '" + NAME + "': iterations must be at least 1, got " + perStage);
        }
        return new NeuralFieldInterpolator(hidden, seed, perStage, decays);
    }

    /**
     * @param decay a fixed weight decay, finite and {@code >= 0}, instead of the path
     * @return a copy trained with that decay alone (early stopping still on the held-out samples)
     */
    public NeuralFieldInterpolator withDecay(double decay) {
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw new IllegalArgumentException("method '" + NAME + "': weight decay must be finite and >= 0, got " + decay);
        }
        return new NeuralFieldInterpolator(hidden, seed, iterations, new double[] {decay});
    }

    @Override
    public FittedField fit(double[][] points, double[] values) {
        int d = MultivariateSamples.checkShape(points, values);
        MultivariateSamples.validate(points, values, minPoints(d), NAME);
        FieldNetwork network = new FieldNetwork(d, hidden);
        if (network.parameters() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("method '" + NAME + "': hidden layers " + Arrays.toString(hidden)
                    + " give " + network.parameters() + " weights in " + d + " dimensions; at most " + MAX_PARAMETERS
                    + " are supported (training time grows with them)");
        }
        int n = points.length;
        Whitening whitening = Whitening.mahalanobis(points);
        double yMean = Arrays.stream(values).sum() / n;
        double variance = 0;
        for (double v : values) {
            variance += (v - yMean) * (v - yMean) / n;
        }
        double yScale = Math.sqrt(variance);
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = shuffled(n, random);
        int held = n / FOLD;
        double[] trainInputs = new double[d * (n - held)];
        double[] trainTargets = new double[n - held];
        double[] validInputs = new double[d * held];
        double[] validTargets = new double[held];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double[] z = whitening.apply(points[i]);
            double t = yScale > 0 ? (values[i] - yMean) / yScale : 0;
            boolean valid = k < held;
            int row = valid ? k : k - held;
            int count = valid ? held : n - held;
            for (int j = 0; j < d; j++) {
                (valid ? validInputs : trainInputs)[j * count + row] = z[j];
            }
            (valid ? validTargets : trainTargets)[row] = t;
        }
        double[] theta = network.initialise(random);
        Path path = new Path(network, theta, validInputs, validTargets);
        FieldNetwork.Workspace work = network.new Workspace(n - held);
        for (int stage = 0; stage < decays.length; stage++) {
            double decay = decays[stage];
            double before = path.bestLoss;
            System.arraycopy(path.best, 0, theta, 0, theta.length);
            path.startStage(decay);
            new Lbfgs(LBFGS_MEMORY).minimise((th, g) -> network.loss(th, trainInputs, trainTargets, decay, g, work),
                    theta, iterations, path::iterated);
            if (stage > 0 && !(path.bestLoss < before)) {
                break;
            }
        }
        FitSummary summary = FitSummary.builder(NAME, true)
                .parameter("hidden", Arrays.toString(hidden).replaceAll("[\\[\\] ]", ""))
                .parameter("activation", "tanh")
                .parameter("weightDecay", path.bestDecay)
                .parameter("decayBy", decays.length > 1 ? "held-out path" : "fixed")
                .parameter("iterations", path.bestStep)
                .parameter("heldOut", held)
                .parameter("seed", String.valueOf(seed))
                .residualStandardDeviation(yScale * Math.sqrt(path.bestLoss))
                .build();
        return new NeuralFieldFit(network, path.best, whitening, yMean, yScale, summary);
    }

    /** @return the fewest points: enough that the held-out fifth has as many as a quadratic in d variables has coefficients */
    static int minPoints(int d) {
        return FOLD * (1 + d + d * (d + 1) / 2);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Tracks the held-out error along the path and keeps the best parameters seen. */
    private static final class Path {
        private final FieldNetwork network;
        private final double[] validInputs;
        private final double[] validTargets;
        private final FieldNetwork.Workspace work;
        private final double[] best;
        private double bestLoss;
        private double bestDecay = Double.NaN;
        private int bestStep;
        private double decay;
        private int step;
        private int sinceBest;

        Path(FieldNetwork network, double[] theta, double[] validInputs, double[] validTargets) {
            this.network = network;
            this.validInputs = validInputs;
            this.validTargets = validTargets;
            this.work = network.new Workspace(validTargets.length);
            this.best = theta.clone();
            this.bestLoss = network.loss(theta, validInputs, validTargets, 0, null, work);
        }

        void startStage(double stageDecay) {
            decay = stageDecay;
            sinceBest = 0;
            if (Double.isNaN(bestDecay)) {
                bestDecay = stageDecay;
            }
        }

        boolean iterated(double[] theta, double trainingLoss) {
            step++;
            double loss = network.loss(theta, validInputs, validTargets, 0, null, work);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestDecay = decay;
                bestStep = step;
                System.arraycopy(theta, 0, best, 0, theta.length);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            return sinceBest < PATIENCE && Double.isFinite(trainingLoss);
        }
    }
}
