package jdelt.bench.multivariate;

import java.util.Arrays;
import java.util.Map;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.MultivariateInterpolator;
import jdelt.interpolation.multivariate.RectilinearGrid;

/**
 * The baseline of tools that differentiate a regular grid one axis at a time (PyNumDiff,
 * {@code derivative}, numpy's {@code gradient}): jdelt's 1-D finite differences ({@code fd})
 * along every grid line; second partials along one axis by its second-derivative stencil, mixed
 * partials by differencing the first partials along the other axis. No smoothing. Defined at the
 * grid nodes only.
 */
final class ChainedDifferences implements MultivariateInterpolator {

    static final String NAME = "fd-chained";

    @Override
    public FittedField fit(double[][] points, double[] values) {
        RectilinearGrid grid = RectilinearGrid.detect(points, values).grid()
                .orElseThrow(() -> new IllegalArgumentException(NAME + " needs a full grid"));
        int d = grid.axes().length;
        int[] shape = grid.shape();
        double[][] first = new double[d][];
        for (int j = 0; j < d; j++) {
            first[j] = along(grid.values(), shape, j, 1, grid.axes()[j]);
        }
        double[][][] second = new double[d][d][];
        for (int a = 0; a < d; a++) {
            second[a][a] = along(grid.values(), shape, a, 2, grid.axes()[a]);
            for (int b = a + 1; b < d; b++) {
                second[a][b] = along(first[b], shape, a, 1, grid.axes()[a]);
                second[b][a] = second[a][b];
            }
        }
        return new Field(grid, first, second);
    }

    /** Differentiates every grid line along one axis with the registered 1-D {@code fd}. */
    private static double[] along(double[] values, int[] shape, int axis, int order, double[] coordinates) {
        Interpolator fd = MethodRegistry.byName("fd").create(Map.of());
        int after = 1;
        for (int j = axis + 1; j < shape.length; j++) {
            after *= shape[j];
        }
        int n = shape[axis];
        int before = values.length / (n * after);
        double[] out = new double[values.length];
        double[] line = new double[n];
        for (int pre = 0; pre < before; pre++) {
            for (int t = 0; t < after; t++) {
                for (int i = 0; i < n; i++) {
                    line[i] = values[(pre * n + i) * after + t];
                }
                double[] dv = fd.fit(coordinates, line).differentiate(order).values(coordinates);
                for (int i = 0; i < n; i++) {
                    out[(pre * n + i) * after + t] = dv[i];
                }
            }
        }
        return out;
    }

    /** Partials tabulated at the nodes. */
    private record Field(RectilinearGrid grid, double[][] first, double[][][] second) implements BaselineField {

        @Override
        public String name() {
            return NAME;
        }

        private int node(double[] p) {
            int index = 0;
            for (int j = 0; j < p.length; j++) {
                int k = Arrays.binarySearch(grid.axes()[j], p[j]);
                if (k < 0) {
                    throw new IllegalArgumentException(NAME + " is defined at the grid nodes only, not at " + Arrays.toString(p));
                }
                index = index * grid.axes()[j].length + k;
            }
            return index;
        }

        @Override
        public int dimension() {
            return grid.axes().length;
        }

        @Override
        public double value(double[] p) {
            return grid.values()[node(p)];
        }

        @Override
        public double[] gradient(double[] p) {
            int k = node(p);
            return Arrays.stream(first).mapToDouble(f -> f[k]).toArray();
        }

        @Override
        public double[][] hessian(double[] p) {
            int k = node(p);
            int d = dimension();
            double[][] h = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    h[a][b] = second[a][b][k];
                }
            }
            return h;
        }
    }
}
