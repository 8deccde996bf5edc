package jdelt.estimators;

/**
 * The Newton divided differences of every run of {@code s} consecutive samples, and the value and
 * first two derivatives, at any point, of the polynomial interpolating one run, evaluated from its
 * Newton form by nested multiplication (Horner's rule carried through the derivatives; Stoer &amp;
 * Bulirsch, <i>Introduction to Numerical Analysis</i>, 3rd ed., §2.1.3 and §2.1.5). The table is
 * built once per fit, {@code s - 1} divisions per sample, so that each evaluation costs O(s)
 * flops and no division, whatever the spacing; the polynomial is the one whose derivatives
 * Fornberg's weights give.
 *
 * <p>Immutable once built.
 */
final class DividedDifferences {

    private final double[] x;
    /** {@code table[k][i]} is the divided difference {@code f[x_i, ..., x_{i+k}]}; row 0 is y. */
    private final double[][] table;
    private final int s;

    /**
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @param s the run length, at most {@code x.length}
     */
    DividedDifferences(double[] x, double[] y, int s) {
        this.x = x;
        this.s = s;
        this.table = new double[s][];
        table[0] = y;
        for (int k = 1; k < s; k++) {
            double[] previous = table[k - 1];
            double[] row = new double[x.length - k];
            for (int i = 0; i < row.length; i++) {
                row[i] = (previous[i + 1] - previous[i]) / (x[i + k] - x[i]);
            }
            table[k] = row;
        }
    }

    /**
     * @param from the first sample of the run
     * @param z the evaluation point
     * @param order 0, 1 or 2
     * @return the {@code order}-th derivative at z of the polynomial through samples
     *     {@code from .. from + s - 1}
     */
    double derivative(int from, double z, int order) {
        double p = table[s - 1][from];
        double d1 = 0;
        double d2 = 0;
        for (int k = s - 2; k >= 0; k--) {
            double dz = z - x[from + k];
            d2 = d2 * dz + 2 * d1;
            d1 = d1 * dz + p;
            p = p * dz + table[k][from];
        }
        return order == 0 ? p : order == 1 ? d1 : d2;
    }
}
