package jdelt.interpolation.spline;

import jdelt.interpolation.Curve;
import jdelt.interpolation.numerics.BSplineBasis;
import jdelt.interpolation.numerics.BandedSymmetricMatrix;
import java.util.Arrays;

/**
 * The pointwise posterior standard deviation of a penalized spline's derivative of one order:
 * the Bayesian confidence interval of Wahba ("Bayesian 'confidence intervals' for the
 * cross-validated smoothing spline", J. R. Stat. Soc. B 45, 1983), whose frequentist coverage
 * averaged over the samples is close to nominal (Nychka, "Bayesian confidence intervals for
 * smoothing splines", JASA 83, 1988). Under the prior that makes the penalized spline the
 * posterior mean, the coefficients have covariance {@code sigma^2 (B'WB + lambda Omega)^-1}, so
 * the k-th derivative at z has variance {@code sigma^2 b_k(z)' (B'WB + lambda Omega)^-1 b_k(z)},
 * {@code b_k(z)} the k-th derivatives of the basis functions at z. Those have at most
 * {@code degree + 1} nonzeros, so only the central band of the inverse is needed
 * ({@link BandedSymmetricMatrix#inverseBand()}) and each point costs O(degree²).
 *
 * <p>The band is part of the smoothing; it does not include the bias of the spline, which
 * dominates where the smoothing flattens sharp features. Outside the sampled range the basis
 * continues its end pieces, so the band widens polynomially. Immutable and thread-safe.
 */
final class SplineStandardError implements Curve {

    private final double[] knots;
    private final int degree;
    private final BandedSymmetricMatrix covariance;
    private final double sigma;
    private final double origin;
    private final double unit;
    private final int order;

    /**
     * @param knots the clamped knot vector, in knot units
     * @param degree the spline degree
     * @param covariance the central band of {@code (B'WB + lambda Omega)^-1}
     * @param sigma the residual standard deviation of a unit-weight sample
     * @param origin the x of knot unit 0
     * @param unit data x units per knot unit
     * @param order the derivative order
     */
    SplineStandardError(double[] knots, int degree, BandedSymmetricMatrix covariance, double sigma,
                        double origin, double unit, int order) {
        this.knots = knots;
        this.degree = degree;
        this.covariance = covariance;
        this.sigma = sigma;
        this.origin = origin;
        this.unit = unit;
        this.order = order;
    }

    @Override
    public double value(double z) {
        if (!Double.isFinite(z)) {
            return Double.NaN;
        }
        double u = (z - origin) / unit;
        int k = Arrays.binarySearch(knots, degree, knots.length - degree, u);
        int mu = Math.max(degree, Math.min(knots.length - degree - 2, k >= 0 ? k : -k - 2));
        BSplineBasis basis = new BSplineBasis(knots, degree);
        return at(basis, basis.span(u, mu), u, new double[degree + 1]);
    }

    @Override
    public double[] values(double[] z) {
        BSplineBasis basis = new BSplineBasis(knots, degree);
        double[] b = new double[degree + 1];
        double[] out = new double[z.length];
        int mu = degree;
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                out[i] = Double.NaN;
                continue;
            }
            if (z[i] < previous) {
                mu = degree;
            }
            previous = z[i];
            double u = (z[i] - origin) / unit;
            mu = basis.span(u, mu);
            out[i] = at(basis, mu, u, b);
        }
        return out;
    }

    private double at(BSplineBasis basis, int mu, double u, double[] b) {
        basis.derivative(mu, u, order, b);
        int first = mu - degree;
        double variance = 0;
        for (int r = 0; r <= degree; r++) {
            double cross = 0;
            for (int s = 0; s < r; s++) {
                cross += covariance.get(first + r, first + s) * b[s];
            }
            variance += b[r] * (covariance.get(first + r, first + r) * b[r] + 2 * cross);
        }
        return sigma * Math.sqrt(Math.max(0, variance)) / Math.pow(unit, order);
    }
}
