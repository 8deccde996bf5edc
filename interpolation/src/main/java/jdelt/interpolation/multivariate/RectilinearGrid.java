package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.Optional;

/**
 * Samples on a full rectilinear grid: the sorted coordinates along each axis and one value per
 * grid node in row-major order (the last axis varies fastest). {@link #detect} recognises such a
 * grid in scattered-looking input (points in any order) and, when the points are not a full grid,
 * says whether they are a grid with holes or scattered.
 *
 * @param axes the distinct coordinates along each axis, strictly increasing
 * @param values the values at the nodes, row-major; not copied
 */
public record RectilinearGrid(double[][] axes, double[] values) {

    /** A grid is "with holes", not scattered, while it has at most this many nodes per sample. */
    static final int HOLES_RATIO = 4;

    /**
     * The outcome of {@link #detect}.
     *
     * @param grid the grid, if the points form a full one
     * @param description what the points are, e.g. {@code "a 41 × 41 grid"} or {@code "a 41 × 41
     *     grid with 81 of its 1681 nodes missing"} or {@code "scattered"}
     * @param holes whether the points are a grid with missing nodes
     */
    public record Detection(Optional<RectilinearGrid> grid, String description, boolean holes) {
    }

    /** @return the number of nodes along each axis */
    public int[] shape() {
        return Arrays.stream(axes).mapToInt(a -> a.length).toArray();
    }

    /** @return the node coordinates in row-major order, one point per value */
    public double[][] points() {
        int[] shape = shape();
        double[][] out = new double[values.length][axes.length];
        for (int i = 0; i < values.length; i++) {
            int rest = i;
            for (int j = axes.length - 1; j >= 0; j--) {
                out[i][j] = axes[j][rest % shape[j]];
                rest /= shape[j];
            }
        }
        return out;
    }

    /**
     * Recognises a full rectilinear grid among distinct points.
     *
     * @param points distinct points of equal dimension, in any order
     * @param values their values
     * @return the grid, or why the points are not one
     */
    public static Detection detect(double[][] points, double[] values) {
        int d = points[0].length;
        int n = points.length;
        double[][] axes = new double[d][];
        double nodes = 1;
        for (int j = 0; j < d; j++) {
            final int axis = j;
            axes[j] = Arrays.stream(points).mapToDouble(p -> p[axis]).sorted().distinct().toArray();
            nodes *= axes[j].length;
        }
        String shape = String.join(" × ", Arrays.stream(axes).map(a -> String.valueOf(a.length)).toArray(String[]::new));
        if (nodes != n) {
            if (nodes <= (double) HOLES_RATIO * n && nodes > n) {
                return new Detection(Optional.empty(), "a " + shape + " grid with " + (long) (nodes - n) + " of its "
                        + (long) nodes + " nodes missing", true);
            }
            return new Detection(Optional.empty(), "scattered", false);
        }
        double[] ordered = new double[n];
        for (int i = 0; i < n; i++) {
            int index = 0;
            for (int j = 0; j < d; j++) {
                index = index * axes[j].length + Arrays.binarySearch(axes[j], points[i][j]);
            }
            ordered[index] = values[i];
        }
        return new Detection(Optional.of(new RectilinearGrid(axes, ordered)), "a " + shape + " grid", false);
    }
}
