package jdelt.interpolation;

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
 * interval, which is exact for the degree-(2m-2) integrand.
 */
final class PenalizedSplineSystem {

    private static final double[][] GAUSS_NODES = {{}, {0}, {-1 / Math.sqrt(3), 1 / Math.sqrt(3)},
        {-Math.sqrt(0.6), 0, Math.sqrt(0.6)}};
    private static final double[][] GAUSS_WEIGHTS = {{}, {2}, {1, 1}, {5.0 / 9, 8.0 / 9, 5.0 / 9}};

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
        int dim = basis.size;
        this.gram = new BandedSymmetricMatrix(dim, degree);
        this.penalty = new BandedSymmetricMatrix(dim, degree);
        this.rhs = new double[dim];
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
        this.yWy = sumYwy;
        this.work = new BandedSymmetricMatrix(dim, degree);
        fillPenalty(knots, degree);
    }

    private void fillPenalty(double[] knots, int degree) {
        double[] dm = new double[degree + 1];
        double[] nodes = GAUSS_NODES[m];
        double[] weights = GAUSS_WEIGHTS[m];
        for (int mu = degree; mu < basis.size; mu++) {
            double lo = knots[mu];
            double hi = knots[mu + 1];
            if (!(hi > lo)) {
                continue;
            }
            double half = (hi - lo) / 2;
            for (int q = 0; q < nodes.length; q++) {
                basis.derivative(mu, lo + half * (1 + nodes[q]), m, dm);
                int first = mu - degree;
                for (int r = 0; r <= degree; r++) {
                    double wr = weights[q] * half * dm[r];
                    for (int s = 0; s <= r; s++) {
                        penalty.add(first + r, first + s, wr * dm[s]);
                    }
                }
            }
        }
    }

    /** One solve of the normal equations at a given lambda, with the quantities the criteria need. */
    record Solution(double lambda, double[] coefficients, double rss, double roughness,
                    double logDeterminant, double degreesOfFreedom) {
    }

    /**
     * Solves the normal equations at {@code lambda}.
     *
     * @param withTrace whether to compute the effective degrees of freedom (the influence trace)
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
        double rss = Math.max(0, yWy - 2 * cb + gram.quadraticForm(c));
        double df = withTrace ? system.traceOfInverseTimes(gram) : Double.NaN;
        return new Solution(lambda, c, rss, roughness, system.logDeterminant(), df);
    }

    /** The rounding level of a residual sum of squares computed from the normal equations. */
    private double floor() {
        return Math.max(1e-14 * yWy, Double.MIN_NORMAL);
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
        return (n - m) * Math.log(q) + s.logDeterminant() - (basis.size - m) * Math.log(s.lambda());
    }
}
