package jdelt.interpolation.numerics;

/**
 * Cholesky factorisation {@code G = L L'} of the normal matrix of a polynomial least-squares fit,
 * the Hankel matrix of the power sums {@code G[j][k] = s[j + k]} (G. H. Golub and C. F. Van Loan,
 * <i>Matrix Computations</i>, 4th ed., Johns Hopkins 2013, §4.2), with the triangular solves that
 * go with it: the one factorisation of the local polynomial methods (Savitzky–Golay, GLLA, GOLD
 * through {@link SlidingWindowLeastSquares}; LOESS and LOWESS).
 *
 * <p><b>One tolerance.</b> The factorisation is refused when a pivot keeps less than
 * {@link #TOLERANCE} of its diagonal entry {@code s[2j]}: the rest has cancelled, so about
 * {@code -log10(TOLERANCE)} = 9 of the 16 significant digits of the power sums are lost and the
 * coefficients would carry relative errors near {@code 1e-16 / TOLERANCE = 1e-7} times the
 * condition of the fit, beyond what a derivative estimate can absorb. Callers then either solve
 * the window by orthogonal factorisation, which does not square the condition number
 * ({@link SlidingWindowLeastSquares}), or report the window as singular (LOESS). Static
 * functions on caller-owned arrays; no state.
 */
public final class HankelCholesky {

    /** The least fraction of its diagonal entry a pivot must keep for the factor to be accepted. */
    public static final double TOLERANCE = 1e-9;

    private HankelCholesky() {
    }

    /**
     * Factors the {@code m x m} Hankel matrix of {@code hankel} (entry (j, k) = {@code hankel[j + k]}).
     *
     * @param hankel at least {@code 2m - 1} power sums
     * @param m the order of the matrix (the number of coefficients)
     * @param l receives the lower-triangular factor, row-major ({@code l[j * m + k]}, k < j), with
     *     the reciprocals of its diagonal on the diagonal ({@code l[j * m + j] = 1 / L[j][j]}), so
     *     that the solves multiply instead of dividing
     * @return false if a pivot keeps less than {@link #TOLERANCE} of its diagonal entry (or is not
     *     a number); {@code l} is then incomplete
     */
    public static boolean factor(double[] hankel, int m, double[] l) {
        // column by column, so that each column's entries are scaled by one reciprocal pivot
        for (int k = 0; k < m; k++) {
            int rowK = k * m;
            double d = hankel[2 * k];
            for (int i = 0; i < k; i++) {
                d -= l[rowK + i] * l[rowK + i];
            }
            if (!(d > TOLERANCE * hankel[2 * k])) {
                return false;
            }
            double inverse = 1 / Math.sqrt(d);
            l[rowK + k] = inverse;
            for (int j = k + 1; j < m; j++) {
                int rowJ = j * m;
                double s = hankel[j + k];
                for (int i = 0; i < k; i++) {
                    s -= l[rowJ + i] * l[rowK + i];
                }
                l[rowJ + k] = s * inverse;
            }
        }
        return true;
    }

    /**
     * Solves {@code L v = b}.
     *
     * @param l the factor from {@link #factor}
     * @param m its order
     * @param b the right-hand side
     * @param out receives {@code v} (may be {@code b} itself)
     */
    public static void forwardSolve(double[] l, int m, double[] b, double[] out) {
        for (int j = 0; j < m; j++) {
            double s = b[j];
            for (int i = 0; i < j; i++) {
                s -= l[j * m + i] * out[i];
            }
            out[j] = s * l[j * m + j];
        }
    }

    /**
     * Solves {@code L' c = v}.
     *
     * @param l the factor from {@link #factor}
     * @param m its order
     * @param v the right-hand side
     * @param out receives {@code c} (may be {@code v} itself)
     */
    public static void backSolve(double[] l, int m, double[] v, double[] out) {
        for (int j = m - 1; j >= 0; j--) {
            double s = v[j];
            for (int i = j + 1; i < m; i++) {
                s -= l[i * m + j] * out[i];
            }
            out[j] = s * l[j * m + j];
        }
    }

    /**
     * Solves {@code L L' z = b} in place.
     *
     * @param l the factor from {@link #factor}
     * @param m its order
     * @param b the right-hand side, replaced by the solution
     */
    public static void solve(double[] l, int m, double[] b) {
        forwardSolve(l, m, b, b);
        backSolve(l, m, b, b);
    }
}
