package jdelt.interpolation.multivariate;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import jdelt.interpolation.FitSummary;

/**
 * A local polynomial regression fit ({@link LocalQuadraticModel}) with its number of neighbours
 * fixed: every evaluation fits the polynomial at the point asked for, and the value and all the
 * partials up to its degree are that polynomial's coefficients, so one local fit serves the
 * value, the gradient and the Hessian together. The partials at the samples themselves are kept
 * once computed (n vectors of the polynomial's terms: memory linear in n), so asking for the
 * gradients and then the Hessians at the samples fits each local polynomial once. The batch forms
 * evaluate their points in parallel. Immutable in what it returns, and thread-safe.
 */
final class LocalQuadraticFit implements FittedField {

    /** Batches of this many points are evaluated in parallel, each with its own scratch space. */
    private static final int BLOCK = 256;

    private final LocalQuadraticModel model;
    private final int neighbours;
    private final FitSummary summary;
    private final PointIndex samples;
    /** The partials at each sample, filled as they are asked for. */
    private final AtomicReferenceArray<double[]> atSamples;

    LocalQuadraticFit(LocalQuadraticModel model, int neighbours, FitSummary summary) {
        this.model = model;
        this.neighbours = neighbours;
        this.summary = summary;
        samples = new PointIndex(model.points);
        atSamples = new AtomicReferenceArray<>(model.points.length);
    }

    @Override
    public int dimension() {
        return model.d;
    }

    @Override
    public int maxOrder() {
        return model.degree;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    /** @return the local polynomial's partials at the point (see {@link LocalQuadraticModel#exponents}) */
    private double[] partials(double[] point, LocalQuadraticModel.Scratch scratch) {
        Partials.checkPoint(point, model.d, "point");
        int i = samples.indexOf(point);
        if (i < 0) {
            return model.fitAt(point, neighbours, -1, scratch);
        }
        double[] c = atSamples.get(i);
        if (c == null) {
            c = model.fitAt(point, neighbours, -1, scratch);
            atSamples.set(i, c);
        }
        return c;
    }

    private double[] partials(double[] point) {
        return partials(point, model.scratch());
    }

    private double[] gradientOf(double[] c) {
        double[] g = new double[model.d];
        System.arraycopy(c, 1, g, 0, model.d);
        return g;
    }

    private double[][] hessianOf(double[] c) {
        return Partials.symmetric(c, 1 + model.d, model.d);
    }

    @Override
    public double value(double[] point) {
        return partials(point)[0];
    }

    @Override
    public double[] gradient(double[] point) {
        return gradientOf(partials(point));
    }

    @Override
    public double[][] hessian(double[] point) {
        return hessianOf(partials(point));
    }

    @Override
    public double[] values(double[][] points) {
        double[] out = new double[points.length];
        inBlocks(points, (i, c) -> out[i] = c[0]);
        return out;
    }

    @Override
    public double[][] gradients(double[][] points) {
        double[][] out = new double[points.length][];
        inBlocks(points, (i, c) -> out[i] = gradientOf(c));
        return out;
    }

    @Override
    public double[][][] hessians(double[][] points) {
        double[][][] out = new double[points.length][][];
        inBlocks(points, (i, c) -> out[i] = hessianOf(c));
        return out;
    }

    private interface Task {
        void at(int i, double[] partials);
    }

    private void inBlocks(double[][] points, Task task) {
        int n = points.length;
        IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
            LocalQuadraticModel.Scratch scratch = model.scratch();
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                task.at(i, partials(points[i], scratch));
            }
        });
    }

    @Override
    public double derivative(double[] point, int... orders) {
        int[] o = Partials.checkOrders(orders, model.d, maxOrder());
        return partials(point)[model.term(o)];
    }
}
