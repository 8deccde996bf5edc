package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;

/**
 * A fitted thin-plate spline ({@link ThinPlateSplineInterpolator}) in whitened coordinates z:
 * value, gradient and Hessian are sums over the samples of the radial function's derivatives,
 * {@code ∇φ = (φ'/r) u} and {@code ∇²φ = φ'' û û' + (φ'/r)(I − û û')} with {@code u = z − z_i},
 * plus the quadratic's, and are taken back to the data's coordinates by the chain rule. Exact
 * derivatives of the spline, of total order at most 2. Immutable and thread-safe.
 */
final class ThinPlateSplineFit implements FittedField {

    private final Whitening whitening;
    private final double[][] z;
    private final double[] c;
    private final double[] a;
    private final FitSummary summary;
    private final int d;

    ThinPlateSplineFit(Whitening whitening, double[][] z, double[] c, double[] a, FitSummary summary) {
        this.whitening = whitening;
        this.z = z;
        this.c = c;
        this.a = a;
        this.summary = summary;
        this.d = z[0].length;
    }

    /**
     * The radial function of order 3 and its derivatives: {@code −r⁴ log r} for d = 2 and
     * {@code r³} for d = 3 (signed so that they are conditionally positive definite of order 3).
     *
     * @return {φ(r), φ'(r)/r, φ''(r)}, each 0 at r = 0
     */
    static double[] kernel(double r, int d) {
        if (r == 0) {
            return new double[] {0, 0, 0};
        }
        if (d == 2) {
            double log = Math.log(r);
            double r2 = r * r;
            return new double[] {-r2 * r2 * log, -(4 * r2 * log + r2), -(12 * r2 * log + 7 * r2)};
        }
        return new double[] {r * r * r, 3 * r, 6 * r};
    }

    /** @return {1, z_1..z_d, z_a z_b for a ≤ b}: the quadratic null space */
    static double[] monomials(double[] z) {
        int d = z.length;
        double[] m = new double[1 + d + d * (d + 1) / 2];
        m[0] = 1;
        System.arraycopy(z, 0, m, 1, d);
        int t = 1 + d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                m[t++] = z[i] * z[j];
            }
        }
        return m;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int maxOrder() {
        return 2;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public double value(double[] point) {
        Partials.checkPoint(point, d, "point");
        double[] p = whitening.apply(point);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += c[i] * kernel(ThinPlateSplineInterpolator.distance(p, z[i]), d)[0];
        }
        double[] m = monomials(p);
        for (int k = 0; k < m.length; k++) {
            sum += a[k] * m[k];
        }
        return sum;
    }

    @Override
    public double[] gradient(double[] point) {
        Partials.checkPoint(point, d, "point");
        double[] p = whitening.apply(point);
        double[] g = new double[d];
        for (int i = 0; i < z.length; i++) {
            double f = c[i] * kernel(ThinPlateSplineInterpolator.distance(p, z[i]), d)[1];
            for (int j = 0; j < d; j++) {
                g[j] += f * (p[j] - z[i][j]);
            }
        }
        int t = 1 + d;
        for (int j = 0; j < d; j++) {
            g[j] += a[1 + j];
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                g[i] += a[t] * p[j];
                g[j] += a[t] * p[i];
                t++;
            }
        }
        return whitening.pullBack(g);
    }

    @Override
    public double[][] hessian(double[] point) {
        Partials.checkPoint(point, d, "point");
        double[] p = whitening.apply(point);
        double[][] h = new double[d][d];
        double[] u = new double[d];
        for (int i = 0; i < z.length; i++) {
            double r = ThinPlateSplineInterpolator.distance(p, z[i]);
            if (r == 0) {
                continue;
            }
            double[] k = kernel(r, d);
            for (int j = 0; j < d; j++) {
                u[j] = (p[j] - z[i][j]) / r;
            }
            for (int x = 0; x < d; x++) {
                for (int y = 0; y < d; y++) {
                    h[x][y] += c[i] * ((k[2] - k[1]) * u[x] * u[y] + (x == y ? k[1] : 0));
                }
            }
        }
        int t = 1 + d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                h[i][j] += a[t];
                h[j][i] += a[t];
                t++;
            }
        }
        return whitening.pullBack(h);
    }

    @Override
    public double derivative(double[] point, int... orders) {
        return Partials.upToSecond(this, point, Partials.checkOrders(orders, d, maxOrder()));
    }
}
