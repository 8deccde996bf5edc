package jdelt.interpolation.multivariate;

/**
 * Products of a d-dimensional array, stored flat in row-major order, with a matrix along one of
 * its axes (the n-mode product): the array arithmetic of Currie, Durbán &amp; Eilers, "Generalized
 * linear array models with applications to multidimensional smoothing", J. R. Statist. Soc. B 68
 * (2006), which applies a tensor-product basis one axis at a time instead of forming its
 * Kronecker product, so a product along axis j costs O(size × rows) rather than O(size²).
 */
final class ArrayProducts {

    private ArrayProducts() {
    }

    /**
     * {@code out[.., a, ..] = Σ_b m[a][b] · array[.., b, ..]} along {@code axis}.
     *
     * @param array the array, row-major with the given shape
     * @param shape its size along each axis
     * @param axis the axis to transform
     * @param m a matrix with {@code shape[axis]} columns; zero entries are skipped (banded
     *     matrices cost only their band)
     * @return the product, whose shape has {@code m.length} along {@code axis}
     */
    static double[] along(double[] array, int[] shape, int axis, double[][] m) {
        int before = 1;
        for (int j = 0; j < axis; j++) {
            before *= shape[j];
        }
        int after = 1;
        for (int j = axis + 1; j < shape.length; j++) {
            after *= shape[j];
        }
        int from = shape[axis];
        int to = m.length;
        double[] out = new double[before * to * after];
        if (after == 1) {
            // the last axis: each output is a dot product of a matrix row with a contiguous run
            for (int pre = 0; pre < before; pre++) {
                int source = pre * from;
                for (int a = 0; a < to; a++) {
                    double[] row = m[a];
                    double sum = 0;
                    for (int b = 0; b < from; b++) {
                        sum += row[b] * array[source + b];
                    }
                    out[pre * to + a] = sum;
                }
            }
            return out;
        }
        for (int pre = 0; pre < before; pre++) {
            for (int a = 0; a < to; a++) {
                double[] row = m[a];
                int target = (pre * to + a) * after;
                for (int b = 0; b < from; b++) {
                    double f = row[b];
                    if (f == 0) {
                        continue;
                    }
                    int source = (pre * from + b) * after;
                    for (int t = 0; t < after; t++) {
                        out[target + t] += f * array[source + t];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Applies one matrix along every axis in turn.
     *
     * @param array the array
     * @param shape its shape
     * @param matrices one matrix per axis, with {@code shape[j]} columns
     * @return the product; its shape is the matrices' row counts
     */
    static double[] alongAll(double[] array, int[] shape, double[][][] matrices) {
        int[] current = shape.clone();
        double[] out = array;
        for (int j = 0; j < shape.length; j++) {
            out = along(out, current, j, matrices[j]);
            current[j] = matrices[j].length;
        }
        return out;
    }
}
