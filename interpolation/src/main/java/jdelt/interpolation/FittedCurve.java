package jdelt.interpolation;

import jdelt.interpolation.numerics.Quadrature;

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

    /**
     * The antiderivative of the fit. Its additive constant is the fit's choice: every method fitted
     * through {@link StandardizedFit} makes it zero at the first sample; this default, adaptive
     * quadrature of {@link #value(double)} ({@link Quadrature}), makes it zero at x = 0. Piecewise
     * polynomial fits (the spline) override it with the exact antiderivative of their pieces.
     * Where the fit is {@code NaN} (inside the gaps of a segmented fit) so is every value beyond.
     *
     * @return the antiderivative, as a curve
     */
    default Curve integral() {
        return Quadrature.antiderivative(this, 0);
    }

    /**
     * The definite integral of the fit, {@code integral().value(b) - integral().value(a)}.
     *
     * @param a the lower limit
     * @param b the upper limit
     * @return the integral of the fit from {@code a} to {@code b}
     */
    default double integrate(double a, double b) {
        Curve antiderivative = integral();
        return antiderivative.value(b) - antiderivative.value(a);
    }
}
