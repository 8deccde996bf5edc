package jdelt.interpolation.spline;

import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.BSplineBasis;
import jdelt.interpolation.numerics.BandedSymmetricMatrix;

/**
 * The banded normal equations of a penalized spline on one knot set,
 * {@code (B'WB + lambda Omega) c = B'Wy} with {@code Omega[i][j] = integral of B_i^(m) B_j^(m)},
 * and the smoothing-parameter criteria evaluated from them in linear time: generalized
 * cross-validation (Craven &amp; Wahba, Numer. Math. 31, 1979) with the influence-matrix trace of
 * Hutchinson &amp; de Hoog (1985), and the restricted likelihood (REML, Wahba's GML: Ann. Statist.
 * 13, 1985; Wood, J. R. Stat. Soc. B 73, 2011).
 *
 * <p>The penalty is the exact integral of the squared m-th derivative (O'Sullivan's penalized
 * spline, Statist. Sci. 1, 1986), computed by m-point Gauss–Legendre quadrature on each knot
 * interval, which is exact for the degree-(2m-2) integrand (and, where the penalty is relaxed
 * towards the ends, integrates the relaxation weight to the order of the rule).
 */
final class PenalizedSplineSystem {

    private static final double[][] GAUSS_NODES = {{}, {0}, {-1 / Math.sqrt(3), 1 / Math.sqrt(3)},
        {-Math.sqrt(0.6), 0, Math.sqrt(0.6)}};
    private static final double[][] GAUSS_WEIGHTS = {{}, {2}, {1, 1}, {5.0 / 9, 8.0 / 9, 5.0 / 9}};
    /** Below this share of {@code y'Wy}, the residual sum of squares is summed from the residuals. */
    private static final double CANCELLATION = 1e-8;
    /** Samples per basis function from which the Gram matrix is summed through moments. */
    private static final double MOMENTS_FROM = 8;
    /** The highest degree whose moments {@link #accumulateByMoments} sums (2 degree + 1 of them). */
    private static final int MOMENTS_MAX_DEGREE = 5;

    final BSplineBasis basis;
    /** Order of the penalized derivative; the penalty's null space is the polynomials of degree below m. */
    final int m;
    final int n;
    final BandedSymmetricMatrix gram;
    final BandedSymmetricMatrix penalty;
    final double[] rhs;
    final double yWy;
    /** Scratch for the factorized system: one fit uses a system from one thread only. */
    private final BandedSymmetricMatrix work;
    private final double[] u;
    private final double[] y;
    private final double[] w;

    /**
     * @param u abscissae, increasing, in the units the knots are given in
     * @param y centred ordinates
     * @param w weights
     * @param knots the clamped knot vector
     * @param degree the spline degree, {@code 2m - 1}
     */
    PenalizedSplineSystem(double[] u, double[] y, double[] w, double[] knots, int degree) {
        this.basis = new BSplineBasis(knots, degree);
        this.m = (degree + 1) / 2;
        this.n = u.length;
        this.u = u;
        this.y = y;
        this.w = w;
        int dim = basis.size();
        this.gram = new BandedSymmetricMatrix(dim, degree);
        this.penalty = new BandedSymmetricMatrix(dim, degree);
        this.rhs = new double[dim];
        this.yWy = samplesPerBasis(n, dim) >= MOMENTS_FROM && degree <= MOMENTS_MAX_DEGREE
                ? accumulateByMoments(u, y, w) : accumulate(u, y, w);
        this.work = new BandedSymmetricMatrix(dim, degree);
        fillPenalty(knots, degree, 0, 0);
    }

    private PenalizedSplineSystem(PenalizedSplineSystem sums, double boundary, double power) {
        this.basis = sums.basis;
        this.m = sums.m;
        this.n = sums.n;
        this.u = sums.u;
        this.y = sums.y;
        this.w = sums.w;
        this.gram = sums.gram;
        this.rhs = sums.rhs;
        this.yWy = sums.yWy;
        int dim = basis.size();
        this.penalty = new BandedSymmetricMatrix(dim, basis.degree());
        this.work = new BandedSymmetricMatrix(dim, basis.degree());
        fillPenalty(basis.knots(), basis.degree(), boundary, power);
    }

    /**
     * The same data and knots with the penalty relaxed towards the ends ({@link #relaxation}): the
     * Gram matrix and right-hand side, which do not depend on the penalty, are shared, not summed
     * again (the penalty is summed anew: corrected from the plain one, it would cancel catastrophically
     * at the ends of log-spaced samples, where tiny intervals carry huge penalty entries).
     *
     * @param boundary the relaxation width in knot units
     * @param power the power of the relaxation
     * @return the system with that penalty
     */
    PenalizedSplineSystem relaxed(double boundary, double power) {
        return new PenalizedSplineSystem(this, boundary, power);
    }

