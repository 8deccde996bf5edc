package jdelt.interpolation.neural;

/**
 * A snapshot of network training, passed to a {@link TrainingListener} after every optimiser
 * iteration: which ensemble member is training, how far it has got, and its current losses (mean
 * squared error in standardised units; the training loss includes the weight-decay penalty).
 *
 * @param member the ensemble member being trained, from 0
 * @param members the number of ensemble members
 * @param step the iterations done for this member
 * @param steps the most iterations this member may take (early stopping may end it sooner; its
 *     last report then has {@code step == steps} and a NaN training loss)
 * @param trainingLoss the training objective at this step
 * @param validationLoss the held-out mean squared error at this step
 */
public record TrainingProgress(int member, int members, int step, int steps, double trainingLoss,
                               double validationLoss) {

    /** @return the fraction of the whole training (all members) done, in [0, 1] */
    public double fraction() {
        return (member + (double) step / steps) / members;
    }
}
