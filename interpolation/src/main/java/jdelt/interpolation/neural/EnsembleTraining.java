package jdelt.interpolation.neural;

import jdelt.interpolation.FitSummary;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Trains the members of a network ensemble on standardised training points, each member from its
 * own split of the seed's random stream, so that members differ in initialisation and held-out
 * samples (deep ensembles: Lakshminarayanan, Pritzel &amp; Blundell, NeurIPS 2017): automatic
 * one-layer networks by {@link CapacitySearch}, explicit layers by {@link Trainer} (Adam, then
 * L-BFGS, with early stopping), and says in the summary what each chose.
 */
final class EnsembleTraining {

    /** Adam's step size, in standardised units. */
    private static final double ADAM_LEARNING_RATE = 1e-2;

    /**
     * The trained members.
     *
     * @param members the networks with their weights
     * @param validationLoss each member's held-out mean squared error
     * @param degreesOfFreedom the members' mean degrees of freedom (automatic networks), else NaN
     * @param band the wider network whose posterior gives a single network's standard errors, or null
     */
    record Ensemble(Member[] members, double[] validationLoss, double degreesOfFreedom,
                    Supplier<ShallowNetwork> band) {
    }

    private EnsembleTraining() {
    }

    /**
     * @param data the standardised training points
     * @param t the standardised ordinates of every sample (for the within-bin squares of binned data)
     * @param listener receives progress after every iteration
     * @param description receives the architecture's parameters
     */
    static Ensemble train(NetworkSettings settings, TrainingData data, double[] t, TrainingListener listener,
                          FitSummary.Builder description) {
        int count = settings.members();
        Member[] members = new Member[count];
        double[] validation = new double[count];
        SplittableRandom root = new SplittableRandom(settings.seed());
        double df = settings.automatic() ? 0 : Double.NaN;
        Supplier<ShallowNetwork> band = null;
        if (settings.automatic()) {
            double[] within = TrainingData.withinBinSquares(t);
            int steps = CapacitySearch.steps(data.size());
            StringBuilder units = new StringBuilder();
            StringBuilder lambdas = new StringBuilder();
            for (int m = 0; m < count; m++) {
                int member = m;
                CapacitySearch.Result r = CapacitySearch.train(data, within, root.split(), count > 1,
                        settings.weightDecay(), (step, loss, vloss) -> listener.onProgress(
                                new TrainingProgress(member, count, step, steps, loss, vloss)));
                members[m] = r.network();
                band = r.band();
                validation[m] = r.validationLoss();
                units.append(m > 0 ? "," : "").append(r.network().units());
                lambdas.append(m > 0 ? "," : "").append(FitSummary.format(r.relativeLambda()));
                df += r.degreesOfFreedom() / count;
            }
            description.parameter("hidden", "auto").parameter("units", units.toString())
                    .parameter("lambda", lambdas.toString());
        } else {
            double decay = Double.isNaN(settings.weightDecay()) ? NeuralNetworkFit.DEEP_DECAY : settings.weightDecay();
            Network network = new Network(settings.hidden(), settings.activation());
            Trainer.Schedule schedule = new Trainer.Schedule(settings.adamSteps(), ADAM_LEARNING_RATE,
                    settings.iterations(), settings.patience(), decay);
            Trainer trainer = new Trainer(network, schedule);
            for (int m = 0; m < count; m++) {
                SplittableRandom random = root.split();
                boolean[] held = data.holdOut(random);
                int member = m;
                int steps = schedule.steps();
                Trainer.Result result = trainer.train(network.initialise(random), data.select(held, false),
                        data.select(held, true), (step, loss, vloss) -> listener.onProgress(
                                new TrainingProgress(member, count, step, steps, loss, vloss)));
                if (result.steps() < steps) {
                    listener.onProgress(new TrainingProgress(member, count, steps, steps, Double.NaN,
                            result.validationLoss()));
                }
                members[m] = Member.deep(network, result.theta());
                validation[m] = result.validationLoss();
            }
            description.parameter("hidden", Arrays.toString(settings.hidden()).replaceAll("[\\[\\] ]", ""))
                    .parameter("weightDecay", decay);
        }
        return new Ensemble(members, validation, df, band);
    }
}
