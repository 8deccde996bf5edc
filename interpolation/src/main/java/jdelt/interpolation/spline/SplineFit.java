package jdelt.interpolation.spline;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.PiecewisePolynomial;

/**
 * A fitted penalized smoothing spline (see {@link SplineInterpolator}): a piecewise polynomial of
 * degree {@code 2m - 1} whose derivatives of every order up to the degree are exact derivatives
 * of its pieces. Its {@link #summary()} reports the lambda, the knots, the degrees of freedom
 * (the trace of the influence matrix) and the residual standard deviation.
 *
 * <p>Outside the sampled range the curve and its derivatives continue the first and last
 * polynomial pieces (polynomial extrapolation). At a knot, the derivative of order equal to the
 * degree (piecewise constant) takes the value of the piece on the right. Immutable and thread-safe.
 */
final class SplineFit implements FittedCurve {

    private final PiecewisePolynomial fit;
    private final int degree;
    private final FitSummary summary;

    SplineFit(PiecewisePolynomial fit, int degree, FitSummary summary) {
        this.fit = fit;
        this.degree = degree;
        this.summary = summary;
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

    /** @return the exact antiderivative of the pieces, zero at the first breakpoint */
    @Override
    public Curve integral() {
        return fit.antiderivative();
    }

    /** @return the spline's degree, which is also the highest derivative order */
    @Override
    public int maxOrder() {
        return degree;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public String toString() {
        return summary.toString();
    }
}
