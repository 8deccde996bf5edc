package jdelt.interpolation.multivariate;

/**
 * An affine map {@code z = A (x − mean)} that makes distances between points independent of how
 * their coordinates were shifted, scaled or rotated: with A the inverse Cholesky factor of the
 * points' covariance, {@code |z − z'|} is the Mahalanobis distance (P. C. Mahalanobis, 1936); with
 * A a multiple of the identity, distances are Euclidean in the coordinates given, in units of the
 * points' root-mean-square spread. Immutable.
 */
final class Whitening {

    private final double[] mean;
    private final double[][] a;
    private final double[] scale;

    private Whitening(double[] mean, double[][] a, double[] scale) {
        this.mean = mean;
        this.a = a;
        this.scale = scale;
    }

    /** @return the Mahalanobis whitening of points that span their dimension */
    static Whitening mahalanobis(double[][] points) {
        double[] mean = mean(points);
        double[][] cov = covariance(points, mean);
        int d = mean.length;
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(cov[j][j]);
        }
        return new Whitening(mean, inverseLower(choleskyLower(cov)), scale);
    }

    /** @return the isotropic scaling by the points' root-mean-square spread per axis */
    static Whitening isotropic(double[][] points) {
        double[] mean = mean(points);
        double[][] cov = covariance(points, mean);
        int d = mean.length;
        double trace = 0;
        for (int j = 0; j < d; j++) {
            trace += cov[j][j];
        }
        double s = Math.sqrt(trace / d);
        double[][] a = new double[d][d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            a[j][j] = 1 / s;
            scale[j] = s;
        }
        return new Whitening(mean, a, scale);
    }

    /** @return {@code A (x − mean)} */
    double[] apply(double[] x) {
        int d = mean.length;
        double[] z = new double[d];
        for (int r = 0; r < d; r++) {
            double s = 0;
            for (int c = 0; c <= r; c++) {
                s += a[r][c] * (x[c] - mean[c]);
            }
            z[r] = s;
        }
        return z;
    }

    /** @return a gradient in z turned into one in x: {@code A' g} */
    double[] pullBack(double[] g) {
        int d = mean.length;
        double[] out = new double[d];
        for (int c = 0; c < d; c++) {
            for (int r = c; r < d; r++) {
                out[c] += a[r][c] * g[r];
            }
        }
        return out;
    }

    /** @return a Hessian in z turned into one in x: {@code A' H A}, made exactly symmetric */
    double[][] pullBack(double[][] h) {
        int d = mean.length;
        double[][] ha = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                for (int k = c; k < d; k++) {
                    ha[r][c] += h[r][k] * a[k][c];
                }
            }
        }
        double[][] out = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                for (int k = r; k < d; k++) {
                    out[r][c] += a[k][r] * ha[k][c];
                }
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < r; c++) {
                double m = 0.5 * (out[r][c] + out[c][r]);
                out[r][c] = m;
                out[c][r] = m;
            }
        }
        return out;
    }

    /** @return the spread of axis j, a length that makes its coordinate differences of order 1 */
    double scale(int j) {
        return scale[j];
    }

    private static double[] mean(double[][] points) {
        int d = points[0].length;
        double[] mean = new double[d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                mean[j] += p[j] / points.length;
            }
        }
        return mean;
    }

    private static double[][] covariance(double[][] points, double[] mean) {
        int d = mean.length;
        double[][] cov = new double[d][d];
        for (double[] p : points) {
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    cov[r][c] += (p[r] - mean[r]) * (p[c] - mean[c]) / points.length;
                }
            }
        }
        return cov;
    }

    /** The lower Cholesky factor of a symmetric positive definite matrix (the points span d dimensions). */
    private static double[][] choleskyLower(double[][] m) {
        int d = m.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            double diag = m[j][j];
            for (int k = 0; k < j; k++) {
                diag -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(diag);
            for (int i = j + 1; i < d; i++) {
                double s = m[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** The inverse of a lower-triangular matrix, by forward substitution; lower-triangular too. */
    private static double[][] inverseLower(double[][] l) {
        int d = l.length;
        double[][] inv = new double[d][d];
        for (int c = 0; c < d; c++) {
            for (int i = c; i < d; i++) {
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    s -= l[i][k] * inv[k][c];
                }
                inv[i][c] = s / l[i][i];
            }
        }
        return inv;
    }
}
