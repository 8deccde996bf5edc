package jdelt.interpolation.numerics;

import jdelt.interpolation.Curve;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * One derivative order of a fit, as a {@link Curve}: the fit's own point and bulk evaluations
 * with the order fixed (shared by finite differences and Savitzky–Golay).
 */
public final class OrderCurve implements Curve {

    private final DoubleUnaryOperator value;
    private final UnaryOperator<double[]> values;

    /**
     * @param value the evaluation at one point
     * @param values the evaluation at many points, linear in their number when they are sorted
     */
    public OrderCurve(DoubleUnaryOperator value, UnaryOperator<double[]> values) {
        this.value = value;
        this.values = values;
    }

    @Override
    public double value(double z) {
        return value.applyAsDouble(z);
    }

    @Override
    public double[] values(double[] z) {
        return values.apply(z);
    }
}
