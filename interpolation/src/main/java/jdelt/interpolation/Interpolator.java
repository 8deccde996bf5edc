package jdelt.interpolation;

/**
 * A derivative-estimation method together with its settings: it fits a smooth model to samples
 * {@code (x[i], y[i])} and returns the model as a {@link FittedCurve}.
 *
 * <p>Implementations are immutable: {@link #fit(double[], double[])} never changes the
 * interpolator nor the arrays passed to it, and one interpolator may fit several data sets
 * concurrently. Every implementation checks its input through {@link Samples#validate}, so bad
 * input gets the same clear message whichever method receives it. {@code x} must be finite and
 * strictly increasing but need not be uniformly spaced.
 */
public interface Interpolator {

    /**
     * Fits the method to samples.
     *
     * @param x the abscissae: finite, strictly increasing, not necessarily uniform
     * @param y the ordinates: finite, as many as {@code x}
     * @return the fitted model, from which derivatives are taken
     * @throws IllegalArgumentException if the samples are unusable; the message names the first
     *     offending index and value
     */
    FittedCurve fit(double[] x, double[] y);
}
