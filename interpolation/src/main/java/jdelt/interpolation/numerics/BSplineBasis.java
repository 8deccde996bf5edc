package jdelt.interpolation.numerics;

/**
 * B-spline basis functions of a given degree on a clamped knot vector, and their derivatives,
 * by the Cox–de Boor recursion (C. de Boor, <i>A Practical Guide to Splines</i>, 1978; algorithms
 * A2.2 and A2.3 of Piegl &amp; Tiller, <i>The NURBS Book</i>, 1997).
 *
 * <p>Holds scratch space, so an instance must not be shared between threads.
 */
public final class BSplineBasis {

    private final int degree;
    private final double[] knots;
    private final int size;

    private final double[] left;
    private final double[] right;
    private final double[][] ndu;
    private final double[][] a;

    /**
     * @param knots the clamped knot vector, not copied: the caller must not change it
     * @param degree the degree of the basis functions
     */
    public BSplineBasis(double[] knots, int degree) {
        this.degree = degree;
        this.knots = knots;
        this.size = knots.length - degree - 1;
        this.left = new double[degree + 1];
        this.right = new double[degree + 1];
        this.ndu = new double[degree + 1][degree + 1];
        this.a = new double[2][degree + 1];
    }

    /** @return the degree of the basis functions */
    public int degree() {
        return degree;
    }

    /** @return the knot vector, not a copy: callers must not change it */
    public double[] knots() {
        return knots;
    }

    /** @return the number of basis functions */
    public int size() {
        return size;
    }

    /**
     * The knot span of {@code x}, searching forward from {@code from}: the largest {@code mu} in
     * {@code [degree, size - 1]} with {@code knots[mu] <= x}. Callers walk sorted points.
     */
    public int span(double x, int from) {
        int mu = Math.max(from, degree);
        while (mu < size - 1 && x >= knots[mu + 1]) {
            mu++;
        }
        return mu;
    }

    /** Writes the {@code degree + 1} non-zero basis functions at {@code x} (functions {@code mu - degree .. mu}). */
    public void values(int mu, double x, double[] out) {
        values(mu, x, degree, out);
    }

    /** Writes the non-zero B-splines of degree {@code q <= degree} on the same knots at {@code x} (functions {@code mu - q .. mu}). */
    private void values(int mu, double x, int q, double[] out) {
        out[0] = 1;
        for (int j = 1; j <= q; j++) {
            left[j] = x - knots[mu + 1 - j];
            right[j] = knots[mu + j] - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                double temp = out[r] / (right[r + 1] + left[j - r]);
                out[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            out[j] = saved;
        }
    }

    /**
     * Writes the derivative of one order of the non-zero basis functions at {@code x}: the values of
     * the B-splines of degree {@code degree - order}, then {@code order} steps of the derivative
     * recurrence {@code N'_{i,p} = p (N_{i,p-1} / (t_{i+p} - t_i) - N_{i+1,p-1} / (t_{i+p+1} - t_{i+1}))}.
     * Cheaper than {@link #derivatives} when only one order is needed.
     *
     * @param out receives {@code degree + 1} values, for functions {@code mu - degree .. mu}
     */
    public void derivative(int mu, double x, int order, double[] out) {
        int q = degree - order;
        values(mu, x, q, out);
        for (int p = q + 1; p <= degree; p++) {
            // downwards, so that out[r - 1] and out[r] still hold degree p - 1 when out[r] is written
            for (int r = p; r >= 0; r--) {
                int i = mu - p + r;
                double value = 0;
                if (r >= 1) {
                    value += out[r - 1] / (knots[i + p] - knots[i]);
                }
                if (r <= p - 1) {
                    value -= out[r] / (knots[i + p + 1] - knots[i + 1]);
                }
                out[r] = p * value;
            }
        }
    }

    /**
     * Writes the derivatives of orders {@code 0..maxOrder} of the non-zero basis functions at
     * {@code x}: {@code ders[d][r]} is the d-th derivative of function {@code mu - degree + r}.
     */
    public void derivatives(int mu, double x, int maxOrder, double[][] ders) {
        int p = degree;
        ndu[0][0] = 1;
        for (int j = 1; j <= p; j++) {
            left[j] = x - knots[mu + 1 - j];
            right[j] = knots[mu + j] - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                ndu[j][r] = right[r + 1] + left[j - r];
                double temp = ndu[r][j - 1] / ndu[j][r];
                ndu[r][j] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            ndu[j][j] = saved;
        }
        for (int j = 0; j <= p; j++) {
            ders[0][j] = ndu[j][p];
        }
        for (int r = 0; r <= p; r++) {
            int s1 = 0;
            int s2 = 1;
            a[0][0] = 1;
            for (int k = 1; k <= maxOrder; k++) {
                double d = 0;
                int rk = r - k;
                int pk = p - k;
                if (r >= k) {
                    a[s2][0] = a[s1][0] / ndu[pk + 1][rk];
                    d = a[s2][0] * ndu[rk][pk];
                }
                int j1 = rk >= -1 ? 1 : -rk;
                int j2 = r - 1 <= pk ? k - 1 : p - r;
                for (int j = j1; j <= j2; j++) {
                    a[s2][j] = (a[s1][j] - a[s1][j - 1]) / ndu[pk + 1][rk + j];
                    d += a[s2][j] * ndu[rk + j][pk];
                }
                if (r <= pk) {
                    a[s2][k] = -a[s1][k - 1] / ndu[pk + 1][r];
                    d += a[s2][k] * ndu[r][pk];
                }
                ders[k][r] = d;
                int swap = s1;
                s1 = s2;
                s2 = swap;
            }
        }
        double factor = p;
        for (int k = 1; k <= maxOrder; k++) {
            for (int j = 0; j <= p; j++) {
                ders[k][j] *= factor;
            }
            factor *= p - k;
        }
    }
}
