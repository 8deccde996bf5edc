package jdelt.smile;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import java.util.function.DoubleUnaryOperator;


/**
 * A Smile model of one variable seen as a jdelt {@link FittedCurve}: the value is Smile's
 * prediction, and derivatives of orders 1–3 are Richardson-extrapolated central differences of
 * that prediction ({@link RichardsonDerivative}) — numerical, not analytic, because Smile's
 * interpolators expose values only. Outside the sampled range the curve is whatever Smile's model
 * returns there (each adapter states it). Some Smile models keep mutable search state, so every
 * evaluation of the model is serialised on a lock: safe from several threads, not parallel.
 */
final class SmileFit implements FittedCurve {

    private static final int MAX_ORDER = 3;

    private final String method;
    private final DoubleUnaryOperator model;
    private final double scale;
    private final double spacing;

    /**
     * @param method the jdelt method name, for messages
     * @param model Smile's prediction
     * @param x the sampled abscissae (validated)
     */
    SmileFit(String method, DoubleUnaryOperator model, double[] x) {
        this.method = method;
        Object lock = new Object();
        this.model = v -> {
            synchronized (lock) {
                return model.applyAsDouble(v);
            }
        };
        this.scale = x[x.length - 1] - x[0];
        this.spacing = scale / (x.length - 1);
    }

    @Override
    public double value(double x) {
        return Double.isFinite(x) ? model.applyAsDouble(x) : Double.NaN;
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, MAX_ORDER, method);
        return order == 0 ? this : new RichardsonDerivative(model, order, scale, spacing);
    }

    @Override
    public int maxOrder() {
        return MAX_ORDER;
    }

    /** Reports that the derivatives are Richardson-extrapolated central differences of Smile's model. */
    @Override
    public FitSummary summary() {
        return FitSummary.builder(method, false).parameter("derivatives", "richardson differences of the model").build();
    }
}
