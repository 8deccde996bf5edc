package jdelt.interpolation.multivariate;

import java.util.Arrays;

/**
 * The kernel of local quadratic regression in d dimensions (Cleveland &amp; Devlin, "Locally
 * weighted regression", JASA 83, 1988; Ruppert &amp; Wand, "Multivariate locally weighted least
 * squares regression", Ann. Statist. 22, 1994): at a point p, the k nearest samples under the
 * model's metric, tricube weights {@code (1 − (r/h)³)³} with h the distance of the (k+1)-th, and
 * a weighted least-squares fit of the full quadratic {@code c0 + Σ c_j u_j + Σ_{a≤b} c_ab u_a u_b}
 * in {@code u = x − p}. The fit's value, gradient and Hessian at p are its coefficients, so the
 * partials are exact derivatives of the local polynomial, mixed ones included.
 *
 * <p>Distances are measured after {@link Metric#MAHALANOBIS} whitening by the points' covariance
 * (neighbourhoods, and so the partials, then transform exactly as the chain rule says under any
 * affine change of coordinates: rotation, and shifting or scaling of each axis), or in the
 * coordinates as given ({@link Metric#EUCLIDEAN}, isotropic; rotation-equivariant only). Samples
 * may carry robustness weights multiplying their kernel weights ({@link #withRobustness}). Immutable.
 */
final class LocalQuadraticModel {

    /** How distances between points are measured. */
    enum Metric { MAHALANOBIS, EUCLIDEAN }

    /** Relative pivot below which the local normal equations count as singular. */
    private static final double SINGULAR = 1e-12;

    final double[][] points;
    final double[] values;
    final int d;
    final int terms;
    final Metric metric;
    private final Whitening whitening;
    private final double[][] whitened;
    private final KdTree tree;
    /** Per-sample robustness weights multiplying the kernel weights, or null for none. */
    private final double[] robustness;

    LocalQuadraticModel(double[][] points, double[] values, Metric metric) {
        this.points = Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
        this.values = values.clone();
        this.metric = metric;
        int n = points.length;
        d = points[0].length;
        terms = 1 + d + d * (d + 1) / 2;
        whitening = metric == Metric.MAHALANOBIS ? Whitening.mahalanobis(points) : Whitening.isotropic(points);
        whitened = new double[n][];
        for (int i = 0; i < n; i++) {
            whitened[i] = whiten(this.points[i]);
        }
        tree = new KdTree(whitened);
        robustness = null;
    }

    private LocalQuadraticModel(LocalQuadraticModel m, double[] robustness) {
        points = m.points;
        values = m.values;
        metric = m.metric;
        d = m.d;
        terms = m.terms;
        whitening = m.whitening;
        whitened = m.whitened;
        tree = m.tree;
        this.robustness = robustness;
    }

    /** @return sample i's robustness weight (1 without robustness weights) */
    double robustness(int i) {
        return robustness == null ? 1 : robustness[i];
    }

    /**
     * @param weights one weight in [0, 1] per sample, multiplying its kernel weight in every fit
     * @return this model with those robustness weights (the data and neighbour search are shared)
     */
    LocalQuadraticModel withRobustness(double[] weights) {
        return new LocalQuadraticModel(this, weights.clone());
    }

    private double[] whiten(double[] x) {
        return whitening.apply(x);
    }

    /**
     * Fits the local quadratic at p.
     *
     * @param p the point
     * @param k the neighbours in the kernel, at most n − 1
     * @param leverage if not null, receives at [0] the weight of a sample at p itself in the fitted
     *     value there (the diagonal of the smoother matrix, for leave-one-out cross-validation;
     *     meaningful when p is a sample)
     * @return the value, the d first partials, then the second partials (a, b), a ≤ b, row by row
     * @throws IllegalArgumentException if the neighbourhood does not determine a quadratic even at n − 1 neighbours
     */
    double[] fitAt(double[] p, int k, double[] leverage) {
        int n = points.length;
        for (int neighbours = k; ; neighbours = Math.min(n - 1, 2 * neighbours)) {
            double[] c = tryFit(p, neighbours, leverage);
            if (c != null) {
                return c;
            }
            if (neighbours == n - 1) {
                throw new IllegalArgumentException("local-quadratic: the points near " + Arrays.toString(p)
                        + " do not determine a quadratic in " + d + " dimensions");
            }
        }
    }

