package jdelt.cli;

import java.util.Arrays;

/**
 * Thins samples for drawing without hiding anything a reader could see: x is cut into equal
 * columns, at least one per pixel of the plot, and in each column only the samples with the
 * smallest and the largest y are kept (the "min/max" or M4-style decimation of Jugel et al.,
 * "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014, without the first and
 * last points, which a scatter plot does not need). Every column's vertical extent is therefore
 * drawn exactly as with all samples, so a one-sample spike is never lost, and at most two points
 * per column are drawn instead of 10^6.
 */
final class PlotDecimation {

    private PlotDecimation() {
    }

    /**
     * The kept samples, in x order.
     *
     * @param xs the kept abscissae
     * @param ys the kept ordinates
     */
    record Points(double[] xs, double[] ys) {

        /** @return the number of points kept */
        int size() {
            return xs.length;
        }
    }

    /**
     * Keeps, per column, the samples of least and greatest y (one sample if that is both).
     *
     * @param x the abscissae, sorted ascending and finite
     * @param y the ordinates, finite, as long as {@code x}
     * @param columns the number of equal columns across [x[0], x[n-1]]; at least the plot's width in pixels
     * @return the kept samples; all of them if there are no more than two per column
     */
    static Points minMax(double[] x, double[] y, int columns) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        int n = x.length;
        if (n <= 2L * columns) {
            return new Points(x.clone(), y.clone());
        }
        double x0 = x[0];
        double scale = columns / (x[n - 1] - x0);
        double[] keptX = new double[2 * columns];
        double[] keptY = new double[2 * columns];
        int kept = 0;
        int i = 0;
        while (i < n) {
            int column = column(x[i], x0, scale, columns);
            int lo = i;
            int hi = i;
            for (i++; i < n && column(x[i], x0, scale, columns) == column; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            keptX[kept] = x[first];
            keptY[kept++] = y[first];
            if (second != first) {
                keptX[kept] = x[second];
                keptY[kept++] = y[second];
            }
        }
        return new Points(Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept));
    }

    private static int column(double x, double x0, double scale, int columns) {
        return Math.min(columns - 1, (int) ((x - x0) * scale));
    }
}
