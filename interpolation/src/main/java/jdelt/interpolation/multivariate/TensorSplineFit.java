package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;
import java.util.Arrays;
import java.util.stream.IntStream;
import jdelt.interpolation.numerics.BSplineBasis;

/**
 * A fitted tensor-product spline {@code f(x) = Σ θ_{k1..kd} B_{k1}(x1) ··· B_{kd}(xd)}: every
 * partial {@code ∂^(o1+..+od) f} is {@code Σ θ Π_j B_{kj}^{(oj)}(xj)}, exact, mixed ones included,
 * from the derivatives of each axis' B-splines (de Boor's recursion, {@link BSplineBasis}).
 * Outside the grid each axis' edge polynomial piece is extended. Immutable and thread-safe: each
 * evaluation uses its own scratch space.
 */
final class TensorSplineFit implements FittedField {

    /** Batches of this many points are evaluated in parallel, each with its own scratch space. */
    private static final int BLOCK = 4096;

    private final TensorSplineAxis[] axes;
    private final int[] strides;
    private final double[] coefficients;
    private final FitSummary summary;
    private final int degree;
    private final int[][] gradientOrders;
    private final int[][] hessianOrders;

    TensorSplineFit(TensorSplineAxis[] axes, int[] sizes, double[] coefficients, FitSummary summary) {
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

    @Override
    public double[] values(double[][] points) {
        double[] out = new double[points.length];
        int[][] sets = {new int[axes.length]};
        inBlocks(points.length, (e, i) -> out[i] = e.evaluate(points[i], sets)[0]);
        return out;
    }

    @Override
    public double[][] gradients(double[][] points) {
        double[][] out = new double[points.length][];
        inBlocks(points.length, (e, i) -> out[i] = e.evaluate(points[i], gradientOrders));
        return out;
    }

    @Override
    public double[][][] hessians(double[][] points) {
        double[][][] out = new double[points.length][][];
        int d = axes.length;
        inBlocks(points.length, (e, i) -> out[i] = Partials.symmetric(e.evaluate(points[i], hessianOrders), 0, d));
        return out;
    }

    private interface Task {
        void at(Evaluator e, int i);
    }

    private void inBlocks(int n, Task task) {
        IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
            Evaluator e = new Evaluator();
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                task.at(e, i);
            }
        });
    }

    private double[] evaluate(double[] point, int[][] orderSets) {
        return new Evaluator().evaluate(point, orderSets);
    }

    /** The scratch space of evaluations by one thread: each axis' basis and its derivatives. */
    private final class Evaluator {
        private final BSplineBasis[] bases = new BSplineBasis[axes.length];
        private final double[][][] ders = new double[axes.length][degree + 1][degree + 1];
        private final int[] first = new int[axes.length];
        private final int[] r = new int[axes.length];

        Evaluator() {
            for (int j = 0; j < axes.length; j++) {
                bases[j] = new BSplineBasis(axes[j].knots, degree);
            }
        }

        /**
         * Evaluates several partials at one point in one pass over the {@code (degree+1)^d}
         * non-zero basis products.
         */
        double[] evaluate(double[] point, int[][] orderSets) {
            int d = axes.length;
            Partials.checkPoint(point, d, "point");
            int width = degree + 1;
            for (int j = 0; j < d; j++) {
                int top = 0;
                for (int[] o : orderSets) {
                    top = Math.max(top, o[j]);
                }
                double[] knots = axes[j].knots;
                double spacing = knots[degree + 1] - knots[degree];
                int last = bases[j].size() - 1 - degree;
                double cell = Math.floor((point[j] - knots[degree]) / spacing) - 1;
                int guess = degree + (int) Math.max(0, Math.min(last, cell));
                int mu = bases[j].span(point[j], guess);
                first[j] = mu - degree;
                bases[j].derivatives(mu, point[j], Math.min(top, degree), ders[j]);
            }
            double[] out = new double[orderSets.length];
            Arrays.fill(r, 0);
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
                        int o = orderSets[s][j];
                        product *= o <= degree ? ders[j][o][r[j]] : 0;
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
}
