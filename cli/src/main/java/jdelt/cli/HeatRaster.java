package jdelt.cli;

/**
 * Thins samples of a function of two variables for drawing: the box {@code [lo1, hi1] × [lo2, hi2]}
 * is cut into {@code columns × rows} equal cells and each cell that holds samples keeps one
 * point, the mean of its samples' coordinates, and the mean of their values (2-D histogram
 * binning with the bin mean, as in a hexbin or {@code binned_statistic_2d} heat map). A plot of
 * 10^6 samples so draws at most {@code columns · rows} cells, in time linear in n.
 *
 * @param lo the lower corner of the box
 * @param hi the upper corner of the box
 * @param columns the cells along the first axis
 * @param rows the cells along the second axis
 * @param points the kept points, one per occupied cell, in cell order (row-major by second axis)
 * @param values the mean value per kept point
 * @param cells the index {@code row · columns + column} of each kept point's cell
 */
record HeatRaster(double[] lo, double[] hi, int columns, int rows, double[][] points, double[] values, int[] cells) {

    /**
     * Bins the samples.
     *
     * @param points n points of two finite coordinates
     * @param values their n values (finite)
     * @param lo the lower corner of the box; points outside go to the nearest edge cell
     * @param hi the upper corner, above {@code lo} on both axes
     * @param columns cells along the first axis, at least 1
     * @param rows cells along the second axis, at least 1
     * @return the occupied cells with their mean point and value
     */
    static HeatRaster of(double[][] points, double[] values, double[] lo, double[] hi, int columns, int rows) {
        int size = columns * rows;
        double[] sum1 = new double[size];
        double[] sum2 = new double[size];
        double[] sumValue = new double[size];
        int[] count = new int[size];
        for (int i = 0; i < points.length; i++) {
            int c = cell(points[i][0], lo[0], hi[0], columns) + columns * cell(points[i][1], lo[1], hi[1], rows);
            sum1[c] += points[i][0];
            sum2[c] += points[i][1];
            sumValue[c] += values[i];
            count[c]++;
        }
        int kept = 0;
        for (int c : count) {
            kept += c > 0 ? 1 : 0;
        }
        double[][] p = new double[kept][];
        double[] v = new double[kept];
        int[] cells = new int[kept];
        int k = 0;
        for (int c = 0; c < size; c++) {
            if (count[c] > 0) {
                p[k] = new double[] {sum1[c] / count[c], sum2[c] / count[c]};
                v[k] = sumValue[c] / count[c];
                cells[k++] = c;
            }
        }
        return new HeatRaster(lo.clone(), hi.clone(), columns, rows, p, v, cells);
    }

    /** @return the cell along one axis of a coordinate, edge cells taking what lies beyond */
    private static int cell(double x, double lo, double hi, int cells) {
        int c = (int) Math.floor((x - lo) / (hi - lo) * cells);
        return Math.max(0, Math.min(cells - 1, c));
    }

    /** @return the number of kept points (occupied cells) */
    int size() {
        return points.length;
    }

    /**
     * @param k a kept point
     * @return the cell's box {@code {lo1, lo2, hi1, hi2}}
     */
    double[] box(int k) {
        int column = cells[k] % columns;
        int row = cells[k] / columns;
        double w = (hi[0] - lo[0]) / columns;
        double h = (hi[1] - lo[1]) / rows;
        return new double[] {lo[0] + column * w, lo[1] + row * h, lo[0] + (column + 1) * w, lo[1] + (row + 1) * h};
    }
}