    /**
     * The weight of the penalty at {@code u}: {@code min(1, d / boundary)^power}, d the distance to
     * the nearer end, so the penalty fades towards the ends (relaxed boundary smoothing, Oehlert,
     * Ann. Statist. 20, 1992). The plain penalty forces the natural boundary conditions
     * {@code f^(m) = ... = f^(2m-2) = 0} at the ends, which biases the derivatives there; relaxing it
     * over about a bandwidth lets the end pieces follow the data.
     */
    static double relaxation(double u, double lo, double hi, double boundary, double power) {
        if (boundary <= 0) {
            return 1;
        }
        double d = Math.min(u - lo, hi - u) / boundary;
        return d >= 1 ? 1 : Math.pow(Math.max(d, 0), power);
    }

    private static double samplesPerBasis(int n, int dim) {
        return (double) n / dim;
    }

    /** Adds each sample's outer product of basis values to the Gram matrix; returns {@code y'Wy}. */
    private double accumulate(double[] u, double[] y, double[] w) {
        int degree = basis.degree();
        double[] values = new double[degree + 1];
        double sumYwy = 0;
        int mu = degree;
        for (int i = 0; i < n; i++) {
            mu = basis.span(u[i], mu);
            basis.values(mu, u[i], values);
            int first = mu - degree;
            for (int r = 0; r <= degree; r++) {
                double wr = w[i] * values[r];
                rhs[first + r] += wr * y[i];
                for (int s = 0; s <= r; s++) {
                    gram.add(first + r, first + s, wr * values[s]);
                }
            }
            sumYwy += w[i] * y[i] * y[i];
        }
        return sumYwy;
    }

    /**
     * Same sums as {@link #accumulate} for many samples per knot interval: on each interval the
     * basis functions are polynomials in {@code s = (u - t_mu) / h}, so the sums only need the
     * weighted moments {@code sum w s^j} and {@code sum w y s^j} of the interval's samples, which
     * cost a few multiplications per sample and no division.
     */
    private double accumulateByMoments(double[] u, double[] y, double[] w) {
        int degree = basis.degree();
        int k1 = degree + 1;
        double[] knots = basis.knots();
        double[][] ders = new double[k1][k1];
        double[][] poly = new double[k1][k1];
        double[] moments = new double[2 * degree + 1];
        double[] momentsY = new double[k1];
        double[][] half = new double[k1][k1];
        double sumYwy = 0;
        int i = 0;
        for (int mu = degree; mu < basis.size() && i < n; mu++) {
            double lo = knots[mu];
            double hi = knots[mu + 1];
            boolean last = mu == basis.size() - 1;
            if (!(hi > lo) || u[i] >= hi && !last) {
                continue;
            }
            double inverseWidth = 1 / (hi - lo);
            // the moments sum w s^j (j <= 10) and sum w y s^j (j <= 5) in scalars, the powers of s
            // in short chains; a cubic leaves the highest ones unused
            double m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0, m8 = 0, m9 = 0, m10 = 0;
            double y0 = 0, y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0;
            for (; i < n && (u[i] < hi || last); i++) {
                double s = (u[i] - lo) * inverseWidth;
                double s2 = s * s;
                double s4 = s2 * s2;
                double p0 = w[i];
                double p1 = p0 * s;
                double p2 = p0 * s2;
                double p3 = p1 * s2;
                double p4 = p0 * s4;
                double p5 = p1 * s4;
                double p6 = p2 * s4;
                double p7 = p3 * s4;
                double p8 = p4 * s4;
                double yi = y[i];
                m0 += p0;
                m1 += p1;
                m2 += p2;
                m3 += p3;
                m4 += p4;
                m5 += p5;
                m6 += p6;
                m7 += p7;
                m8 += p8;
                m9 += p5 * s4;
                m10 += p6 * s4;
                y0 += p0 * yi;
                y1 += p1 * yi;
                y2 += p2 * yi;
                y3 += p3 * yi;
                y4 += p4 * yi;
                y5 += p5 * yi;
                sumYwy += p0 * yi * yi;
            }
            double[] all = {m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10};
            double[] allY = {y0, y1, y2, y3, y4, y5};
            System.arraycopy(all, 0, moments, 0, moments.length);
            System.arraycopy(allY, 0, momentsY, 0, momentsY.length);
            // poly[r][j]: coefficient of s^j of basis function mu - degree + r on this interval
            basis.derivatives(mu, lo, degree, ders);
            double scale = 1;
            for (int j = 0; j <= degree; j++) {
                for (int r = 0; r <= degree; r++) {
                    poly[r][j] = ders[j][r] * scale;
                }
                scale *= (hi - lo) / (j + 1);
            }
            int first = mu - degree;
            for (int r = 0; r <= degree; r++) {
                double b = 0;
                for (int a = 0; a <= degree; a++) {
                    b += poly[r][a] * momentsY[a];
                    double sum = 0;
                    for (int c = 0; c <= degree; c++) {
                        sum += poly[r][c] * moments[c + a];
                    }
                    half[r][a] = sum;
                }
                rhs[first + r] += b;
                for (int q = 0; q <= r; q++) {
                    double g = 0;
                    for (int a = 0; a <= degree; a++) {
                        g += half[r][a] * poly[q][a];
                    }
                    gram.add(first + r, first + q, g);
                }
            }
        }
        return sumYwy;
    }