    private double[] tryFit(double[] p, int k, double[] leverage) {
        int[] idx = new int[k + 1];
        double[] d2 = new double[k + 1];
        tree.nearest(whiten(p), k + 1, idx, d2);
        double h = Math.sqrt(d2[k]);
        if (!(h > 0)) {
            return null;
        }
        double[] m = new double[terms * terms];
        double[] rhs = new double[terms];
        double[] x = new double[terms];
        for (int r = 0; r < k; r++) {
            double t = Math.sqrt(d2[r]) / h;
            double w = 1 - t * t * t;
            w = w * w * w;
            if (robustness != null) {
                w *= robustness[idx[r]];
            }
            if (!(w > 0)) {
                continue;
            }
            basis(points[idx[r]], p, h, x);
            double wy = w * values[idx[r]];
            for (int a = 0; a < terms; a++) {
                double wa = w * x[a];
                rhs[a] += wy * x[a];
                for (int b = 0; b <= a; b++) {
                    m[a * terms + b] += wa * x[b];
                }
            }
        }
        if (!choleskyInPlace(m, terms)) {
            return null;
        }
        double[] c = solve(m, terms, rhs);
        if (leverage != null) {
            double[] e0 = new double[terms];
            e0[0] = 1;
            double self = robustness != null && d2[0] == 0 ? robustness[idx[0]] : 1;
            leverage[0] = self * solve(m, terms, e0)[0];
        }
        double[] out = new double[terms];
        out[0] = c[0];
        for (int j = 0; j < d; j++) {
            out[1 + j] = c[1 + j] / (h * whitening.scale(j));
        }
        int t = 1 + d;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                out[t] = (a == b ? 2 : 1) * c[t] / (h * h * whitening.scale(a) * whitening.scale(b));
                t++;
            }
        }
        return out;
    }

    /** The quadratic terms of {@code u = (x − p) / (h · scale)}. */
    private void basis(double[] x, double[] p, double h, double[] out) {
        out[0] = 1;
        for (int j = 0; j < d; j++) {
            out[1 + j] = (x[j] - p[j]) / (h * whitening.scale(j));
        }
        int t = 1 + d;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                out[t++] = out[1 + a] * out[1 + b];
            }
        }
    }

    /** Cholesky factorisation of the lower triangle of m (row-major, q × q) in place. */
    private static boolean choleskyInPlace(double[] m, int q) {
        double largest = 0;
        for (int i = 0; i < q; i++) {
            largest = Math.max(largest, m[i * q + i]);
        }
        for (int j = 0; j < q; j++) {
            double diag = m[j * q + j];
            for (int k = 0; k < j; k++) {
                diag -= m[j * q + k] * m[j * q + k];
            }
            if (!(diag > SINGULAR * largest)) {
                return false;
            }
            diag = Math.sqrt(diag);
            m[j * q + j] = diag;
            for (int i = j + 1; i < q; i++) {
                double s = m[i * q + j];
                for (int k = 0; k < j; k++) {
                    s -= m[i * q + k] * m[j * q + k];
                }
                m[i * q + j] = s / diag;
            }
        }
        return true;
    }

    /** Solves L L' c = b with the factor of {@link #choleskyInPlace}. */
    private static double[] solve(double[] l, int q, double[] b) {
        double[] z = b.clone();
        for (int i = 0; i < q; i++) {
            for (int k = 0; k < i; k++) {
                z[i] -= l[i * q + k] * z[k];
            }
            z[i] /= l[i * q + i];
        }
        for (int i = q - 1; i >= 0; i--) {
            for (int k = i + 1; k < q; k++) {
                z[i] -= l[k * q + i] * z[k];
            }
            z[i] /= l[i * q + i];
        }
        return z;
    }
}
