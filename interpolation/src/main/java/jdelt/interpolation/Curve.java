package jdelt.interpolation;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.UnivariateFunction;

/**
 * A real function of one real variable: a fitted curve or one of its derivatives.
 *
 * <p>A {@code Curve} is both a Commons Math {@link UnivariateFunction} and a
 * {@link DoubleUnaryOperator}, so a derivative can be handed directly to a Commons Math root
 * finder (to locate the extrema of the fit) or to any {@code java.util.function} pipeline.
 *
 * <p><b>Domain.</b> Every curve is defined on the whole real line. Inside the sampled range
 * {@code [x[0], x[n-1]]} it is the fitted model; outside it, each method continues its model in
 * the way its Javadoc states (the splines continue their end polynomial pieces). Extrapolated
 * values are the model's, not data's: treat them with the caution any extrapolation deserves.
 * A non-finite argument gives {@code NaN}.
 *
 * <p>Implementations are immutable and safe to evaluate from several threads at once.
 */
public interface Curve extends UnivariateFunction, DoubleUnaryOperator {

    /**
     * Evaluates the curve.
     *
     * @param x the abscissa
     * @return the value of the curve at {@code x}
     */
    @Override
    double value(double x);

    /**
     * Evaluates the curve at many points. Implementations evaluate sorted arguments in linear
     * time; the default simply calls {@link #value(double)} for each point.
     *
     * @param x the abscissae, in any order
     * @return a new array with {@code value(x[i])} at index {@code i}
     */
    default double[] values(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = value(x[i]);
        }
        return out;
    }

    /** Same as {@link #value(double)}, for use as a {@link DoubleUnaryOperator}. */
    @Override
    default double applyAsDouble(double x) {
        return value(x);
    }
}
