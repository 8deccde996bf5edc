package jdelt.interpolation;

/**
 * The result of fitting a method to samples: the fitted curve itself (its {@link #value(double)}
 * is the fit) and, through {@link #differentiate(int)}, its derivatives, computed from the fitted
 * model rather than by differencing the fitted values, unless the method documents otherwise.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public interface FittedCurve extends Curve {

    /**
     * Returns a derivative of the fit.
     *
     * @param order the derivative order; 0 returns the fit itself
     * @return the derivative of the given order, as a curve
     * @throws IllegalArgumentException if {@code order} is negative or above {@link #maxOrder()};
     *     the message states the orders the method supports
     */
    Curve differentiate(int order);

    /**
     * The highest derivative order this fit supports.
     *
     * @return the highest order accepted by {@link #differentiate(int)}
     */
    int maxOrder();

    /**
     * What the fit chose from the data (smoothing parameters, windows, degrees of freedom, the
     * residual standard deviation) and whether its derivatives are exact derivatives of the fit.
     *
     * @return the fit's summary
     */
    FitSummary summary();
}
