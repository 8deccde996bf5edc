package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;
import jdelt.interpolation.numerics.BSplineBasis;

/**
 * A fitted tensor-product spline {@code f(x) = Σ θ_{k1..kd} B_{k1}(x1) ··· B_{kd}(xd)}: every
 * partial {@code ∂^(o1+..+od) f} is {@code Σ θ Π_j B_{kj}^{(oj)}(xj)}, exact, mixed ones included,
 * from the derivatives of each axis' B-splines (de Boor's recursion, {@link BSplineBasis}).
 * Outside the grid each axis' edge polynomial piece is extended. Immutable and thread-safe: each
 * evaluation uses its own scratch space.
 */
final class TensorSplineField implements FittedField {

    private final TensorSplineAxis[] axes;
    private final int[] strides;
    private final double[] coefficients;
    private final FitSummary summary;
    private final int degree;
    private final int[][] gradientOrders;
    private final int[][] hessianOrders;

    TensorSplineField(TensorSplineAxis[] axes, int[] sizes, double[] coefficients, FitSummary summary) {
        this.axes = axes;
        this.coefficients = coefficients;
        this.summary = summary;
        this.degree = axes[0].degree;
        int d = axes.length;
        strides = new int[d];
        int stride = 1;
        for (int j = d - 1; j >= 0; j--) {
            strides[j] = stride;
            stride *= sizes[j];
        }
        gradientOrders = Partials.firstOrders(d);
        hessianOrders = Partials.secondOrders(d);
    }

    @Override
    public int dimension() {
        return axes.length;
    }

    /** Partials up to the degree along each axis are exact; this bound is on their total. */
    @Override
    public int maxOrder() {
        return degree * axes.length;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public double value(double[] point) {
        return evaluate(point, new int[][] {new int[axes.length]})[0];
    }

    @Override
    public double[] gradient(double[] point) {
        return evaluate(point, gradientOrders);
    }

    @Override
    public double[][] hessian(double[] point) {
        return Partials.symmetric(evaluate(point, hessianOrders), 0, axes.length);
    }

    @Override
    public double derivative(double[] point, int... orders) {
        int[] o = Partials.checkOrders(orders, axes.length, maxOrder());
        return evaluate(point, new int[][] {o})[0];
    }

    /**
     * Evaluates several partials at one point in one pass over the {@code (degree+1)^d} non-zero
     * basis products.
     */
    private double[] evaluate(double[] point, int[][] orderSets) {
        int d = axes.length;
        Partials.checkPoint(point, d, "point");
        int width = degree + 1;
        double[][][] ders = new double[d][][];
        int[] first = new int[d];
        for (int j = 0; j < d; j++) {
            int top = 0;
            for (int[] o : orderSets) {
                top = Math.max(top, o[j]);
            }
            BSplineBasis basis = new BSplineBasis(axes[j].knots, degree);
            int mu = basis.span(point[j], 0);
            first[j] = mu - degree;
            ders[j] = new double[top + 1][width];
            basis.derivatives(mu, point[j], Math.min(top, degree), ders[j]);
        }
        double[] out = new double[orderSets.length];
        int[] r = new int[d];
        int total = (int) Math.pow(width, d);
        for (int step = 0; step < total; step++) {
            int flat = 0;
            for (int j = 0; j < d; j++) {
                flat += (first[j] + r[j]) * strides[j];
            }
            double c = coefficients[flat];
            for (int s = 0; s < orderSets.length; s++) {
                double product = c;
                for (int j = 0; j < d && product != 0; j++) {
                    product *= ders[j][orderSets[s][j]][r[j]];
                }
                out[s] += product;
            }
            for (int j = d - 1; j >= 0; j--) {
                if (++r[j] < width) {
                    break;
                }
                r[j] = 0;
            }
        }
        return out;
    }
}
