package jdelt.interpolation.multivariate;

/**
 * A method that fits a smooth model to samples {@code (points[i][0..d-1], values[i])} of a scalar
 * function of d variables and returns it as a {@link FittedField}, from which partial derivatives
 * are taken.
 *
 * <p>Implementations are immutable: {@code fit} changes neither the interpolator nor its
 * arguments, and one interpolator may fit several data sets concurrently. Every implementation
 * checks its input through {@link MultivariateSamples#validate}, so bad input gets the same clear
 * message whichever method receives it. Methods for rectilinear grids recognise a grid from the
 * points themselves (see {@link RectilinearGrid#detect}); the points may come in any order.
 */
public interface MultivariateInterpolator {

    /**
     * @param points n points of d coordinates each (finite, distinct, spanning d dimensions)
     * @param values the n sampled values
     * @return the fitted field
     * @throws IllegalArgumentException if the samples are unusable; the message names the point,
     *     coordinate or value
     */
    FittedField fit(double[][] points, double[] values);
}
