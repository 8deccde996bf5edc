package jdelt.interpolation.numerics;

/**
 * A symmetric positive definite band matrix with its LDL<sup>T</sup> factorization, linear
 * solves, log-determinant, and the central band of its inverse, all in O(n p<sup>2</sup>) time
 * for half-bandwidth p. The band of the inverse uses the backward recursion of Hutchinson &amp;
 * de Hoog, "Smoothing noisy data with spline functions", Numer. Math. 47 (1985), which makes the
 * trace of a smoother's influence matrix a linear-time computation.
 *
 * <p>Storage is by rows of the lower band: entry (i, j), {@code 0 <= i - j <= p}, sits at
 * {@code i * (p + 1) + (i - j)}.
 */
public final class BandedSymmetricMatrix {

    final int n;
    final int p;
    final double[] a;

    public BandedSymmetricMatrix(int n, int p) {
        this.n = n;
        this.p = p;
        this.a = new double[n * (p + 1)];
    }

    /** Adds {@code v} to entry (i, j), {@code i >= j}. */
    public void add(int i, int j, double v) {
        a[i * (p + 1) + (i - j)] += v;
    }

    /** @return entry (i, j) for {@code |i - j| <= p} */
    public double get(int i, int j) {
        return i >= j ? a[i * (p + 1) + (i - j)] : a[j * (p + 1) + (j - i)];
    }

    /** Writes {@code this + lambda * other} (all of the same shape) into {@code target} and returns it. */
    public BandedSymmetricMatrix plusInto(double lambda, BandedSymmetricMatrix other, BandedSymmetricMatrix target) {
        for (int i = 0; i < a.length; i++) {
            target.a[i] = a[i] + lambda * other.a[i];
        }
        return target;
    }

    /** @return {@code v' M v} */
    public double quadraticForm(double[] v) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int row = i * (p + 1);
            double cross = 0;
            for (int d = 1; d <= p && d <= i; d++) {
                cross += a[row + d] * v[i - d];
            }
            sum += v[i] * (a[row] * v[i] + 2 * cross);
        }
        return sum;
    }

    /**
     * Factorizes in place as L D L<sup>T</sup> (unit lower L in the strict band, D on the diagonal).
     *
     * @return false if a pivot is not positive (the matrix is not numerically positive definite)
     */
    public boolean factorize() {
        int w = p + 1;
        double[] ld = new double[w];
        for (int i = 0; i < n; i++) {
            int row = i * w;
            int first = Math.max(0, i - p);
            for (int j = first; j < i; j++) {
                int rowJ = j * w;
                double s = a[row + (i - j)];
                for (int k = first; k < j; k++) {
                    s -= ld[k - first] * a[rowJ + (j - k)];
                }
                double lij = s / a[rowJ];
                ld[j - first] = lij * a[rowJ];
                a[row + (i - j)] = lij;
            }
            double diag = a[row];
            for (int j = first; j < i; j++) {
                diag -= ld[j - first] * a[row + (i - j)];
            }
            if (!(diag > 0)) {
                return false;
            }
            a[row] = diag;
        }
        return true;
    }

    /** Solves with the factors of {@link #factorize()}; returns a new vector. */
    public double[] solve(double[] b) {
        int w = p + 1;
        double[] z = b.clone();
        for (int i = 0; i < n; i++) {
            int row = i * w;
            double s = z[i];
            for (int d = 1; d <= p && d <= i; d++) {
                s -= a[row + d] * z[i - d];
            }
            z[i] = s;
        }
        for (int i = 0; i < n; i++) {
            z[i] /= a[i * w];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int d = 1; d <= p && i + d < n; d++) {
                s -= a[(i + d) * w + d] * z[i + d];
            }
            z[i] = s;
        }
        return z;
    }

    /** @return log det of the factorized matrix: the sum of the logs of D */
    public double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(a[i * (p + 1)]);
        }
        return sum;
    }

    /**
     * Trace of {@code this * other} for two symmetric matrices of the same shape, of which only the
     * band is used: with {@code this} the central band of an inverse ({@link #inverseBand()}) and
     * {@code other} a band matrix, the trace of {@code inverse * other}, such as a smoother's
     * influence trace.
     */
    public double traceOfProduct(BandedSymmetricMatrix other) {
        int w = p + 1;
        double trace = 0;
        for (int row = 0; row < a.length; row += w) {
            trace += a[row] * other.a[row];
            for (int d = 1; d < w; d++) {
                trace += 2 * a[row + d] * other.a[row + d];
            }
        }
        return trace;
    }

    /**
     * The central band of the inverse of the factorized matrix (entries (i, j) with
     * {@code |i - j| <= p}), by the backward recursion of Hutchinson &amp; de Hoog in
     * O(n p<sup>2</sup>): enough for the trace of a smoother's influence matrix and for the
     * variance {@code b' inverse b} of any vector b whose nonzeros span at most p + 1 consecutive
     * entries, such as the B-spline basis values at a point.
     *
     * @return a new band matrix of the same shape holding that band
     */
    public BandedSymmetricMatrix inverseBand() {
        int w = p + 1;
        BandedSymmetricMatrix inverse = new BandedSymmetricMatrix(n, p);
        double[] s = inverse.a;
        double[] column = new double[w];
        for (int i = n - 1; i >= 0; i--) {
            int last = Math.min(n - 1, i + p);
            for (int k = i + 1; k <= last; k++) {
                column[k - i] = a[k * w + (k - i)];
            }
            // entry (j, i), j > i, of the inverse is stored in row j at distance j - i
            for (int j = last; j > i; j--) {
                double sum = 0;
                int rowJ = j * w;
                for (int k = i + 1; k <= j; k++) {
                    sum -= column[k - i] * s[rowJ + (j - k)];
                }
                for (int k = j + 1; k <= last; k++) {
                    sum -= column[k - i] * s[k * w + (k - j)];
                }
                s[rowJ + (j - i)] = sum;
            }
            double diag = 1 / a[i * w];
            for (int k = i + 1; k <= last; k++) {
                diag -= column[k - i] * s[k * w + (k - i)];
            }
            s[i * w] = diag;
        }
        return inverse;
    }
}
