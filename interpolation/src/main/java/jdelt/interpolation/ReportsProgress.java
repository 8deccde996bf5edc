package jdelt.interpolation;

import jdelt.interpolation.neural.NeuralNetworkInterpolator;
import java.util.function.DoubleConsumer;

/**
 * An {@link Interpolator} whose fitting takes long enough to be worth a progress bar (such as
 * {@link NeuralNetworkInterpolator}'s training): it can return a copy that reports the fraction of
 * the fit done. The command-line tool uses this for every method that offers it.
 */
public interface ReportsProgress extends Interpolator {

    /**
     * @param fractionDone receives the fraction of the fit done, in [0, 1], on the fitting thread;
     *     it should return quickly
     * @return a copy of this interpolator that reports its progress
     */
    Interpolator withProgress(DoubleConsumer fractionDone);
}
