package jdelt.interpolation.numerics;

import java.util.Arrays;

/**
 * The least-squares polynomial of one window of {@link SlidingWindowLeastSquares} by Householder
 * QR of the window's matrix of powers of {@code u = (x - origin) / radius} (G. H. Golub and
 * C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, §5.2), which does not square the
 * condition number as the normal equations do: for clustered abscissae, high degrees and the
 * directly factored noise-free windows. Columns the window cannot determine (relative norm below
 * 1e-10) are dropped, their coefficients zero. Mutable work space; one instance serves one thread.
 */
final class WindowQr {

    /** The window's matrix of powers, row by row, and its right-hand side: reused. */
    private double[] a;
    private double[] b;

    /**
     * Fills {@code l} and {@code v} as {@link HankelCholesky} would for the window's normal
     * equations: {@code l} lower triangular with reciprocal pivots, {@code L L' = X'X}, and
     * {@code L v = X'(y - level)}.
     */
    void factor(double[] x, double[] y, int start, int step, int size, double origin, double radius, double level,
            int m, double[] l, double[] v) {
        if (a == null || a.length < size * m) {
            a = new double[size * m];
            b = new double[size];
        }
        for (int j = 0; j < size; j++) {
            int index = start + j * step;
            double u = (x[index] - origin) / radius;
            double p = 1;
            for (int q = 0; q < m; q++) {
                a[j * m + q] = p;
                p *= u;
            }
            b[j] = y[index] - level;
        }
        int rank = m;
        for (int q = 0; q < m; q++) {
            double norm = 0;
            double whole = 0;
            for (int j = 0; j < size; j++) {
                whole += a[j * m + q] * a[j * m + q];
                if (j >= q) {
                    norm += a[j * m + q] * a[j * m + q];
                }
            }
            norm = Math.sqrt(norm);
            if (!(norm > 1e-10 * Math.sqrt(whole))) {
                rank = q;
                break;
            }
            double alpha = a[q * m + q] > 0 ? -norm : norm;
            a[q * m + q] -= alpha;
            double vv = 0;
            for (int j = q; j < size; j++) {
                vv += a[j * m + q] * a[j * m + q];
            }
            for (int r = q + 1; r <= m; r++) {
                double dot = 0;
                for (int j = q; j < size; j++) {
                    dot += a[j * m + q] * (r < m ? a[j * m + r] : b[j]);
                }
                double f = 2 * dot / vv;
                for (int j = q; j < size; j++) {
                    if (r < m) {
                        a[j * m + r] -= f * a[j * m + q];
                    } else {
                        b[j] -= f * a[j * m + q];
                    }
                }
            }
            a[q * m + q] = alpha;
        }
        Arrays.fill(l, 0);
        for (int i = 0; i < rank; i++) {
            double sign = a[i * m + i] < 0 ? -1 : 1;
            for (int j = i + 1; j < rank; j++) {
                l[j * m + i] = sign * a[i * m + j];
            }
            l[i * m + i] = 1 / Math.abs(a[i * m + i]); // the factor's convention: reciprocal pivots
            v[i] = sign * b[i];
        }
        // coefficients the window cannot determine are zero: a unit pivot and a zero right-hand side
        for (int i = rank; i < m; i++) {
            l[i * m + i] = 1;
            v[i] = 0;
        }
    }
}
