package jdelt.smile;

import jdelt.interpolation.Curve;
import java.util.function.DoubleUnaryOperator;


/**
 * A derivative of order 1–3 of a smooth function, by central differences with one step of
 * Richardson extrapolation (Richardson 1911; Press et al., <i>Numerical Recipes</i>, 3rd ed., §5.7):
 * {@code D = (4 D(h/2) - D(h)) / 3}, whose truncation error is of order h⁴ instead of h². The step
 * is {@code h = min(scale · ε^(1/(k+4)), spacing / 2)} for order k, balancing rounding against
 * truncation for a function varying on {@code scale} while staying below half the mean sample
 * spacing, so the stencil resolves the interpolant between samples. Where the interpolant is less
 * smooth than the stencil assumes (a cubic spline's third derivative jumps at every knot) the
 * estimate within {@code 2h} of the knot blends the two sides.
 */
final class RichardsonDerivative implements Curve {

    private static final double EPSILON = Math.ulp(1.0);

    private final DoubleUnaryOperator function;
    private final int order;
    private final double h;

    /**
     * @param function the function to differentiate
     * @param order 1, 2 or 3
     * @param scale the length over which the function varies (the sampled range)
     * @param spacing the mean sample spacing
     */
    RichardsonDerivative(DoubleUnaryOperator function, int order, double scale, double spacing) {
        this.function = function;
        this.order = order;
        this.h = Math.min(scale * Math.pow(EPSILON, 1.0 / (order + 4)), spacing / 2);
    }

    @Override
    public double value(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        return (4 * central(x, h / 2) - central(x, h)) / 3;
    }

    /** The second-order central difference of the derivative with step {@code s}. */
    private double central(double x, double s) {
        DoubleUnaryOperator f = function;
        switch (order) {
            case 1:
                return (f.applyAsDouble(x + s) - f.applyAsDouble(x - s)) / (2 * s);
            case 2:
                return (f.applyAsDouble(x + s) - 2 * f.applyAsDouble(x) + f.applyAsDouble(x - s)) / (s * s);
            default:
                return (f.applyAsDouble(x + 2 * s) - 2 * f.applyAsDouble(x + s)
                        + 2 * f.applyAsDouble(x - s) - f.applyAsDouble(x - 2 * s)) / (2 * s * s * s);
        }
    }
}
