package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;

/**
 * A smooth model of a scalar function of d variables fitted to samples, and its partial
 * derivatives computed from the model: the gradient, the Hessian (mixed partials included, so it
 * is symmetric), the Laplacian, any partial {@code ∂^(k1+...+kd) f / ∂x1^k1 ... ∂xd^kd} up to
 * {@link #maxOrder()}, and directional derivatives. The value, gradient and Hessian are also
 * Commons Math {@link MultivariateFunction}, {@link MultivariateVectorFunction} and
 * {@link MultivariateMatrixFunction}, so the gradient can be handed to a Commons Math optimizer.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public interface FittedField extends MultivariateFunction {

    /** @return the number of variables d */
    int dimension();

    /** @return the highest total order {@code k1 + ... + kd} that {@link #derivative} accepts */
    int maxOrder();

    /** @return what the fit chose (smoothing per axis, df, sigma) */
    FitSummary summary();

    /**
     * @param point d coordinates
     * @return the fitted value there
     */
    @Override
    double value(double[] point);

    /**
     * @param point d coordinates
     * @return the d first partials there
     */
    double[] gradient(double[] point);

    /**
     * @param point d coordinates
     * @return the d × d second partials there, symmetric
     */
    double[][] hessian(double[] point);

    /**
     * One partial derivative.
     *
     * @param point d coordinates
     * @param orders the order of differentiation along each axis, d non-negative numbers
     * @return {@code ∂^(k1+...+kd) f / ∂x1^k1 ... ∂xd^kd} at the point
     * @throws IllegalArgumentException if there are not d orders, one is negative, or their sum
     *     exceeds {@link #maxOrder()}
     */
    double derivative(double[] point, int... orders);

    /**
     * @param point d coordinates
     * @return the trace of the Hessian there
     */
    default double laplacian(double[] point) {
        double[][] h = hessian(point);
        double sum = 0;
        for (int i = 0; i < h.length; i++) {
            sum += h[i][i];
        }
        return sum;
    }

    /**
     * The derivative along a direction.
     *
     * @param point d coordinates
     * @param direction d components, not all zero; normalised to unit length
     * @return {@code ∇f · u / |u|}
     */
    default double directional(double[] point, double[] direction) {
        Partials.checkPoint(direction, dimension(), "direction");
        double[] g = gradient(point);
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < g.length; i++) {
            dot += g[i] * direction[i];
            norm += direction[i] * direction[i];
        }
        if (!(norm > 0)) {
            throw new IllegalArgumentException("the direction must not be the zero vector");
        }
        return dot / Math.sqrt(norm);
    }

    /**
     * @param orders the order along each axis (see {@link #derivative})
     * @return that partial derivative as a function of the point
     */
    default MultivariateFunction partial(int... orders) {
        int[] copy = Partials.checkOrders(orders, dimension(), maxOrder());
        return p -> derivative(p, copy);
    }

    /** @return the gradient as a Commons Math vector function */
    default MultivariateVectorFunction gradientFunction() {
        return this::gradient;
    }

    /** @return the Hessian as a Commons Math matrix function */
    default MultivariateMatrixFunction hessianFunction() {
        return this::hessian;
    }

    /** @return the Laplacian as a function of the point */
    default MultivariateFunction laplacianFunction() {
        return this::laplacian;
    }

    /** @return the fitted value at each point */
    default double[] values(double[][] points) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = value(points[i]);
        }
        return out;
    }

    /** @return the gradient at each point */
    default double[][] gradients(double[][] points) {
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] = gradient(points[i]);
        }
        return out;
    }

    /** @return the Hessian at each point */
    default double[][][] hessians(double[][] points) {
        double[][][] out = new double[points.length][][];
        for (int i = 0; i < points.length; i++) {
            out[i] = hessian(points[i]);
        }
        return out;
    }

    /** @return the Laplacian at each point */
    default double[] laplacians(double[][] points) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = laplacian(points[i]);
        }
        return out;
    }
}
