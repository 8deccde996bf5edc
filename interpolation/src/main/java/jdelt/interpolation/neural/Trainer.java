package jdelt.interpolation.neural;

/**
 * Full-batch training of one {@link Network}: Adam (Kingma &amp; Ba, ICLR 2015) to leave the
 * initial plateau, then L-BFGS ({@link Lbfgs}) to converge, on the mean squared error plus weight
 * decay, with early stopping on held-out samples (Prechelt, "Early stopping — but when?", in
 * <i>Neural Networks: Tricks of the Trade</i>, 1998): the held-out error is measured after every
 * iteration, the parameters with the lowest held-out error are kept, and training stops once that
 * error has not improved for {@code patience} iterations.
 */
final class Trainer {

    /**
     * How to train.
     *
     * @param adamSteps Adam iterations before L-BFGS
     * @param learningRate Adam's step size
     * @param lbfgsIterations the most L-BFGS iterations
     * @param patience iterations without a held-out improvement before stopping
     * @param decay the weight-decay coefficient
     */
    record Schedule(int adamSteps, double learningRate, int lbfgsIterations, int patience, double decay) {

        int steps() {
            return adamSteps + lbfgsIterations;
        }
    }

    /** The outcome: the kept parameters and their held-out error. */
    record Result(double[] theta, double validationLoss, int steps) {
    }

    /** Receives (step, training loss, validation loss) after every iteration. */
    interface Progress {
        void report(int step, double trainingLoss, double validationLoss);
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private static final int LBFGS_MEMORY = 10;

    private final Network network;
    private final Schedule schedule;

    Trainer(Network network, Schedule schedule) {
        this.network = network;
        this.schedule = schedule;
    }

    Result train(double[] theta, TrainingData train, TrainingData valid, Progress progress) {
        EarlyStopping stopping = new EarlyStopping(theta, valid, progress);
        double[] gradient = new double[theta.length];
        double[] m = new double[theta.length];
        double[] v = new double[theta.length];
        for (int t = 1; t <= schedule.adamSteps(); t++) {
            double loss = network.loss(theta, train, schedule.decay(), gradient);
            double c1 = 1.0 - Math.pow(BETA1, t);
            double c2 = 1.0 - Math.pow(BETA2, t);
            for (int k = 0; k < theta.length; k++) {
                m[k] = BETA1 * m[k] + (1 - BETA1) * gradient[k];
                v[k] = BETA2 * v[k] + (1 - BETA2) * gradient[k] * gradient[k];
                theta[k] -= schedule.learningRate() * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPSILON);
            }
            if (!stopping.iterated(theta, loss)) {
                return stopping.result();
            }
        }
        new Lbfgs(LBFGS_MEMORY).minimise(
                (th, g) -> network.loss(th, train, schedule.decay(), g),
                theta, schedule.lbfgsIterations(), stopping::iterated);
        return stopping.result();
    }

    /** Tracks the held-out error and keeps the best parameters seen. */
    private final class EarlyStopping {
        private final TrainingData valid;
        private final Progress progress;
        private final double[] best;
        private double bestLoss;
        private int step;
        private int sinceBest;

        EarlyStopping(double[] theta, TrainingData valid, Progress progress) {
            this.valid = valid;
            this.progress = progress;
            this.best = theta.clone();
            this.bestLoss = network.loss(theta, valid, 0, null);
        }

        boolean iterated(double[] theta, double trainingLoss) {
            step++;
            double loss = network.loss(theta, valid, 0, null);
            if (loss < bestLoss) {
                bestLoss = loss;
                System.arraycopy(theta, 0, best, 0, theta.length);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            progress.report(step, trainingLoss, loss);
            return sinceBest < schedule.patience() && Double.isFinite(trainingLoss);
        }

        Result result() {
            return new Result(best, bestLoss, step);
        }
    }
}
