package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;
import java.util.Arrays;
import java.util.stream.IntStream;
import jdelt.interpolation.numerics.BSplineBasis;

/**
 * A fitted tensor-product spline {@code f(x) = Σ θ_{k1..kd} B_{k1}(x1) ··· B_{kd}(xd)}: every
 * partial {@code ∂^(o1+..+od) f} is {@code Σ θ Π_j B_{kj}^{(oj)}(xj)}, exact, mixed ones included,
 * from the derivatives of each axis' B-splines (de Boor's recursion, {@link BSplineBasis}).
 * Outside the grid each axis' edge polynomial piece is extended. At the grid's own coordinates each
 * axis' B-spline derivatives are looked up, tabulated when the axis was built, instead of
 * recomputed. Immutable and thread-safe: each evaluation uses its own scratch space.
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
        /** Each axis' own scratch for the B-splines' derivatives at a coordinate off the grid. */
        private final double[][][] own = new double[axes.length][degree + 1][degree + 1];
        /** The derivatives used for the current point: {@link #own} or the axis' tabulated ones. */
        private final double[][][] ders = new double[axes.length][][];
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
                int g = axes[j].gridIndex(point[j]);
                if (g >= 0) {
                    first[j] = axes[j].firstAt(g);
                    ders[j] = axes[j].derivativesAt(g);
                    continue;
                }
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
                ders[j] = own[j];
                bases[j].derivatives(mu, point[j], Math.min(top, degree), ders[j]);
            }
            double[] out = new double[orderSets.length];
            // contract the (degree+1)^d block of coefficients: the first d − 1 axes by their
            // products of weights, the last by a dot product along its contiguous run
            int last = d - 1;
            Arrays.fill(r, 0);
            int outer = (int) Math.pow(width, last);
            for (int step = 0; step < outer; step++) {
                int base = first[last];
                for (int j = 0; j < last; j++) {
                    base += (first[j] + r[j]) * strides[j];
                }
                for (int s = 0; s < orderSets.length; s++) {
                    int[] o = orderSets[s];
                    double weight = 1;
                    for (int j = 0; j < last && weight != 0; j++) {
                        weight *= o[j] <= degree ? ders[j][o[j]][r[j]] : 0;
                    }
                    if (weight == 0 || o[last] > degree) {
                        continue;
                    }
                    double[] w = ders[last][o[last]];
                    double sum = 0;
                    for (int k = 0; k < width; k++) {
                        sum += coefficients[base + k] * w[k];
                    }
                    out[s] += weight * sum;
                }
                for (int j = last - 1; j >= 0; j--) {
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