    private void fillPenalty(double[] knots, int degree, double boundary, double power) {
        double start = knots[0];
        double end = knots[knots.length - 1];
        double[] dm = new double[degree + 1];
        double[] nodes = GAUSS_NODES[m];
        double[] weights = GAUSS_WEIGHTS[m];
        for (int mu = degree; mu < basis.size(); mu++) {
            double lo = knots[mu];
            double hi = knots[mu + 1];
            if (!(hi > lo)) {
                continue;
            }
            double half = (hi - lo) / 2;
            for (int q = 0; q < nodes.length; q++) {
                double at = knots[mu] + half * (1 + nodes[q]);
                basis.derivative(mu, at, m, dm);
                int first = mu - degree;
                double relaxed = relaxation(at, start, end, boundary, power);
                for (int r = 0; r <= degree; r++) {
                    double wr = weights[q] * half * relaxed * dm[r];
                    for (int s = 0; s <= r; s++) {
                        penalty.add(first + r, first + s, wr * dm[s]);
                    }
                }
            }
        }
    }

    /**
     * One solve of the normal equations at a given lambda, with the quantities the criteria need;
     * when the trace was computed, also the central band of {@code (B'WB + lambda Omega)^-1} it came
     * from, the coefficients' posterior covariance per unit noise variance (see
     * {@link SplineStandardError}), else null.
     */
    record Solution(double lambda, double[] coefficients, double rss, double roughness,
                    double logDeterminant, double degreesOfFreedom, BandedSymmetricMatrix covariance) {
    }

    /**
     * Solves the normal equations at {@code lambda}.
     *
     * @param withTrace whether to compute the effective degrees of freedom (the influence trace)
     *     and the covariance band, as GCV and the final fit need, instead of the log-determinant
     *     that REML needs (the other is NaN, or null)
     * @return the solution, or null if the system is not numerically positive definite
     */
    Solution solve(double lambda, boolean withTrace) {
        BandedSymmetricMatrix system = gram.plusInto(lambda, penalty, work);
        if (!system.factorize()) {
            return null;
        }
        double[] c = system.solve(rhs);
        double cb = 0;
        for (int i = 0; i < c.length; i++) {
            cb += c[i] * rhs[i];
        }
        double roughness = penalty.quadraticForm(c);
        double rss = yWy - 2 * cb + gram.quadraticForm(c);
        if (rss < CANCELLATION * yWy) {
            rss = residualSumOfSquares(c);
        }
        BandedSymmetricMatrix inverse = withTrace ? system.inverseBand() : null;
        double df = withTrace ? inverse.traceOfProduct(gram) : Double.NaN;
        return new Solution(lambda, c, rss, roughness, withTrace ? Double.NaN : system.logDeterminant(), df, inverse);
    }

    /**
     * The weighted residual sum of squares summed from the residuals themselves, for fits so close
     * that the normal-equation form {@code y'Wy - 2c'b + c'Gc} has cancelled to rounding noise.
     */
    private double residualSumOfSquares(double[] c) {
        int degree = basis.degree();
        double[] values = new double[degree + 1];
        double sum = 0;
        int mu = degree;
        for (int i = 0; i < n; i++) {
            mu = basis.span(u[i], mu);
            basis.values(mu, u[i], values);
            double fit = 0;
            for (int r = 0; r <= degree; r++) {
                fit += c[mu - degree + r] * values[r];
            }
            double residual = y[i] - fit;
            sum += w[i] * residual * residual;
        }
        return sum;
    }

    /** The rounding level of a residual sum of squares computed from the normal equations. */
    private double floor() {
        return Double.MIN_NORMAL;
    }

    /**
     * The GCV score {@code n RSS / (n - df)^2}.
     */
    double gcv(Solution s) {
        double resid = n - s.degreesOfFreedom();
        return resid > 0 ? n * Math.max(s.rss(), floor()) / (resid * resid) : Double.POSITIVE_INFINITY;
    }

    /**
     * Twice the negative restricted log-likelihood, profiled over the noise variance, up to a
     * constant: {@code (n - m) log(RSS + lambda c'Omega c) + log det(B'WB + lambda Omega) - (p - m) log lambda}.
     */
    double reml(Solution s) {
        double q = Math.max(s.rss() + s.lambda() * s.roughness(), floor());
        return (n - m) * Math.log(q) + s.logDeterminant() - (basis.size() - m) * Math.log(s.lambda());
    }
}
