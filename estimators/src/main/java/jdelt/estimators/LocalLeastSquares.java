package jdelt.estimators;

/**
 * The unweighted least-squares polynomial over a window of consecutive samples, the local fit
 * behind the Savitzky–Golay filter (A. Savitzky and M. J. E. Golay, Anal. Chem. 36 (1964)
 * 1627–1639), evaluated with its derivatives at any point, together with the hat-matrix diagonal
 * of a sample there. Also finds the window of the {@code k} samples nearest to a point and slides
 * it along sorted points. Stateless: static methods only.
 */
final class LocalLeastSquares {

    private LocalLeastSquares() {
    }

    /**
     * First index of the {@code k} consecutive samples nearest to {@code z} (ties go left),
     * searched from {@code start}, which should be close (for sorted arguments, the previous answer).
     *
     * @param x the sorted abscissae
     * @param k the window size, at most {@code x.length}
     * @param z the evaluation point (finite)
     * @param start a first guess in {@code [0, n-k]}
     * @return the first index of the nearest window
     */
    static int nearestWindow(double[] x, int k, double z, int start) {
        int a = start;
        int last = x.length - k;
        while (a < last && x[a + k] - z < z - x[a]) {
            a++;
        }
        while (a > 0 && z - x[a - 1] <= x[a + k - 1] - z) {
            a--;
        }
        return a;
    }

    /**
     * A first guess for {@link #nearestWindow}: the window centred by index on the sample at or
     * just below {@code z}, found by bisection.
     */
    static int guess(double[] x, int k, double z) {
        int i = java.util.Arrays.binarySearch(x, z);
        int below = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(x.length - k, below - k / 2));
    }

    /**
     * Fits the least-squares polynomial of the given degree to the window and returns its
     * derivatives at {@code z}. The normal equations are formed in the variable
     * {@code t = (x - c) / r} centred on the window ({@code c} its midpoint, {@code r} its
     * half-width), where they are well conditioned, and the polynomial is then evaluated at
     * {@code z}.
     *
     * @param x the abscissae
     * @param y the ordinates
     * @param a the first index of the window
     * @param k the window size, more than {@code degree}
     * @param z the evaluation point
     * @param degree the polynomial degree
     * @param maxOrder the highest derivative wanted, at most {@code degree}
     * @param out receives the derivatives of orders 0 to {@code maxOrder} at {@code z}; when it has
     *     room for one more entry, that entry receives the hat diagonal of a sample at {@code z}:
     *     {@code p(z)' G^-1 p(z)}, with {@code p(z)} the powers of {@code t} at {@code z}
     */
    static void fit(double[] x, double[] y, int a, int k, double z, int degree, int maxOrder, double[] out) {
        int m = degree + 1;
        double centre = 0.5 * (x[a] + x[a + k - 1]);
        double radius = 0.5 * (x[a + k - 1] - x[a]);
        double[] moments = new double[2 * degree + 1];
        double[] rhs = new double[m];
        for (int j = a; j < a + k; j++) {
            double t = (x[j] - centre) / radius;
            double p = 1;
            for (int q = 0; q <= 2 * degree; q++) {
                moments[q] += p;
                if (q < m) {
                    rhs[q] += p * y[j];
                }
                p *= t;
            }
        }
        solve(moments, rhs, m, maxOrder, (z - centre) / radius, radius, out);
    }

    /**
     * Solves the normal equations {@code G c = rhs}, {@code G[p][q] = moments[p+q]}, by Cholesky
     * factorisation, and evaluates the polynomial {@code sum c_q t^q} and its derivatives at
     * {@code tz}, converted to x units with {@code dt/dx = 1 / radius}.
     */
    static void solve(double[] moments, double[] rhs, int m, int maxOrder, double tz, double radius,
            double[] out) {
        double[] l = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = moments[i + j];
                for (int q = 0; q < j; q++) {
                    sum -= l[i * m + q] * l[j * m + q];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalStateException("singular local least-squares system");
                    }
                    l[i * m + i] = Math.sqrt(sum);
                } else {
                    l[i * m + j] = sum / l[j * m + j];
                }
            }
        }
        double[] c = backSolve(l, m, forwardSolve(l, m, rhs));
        double unit = 1;
        for (int order = 0; order <= maxOrder; order++) {
            double v = 0;
            for (int q = m - 1; q >= order; q--) {
                double falling = 1;
                for (int r = 0; r < order; r++) {
                    falling *= q - r;
                }
                v = v * tz + falling * c[q];
            }
            out[order] = v / unit;
            unit *= radius;
        }
        if (out.length > maxOrder + 1) {
            double[] powers = new double[m];
            powers[0] = 1;
            for (int q = 1; q < m; q++) {
                powers[q] = powers[q - 1] * tz;
            }
            double hat = 0;
            for (double v : forwardSolve(l, m, powers)) {
                hat += v * v;
            }
            out[maxOrder + 1] = hat;
        }
    }

    private static double[] forwardSolve(double[] l, int m, double[] b) {
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = b[i];
            for (int q = 0; q < i; q++) {
                sum -= l[i * m + q] * v[q];
            }
            v[i] = sum / l[i * m + i];
        }
        return v;
    }

    private static double[] backSolve(double[] l, int m, double[] v) {
        double[] c = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double sum = v[i];
            for (int q = i + 1; q < m; q++) {
                sum -= l[q * m + i] * c[q];
            }
            c[i] = sum / l[i * m + i];
        }
        return c;
    }
}
