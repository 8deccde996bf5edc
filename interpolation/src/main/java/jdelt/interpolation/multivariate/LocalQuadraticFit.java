package jdelt.interpolation.multivariate;

import java.util.stream.IntStream;
import jdelt.interpolation.FitSummary;

/**
 * A local quadratic regression fit ({@link LocalQuadraticModel}) with its number of neighbours
 * fixed: every evaluation fits the quadratic at the point asked for, and the value, gradient and
 * Hessian are that polynomial's coefficients. Partials of total order above 2 are not available.
 * The batch forms evaluate their points in parallel. Immutable and thread-safe.
 */
final class LocalQuadraticFit implements FittedField {

    private final LocalQuadraticModel model;
    private final int neighbours;
    private final FitSummary summary;

    LocalQuadraticFit(LocalQuadraticModel model, int neighbours, FitSummary summary) {
        this.model = model;
        this.neighbours = neighbours;
        this.summary = summary;
    }

    @Override
    public int dimension() {
        return model.d;
    }

    @Override
    public int maxOrder() {
        return 2;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    private double[] fit(double[] point) {
        Partials.checkPoint(point, model.d, "point");
        return model.fitAt(point, neighbours, null);
    }

    @Override
    public double value(double[] point) {
        return fit(point)[0];
    }

    @Override
    public double[] gradient(double[] point) {
        double[] c = fit(point);
        double[] g = new double[model.d];
        System.arraycopy(c, 1, g, 0, model.d);
        return g;
    }

    @Override
    public double[][] hessian(double[] point) {
        return Partials.symmetric(fit(point), 1 + model.d, model.d);
    }

    @Override
    public double[] values(double[][] points) {
        double[] out = new double[points.length];
        IntStream.range(0, points.length).parallel().forEach(i -> out[i] = value(points[i]));
        return out;
    }

    @Override
    public double[][] gradients(double[][] points) {
        double[][] out = new double[points.length][];
        IntStream.range(0, points.length).parallel().forEach(i -> out[i] = gradient(points[i]));
        return out;
    }

    @Override
    public double[][][] hessians(double[][] points) {
        double[][][] out = new double[points.length][][];
        IntStream.range(0, points.length).parallel().forEach(i -> out[i] = hessian(points[i]));
        return out;
    }

    @Override
    public double derivative(double[] point, int... orders) {
        int[] o = Partials.checkOrders(orders, model.d, maxOrder());
        double[] c = fit(point);
        int total = 0;
        int first = -1;
        int second = -1;
        for (int j = 0; j < o.length; j++) {
            total += o[j];
            for (int r = 0; r < o[j]; r++) {
                if (first < 0) {
                    first = j;
                } else {
                    second = j;
                }
            }
        }
        if (total == 0) {
            return c[0];
        }
        if (total == 1) {
            return c[1 + first];
        }
        return Partials.symmetric(c, 1 + model.d, model.d)[first][second];
    }
}
