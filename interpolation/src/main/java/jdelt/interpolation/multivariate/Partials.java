package jdelt.interpolation.multivariate;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks and names partial-derivative orders: the multi-indices {@code (k1, ..., kd)} of
 * {@link FittedField#derivative}, and the lists of first and second partials a gradient and a
 * Hessian consist of.
 */
public final class Partials {

    private Partials() {
    }

    /**
     * @param orders the order along each axis
     * @param d the dimension
     * @param maxOrder the highest total order allowed
     * @return a copy of the orders
     * @throws IllegalArgumentException naming what is wrong
     */
    public static int[] checkOrders(int[] orders, int d, int maxOrder) {
        if (orders == null || orders.length != d) {
            throw new IllegalArgumentException("a partial derivative needs " + d + " orders, one per axis, got "
                    + (orders == null ? "none" : String.valueOf(orders.length)));
        }
        int total = 0;
        for (int j = 0; j < d; j++) {
            if (orders[j] < 0) {
                throw new IllegalArgumentException("the order along axis " + (j + 1) + " is negative: " + orders[j]);
            }
            total += orders[j];
        }
        if (total > maxOrder) {
            throw new IllegalArgumentException("total order " + total + " is above " + maxOrder
                    + ", the highest this fit supports");
        }
        return orders.clone();
    }

    /**
     * @param point coordinates
     * @param d the dimension
     * @param what the name of the argument, for the message
     * @throws IllegalArgumentException if the length is not d or a coordinate is not finite
     */
    static void checkPoint(double[] point, int d, String what) {
        if (point == null || point.length != d) {
            throw new IllegalArgumentException("the " + what + " needs " + d + " coordinates, got "
                    + (point == null ? "none" : String.valueOf(point.length)));
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(point[j])) {
                throw new IllegalArgumentException("coordinate " + (j + 1) + " of the " + what + " is " + point[j]);
            }
        }
    }

    /**
     * A partial of total order at most 2 read off the field's value, gradient or Hessian.
     *
     * @param field the field
     * @param point d coordinates
     * @param orders checked orders (see {@link #checkOrders}), summing to 0, 1 or 2
     * @return the value, a component of the gradient, or an entry of the Hessian at the point
     */
    public static double upToSecond(FittedField field, double[] point, int[] orders) {
        int first = -1;
        int second = -1;
        for (int j = 0; j < orders.length; j++) {
            for (int r = 0; r < orders[j]; r++) {
                if (first < 0) {
                    first = j;
                } else {
                    second = j;
                }
            }
        }
        if (first < 0) {
            return field.value(point);
        }
        return second < 0 ? field.gradient(point)[first] : field.hessian(point)[first][second];
    }

    /** @return the orders of the d unit partials {@code e_j}, in axis order */
    static int[][] firstOrders(int d) {
        int[][] out = new int[d][d];
        for (int j = 0; j < d; j++) {
            out[j][j] = 1;
        }
        return out;
    }

    /** @return the orders of the second partials {@code (i, j)}, {@code i <= j}, row by row */
    static int[][] secondOrders(int d) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                int[] o = new int[d];
                o[i]++;
                o[j]++;
                out.add(o);
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * Spreads the upper triangle of second partials, as listed by {@link #secondOrders}, into a
     * symmetric matrix.
     */
    static double[][] symmetric(double[] upper, int offset, int d) {
        double[][] h = new double[d][d];
        int k = offset;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                h[i][j] = upper[k];
                h[j][i] = upper[k];
                k++;
            }
        }
        return h;
    }
}
