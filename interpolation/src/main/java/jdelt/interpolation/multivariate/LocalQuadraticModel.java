package jdelt.interpolation.multivariate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel of local polynomial regression in d dimensions (Cleveland &amp; Devlin, "Locally
 * weighted regression", JASA 83, 1988; Ruppert &amp; Wand, "Multivariate locally weighted least
 * squares regression", Ann. Statist. 22, 1994): at a point p, the k nearest samples under the
 * model's metric, tricube weights {@code (1 − (r/h)³)³} with h the distance of the (k+1)-th, and
 * a weighted least-squares fit of the full polynomial of total degree 2 (or 3) in
 * {@code u = x − p}: {@code Σ_α c_α u^α} over the multi-indices |α| ≤ degree. The partial
 * {@code ∂^α f(p)} is {@code α! c_α}, so one fit gives the value, the gradient, the Hessian (and
 * with degree 3 the third partials) as exact derivatives of the local polynomial, mixed ones included.
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
    final int degree;
    /** The number of monomials of total degree at most {@link #degree}. */
    final int terms;
    final Metric metric;
    /**
     * The monomials' exponents, by total degree, then as the axis combinations a ≤ b ≤ .. in
     * lexicographic order (so value, gradient, then the Hessian's upper triangle row by row).
     */
    final int[][] exponents;
    /** For each monomial beyond the constant, the monomial it is {@code u[axisOf[t]]} times. */
    private final int[] parent;
    private final int[] axisOf;
    private final Whitening whitening;
    private final KdTree tree;
    /** The samples' coordinates and values in the tree's order, {@code d} coordinates per sample. */
    private final double[] sortedPoints;
    private final double[] sortedValues;
    /** Robustness weights multiplying the kernel weights, by sample and in the tree's order, or null for none. */
    private final double[] weights;
    private final double[] robustness;

    LocalQuadraticModel(double[][] points, double[] values, Metric metric, int degree) {
        this.points = Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
        this.values = values.clone();
        this.metric = metric;
        this.degree = degree;
        int n = points.length;
        d = points[0].length;
        List<int[]> combos = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        combos.add(new int[0]);
        parents.add(-1);
        for (int from = 0, order = 1; order <= degree; order++) {
            int to = combos.size();
            for (int c = from; c < to; c++) {
                int[] combo = combos.get(c);
                for (int a = combo.length == 0 ? 0 : combo[combo.length - 1]; a < d; a++) {
                    int[] next = Arrays.copyOf(combo, combo.length + 1);
                    next[combo.length] = a;
                    combos.add(next);
                    parents.add(c);
                }
            }
            from = to;
        }
        terms = combos.size();
        exponents = new int[terms][d];
        parent = new int[terms];
        axisOf = new int[terms];
        for (int t = 0; t < terms; t++) {
            int[] combo = combos.get(t);
            for (int a : combo) {
                exponents[t][a]++;
            }
            parent[t] = parents.get(t);
            axisOf[t] = combo.length == 0 ? -1 : combo[combo.length - 1];
        }
        whitening = metric == Metric.MAHALANOBIS ? Whitening.mahalanobis(points) : Whitening.isotropic(points);
        double[][] whitened = new double[n][];
        for (int i = 0; i < n; i++) {
            whitened[i] = whitening.apply(this.points[i]);
        }
        tree = new KdTree(whitened);
        int[] order = tree.order();
        sortedPoints = new double[n * d];
        sortedValues = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(this.points[order[r]], 0, sortedPoints, r * d, d);
            sortedValues[r] = values[order[r]];
        }
        weights = null;
        robustness = null;
    }

    private LocalQuadraticModel(LocalQuadraticModel m, double[] weights, double[] robustness) {
        points = m.points;
        values = m.values;
        metric = m.metric;
        d = m.d;
        degree = m.degree;
        terms = m.terms;
        exponents = m.exponents;
        parent = m.parent;
        axisOf = m.axisOf;
        whitening = m.whitening;
        tree = m.tree;
        sortedPoints = m.sortedPoints;
        sortedValues = m.sortedValues;
        this.robustness = robustness;
        this.weights = weights;
    }

    /** @return the number of monomials of total degree at most {@code degree} in d variables */
    static int terms(int d, int degree) {
        int t = 1;
        for (int k = 1; k <= degree; k++) {
            t = t * (d + k) / k;
        }
        return t;
    }

    /** @return the position of the monomial with these exponents, or −1 if its total degree is too high */
    int term(int[] orders) {
        for (int t = 0; t < terms; t++) {
            if (Arrays.equals(exponents[t], orders)) {
                return t;
            }
        }
        return -1;
    }

    /** @return sample i's robustness weight (1 without robustness weights) */
    double robustness(int i) {
        return weights == null ? 1 : weights[i];
    }

    /**
     * @param weights one weight in [0, 1] per sample, multiplying its kernel weight in every fit
     * @return this model with those robustness weights (the data and neighbour search are shared)
     */
    LocalQuadraticModel withRobustness(double[] weights) {
        int[] order = tree.order();
        double[] sorted = new double[order.length];
        for (int r = 0; r < order.length; r++) {
            sorted[r] = weights[order[r]];
        }
        return new LocalQuadraticModel(this, weights.clone(), sorted);
    }

    /** Scratch space of one thread's fits, reused from fit to fit. */
    final class Scratch {
        private final Neighbours neighbours = new Neighbours();
        private final double[] m = new double[terms * terms];
        private final double[] rhs = new double[terms];
        private final double[] x = new double[terms + 1];
        private final double[] packed = new double[(terms + 1) * (terms + 2) / 2];
        private final double[] e0 = new double[terms];
        /** Receives the leverage of the last fit at a sample (see {@link #fitAt}). */
        double leverage;
    }

    /** @return fresh scratch space for one thread */
    Scratch scratch() {
        return new Scratch();
    }

    /**
     * Fits the local polynomial at p.
     *
     * @param p the point
     * @param k the neighbours in the kernel, at most n − 1
     * @param self the index of the sample at p, whose weight in its own fitted value (the diagonal
     *     of the smoother matrix, for leave-one-out cross-validation) goes to
     *     {@code scratch.leverage}; −1 when p is not a sample or the leverage is not wanted
     * @param scratch this thread's scratch space
     * @return the partials {@code ∂^α f(p)} in the order of {@link #exponents}
     * @throws IllegalArgumentException if the neighbourhood does not determine the polynomial even at n − 1 neighbours
     */
    double[] fitAt(double[] p, int k, int self, Scratch scratch) {
        int n = points.length;
        double[] z = whitening.apply(p);
        for (int neighbours = k; ; neighbours = Math.min(n - 1, 2 * neighbours)) {
            double[] c = tryFit(p, z, neighbours, self, scratch);
            if (c != null) {
                return c;
            }
            if (neighbours == n - 1) {
                throw new IllegalArgumentException("local-quadratic: the points near " + Arrays.toString(p)
                        + " do not determine a polynomial of degree " + degree + " in " + d + " dimensions");
            }
        }
    }

    private double[] tryFit(double[] p, double[] z, int k, int self, Scratch s) {
        Neighbours near = s.neighbours;
        tree.nearestUnordered(z, k + 1, near);
        double h2 = near.distance[k];
        double h = Math.sqrt(h2);
        if (!(h > 0)) {
            return null;
        }
        double[] m = s.m;
        double[] rhs = s.rhs;
        double[] x = s.x;
        double[] packed = s.packed;
        Arrays.fill(packed, 0);
        double[] inverseScale = new double[d];
        for (int j = 0; j < d; j++) {
            inverseScale[j] = 1 / (h * whitening.scale(j));
        }
        int[] idx = near.index;
        double[] d2 = near.distance;
        for (int r = 0; r < k; r++) {
            double u = d2[r] / h2;
            double w = 1 - u * Math.sqrt(u);
            w = w * w * w;
            int i = idx[r];
            if (robustness != null) {
                w *= robustness[i];
            }
            if (!(w > 0)) {
                continue;
            }
            int base = i * d;
            x[0] = 1;
            for (int t = 1; t < terms; t++) {
                int a = axisOf[t];
                x[t] = x[parent[t]] * (sortedPoints[base + a] - p[a]) * inverseScale[a];
            }
            x[terms] = sortedValues[i];
            // the lower triangle of [X y]' W [X y], packed row by row: X'WX, then y'WX last
            int e = 0;
            for (int a = 0; a <= terms; a++) {
                double wa = w * x[a];
                for (int b = 0; b <= a; b++) {
                    packed[e++] += wa * x[b];
                }
            }
        }
        int e = 0;
        for (int a = 0; a < terms; a++) {
            for (int b = 0; b <= a; b++) {
                m[a * terms + b] = packed[e++];
            }
        }
        for (int b = 0; b < terms; b++) {
            rhs[b] = packed[e++];
        }
        if (!choleskyInPlace(m, terms)) {
            return null;
        }
        double[] c = solve(m, terms, rhs.clone());
        if (self >= 0) {
            Arrays.fill(s.e0, 0);
            s.e0[0] = 1;
            s.leverage = robustness(self) * solve(m, terms, s.e0)[0];
        }
        for (int t = 1; t < terms; t++) {
            double f = c[t];
            for (int j = 0; j < d; j++) {
                for (int power = 1; power <= exponents[t][j]; power++) {
                    f *= power * inverseScale[j];
                }
            }
            c[t] = f;
        }
        return c;
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

    /** Solves L L' c = b in place with the factor of {@link #choleskyInPlace}; returns b. */
    private static double[] solve(double[] l, int q, double[] z) {
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
