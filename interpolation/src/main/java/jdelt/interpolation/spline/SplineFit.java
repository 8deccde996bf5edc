package jdelt.interpolation.spline;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.PiecewisePolynomial;

/**
 * A fitted penalized smoothing spline (see {@link SplineInterpolator}): a piecewise polynomial of
 * degree {@code 2m - 1} whose derivatives of every order up to the degree are exact derivatives
 * of its pieces, together with the smoothing it used.
 *
 * <p>Outside the sampled range the curve and its derivatives continue the first and last
 * polynomial pieces (polynomial extrapolation). At a knot, the derivative of order equal to the
 * degree (piecewise constant) takes the value of the piece on the right. Immutable and thread-safe.
 */
public final class SplineFit implements FittedCurve {

    private final PiecewisePolynomial fit;
    private final int degree;
    private final double lambda;
    private final double degreesOfFreedom;
    private final double residualStandardDeviation;
    private final int knots;

    SplineFit(PiecewisePolynomial fit, int degree, double lambda, double degreesOfFreedom,
                    double residualStandardDeviation, int knots) {
        this.fit = fit;
        this.degree = degree;
        this.lambda = lambda;
        this.degreesOfFreedom = degreesOfFreedom;
        this.residualStandardDeviation = residualStandardDeviation;
        this.knots = knots;
    }

    @Override
    public double value(double x) {
        return fit.value(x);
    }

    @Override
    public double[] values(double[] x) {
        return fit.values(x);
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, degree, "spline of degree " + degree);
        return order == 0 ? this : fit.derivative(order);
    }

    /** @return the spline's degree, which is also the highest derivative order */
    @Override
    public int maxOrder() {
        return degree;
    }

    /** @return the spline's degree (3 for cubic, 5 for quintic) */
    public int degree() {
        return degree;
    }

    /**
     * @return the smoothing parameter used, in the units of the data: the weight of
     *     {@code integral of f^(m)(x)^2 dx} against the weighted residual sum of squares
     */
    public double lambda() {
        return lambda;
    }

    /** @return the effective degrees of freedom, the trace of the influence matrix */
    public double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * @return the noise estimate {@code sqrt(weighted RSS / (n - degreesOfFreedom))}, or 0 for an
     *     interpolating fit
     */
    public double residualStandardDeviation() {
        return residualStandardDeviation;
    }

    /** @return the number of distinct knots (breakpoints) of the fitted piecewise polynomial */
    public int knots() {
        return knots;
    }

    @Override
    public String toString() {
        return "SplineFit[degree=" + degree + ", lambda=" + lambda + ", df=" + degreesOfFreedom
                + ", knots=" + knots + ", sigma=" + residualStandardDeviation + "]";
    }
}
