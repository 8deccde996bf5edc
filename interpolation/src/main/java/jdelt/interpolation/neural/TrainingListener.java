package jdelt.interpolation.neural;

/**
 * Receives training progress from {@link jdelt.interpolation.NeuralNetworkInterpolator}, e.g. to
 * draw a progress bar. It is called on the fitting thread after every optimiser iteration, so it
 * should return quickly.
 */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that ignores every report. */
    TrainingListener NONE = progress -> { };

    /**
     * Reports progress.
     *
     * @param progress the state of training after one iteration
     */
    void onProgress(TrainingProgress progress);
}
