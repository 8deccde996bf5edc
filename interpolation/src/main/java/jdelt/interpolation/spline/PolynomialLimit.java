package jdelt.interpolation.spline;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.numerics.PiecewisePolynomial;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The limit of the penalized smoothing spline as lambda grows without bound: the weighted
 * least-squares polynomial of degree {@code m - 1}, the null space of the penalty
 * {@code integral f^(m)(x)^2 dx} (Wahba, <i>Spline Models for Observational Data</i>, 1990, §1.3).
 * When lambda is so large that the spline's equivalent kernel (Silverman 1984) is far wider than
 * the data, the banded system is singular in floating point while the answer is this polynomial,
 * computed here directly by Householder QR on x scaled to [0, 1]. Its standard errors are those
 * of the weighted least-squares polynomial, from the same factors.
 */
final class PolynomialLimit {

    private PolynomialLimit() {
    }

    /**
     * @param x strictly increasing abscissae, from 0
     * @param y ordinates
     * @param w positive weights
     * @param degree the spline's degree {@code 2m - 1}
     * @param summary the spline's summary so far (degree, lambda, criterion), to which the
     *     degrees of freedom, residual deviation, standard errors and a note are added
     * @param automatic whether lambda was chosen from the data (the note then says the data ask for
     *     the polynomial) rather than given
     * @return the polynomial as a spline fit of the same degree (higher coefficients zero)
     */
    static SplineFit fit(double[] x, double[] y, double[] w, int degree, FitSummary.Builder summary,
            boolean automatic) {
        int n = x.length;
        int m = (degree + 1) / 2;
        double range = x[n - 1] - x[0];
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, m);
        ArrayRealVector b = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            double root = Math.sqrt(w[i]);
            double t = (x[i] - x[0]) / range;
            double p = root;
            for (int j = 0; j < m; j++) {
                a.setEntry(i, j, p);
                p *= t;
            }
            b.setEntry(i, root * y[i]);
        }
        QRDecomposition qr = new QRDecomposition(a);
        RealVector c = qr.getSolver().solve(b);
        double[] taylor = new double[degree + 1];
        double unit = 1;
        for (int j = 0; j < m; j++) {
            taylor[j] = c.getEntry(j) / unit;
            unit *= range;
        }
        PiecewisePolynomial poly = new PiecewisePolynomial(new double[] {x[0], x[n - 1]}, taylor, degree);
        double[] fitted = poly.values(x);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            rss += w[i] * (y[i] - fitted[i]) * (y[i] - fitted[i]);
        }
        double sigma = n > m ? Math.sqrt(rss / (n - m)) : 0;
        RealMatrix rInverse = MatrixUtils.inverse(qr.getR().getSubMatrix(0, m - 1, 0, m - 1));
        RealMatrix covariance = rInverse.multiply(rInverse.transpose());
        summary.degreesOfFreedom(m).residualStandardDeviation(sigma)
                .standardErrors(k -> k >= 0 && k <= degree ? standardError(covariance, sigma, x[0], range, k) : null)
                .warning(automatic
                        ? "the lambda chosen from the data is so large that the spline is its limit, the least-squares"
                                + " polynomial of degree " + (m - 1) + ": at this noise level the samples show no more"
                                + " shape than that (a smaller lambda follows them more closely)"
                        : "lambda is so large that the spline is its limit, the least-squares polynomial of degree "
                                + (m - 1) + "; a smaller lambda (or the automatic choice) follows the data");
        return new SplineFit(poly, degree, summary.build());
    }

    /**
     * The standard error of the polynomial's k-th derivative: {@code sigma sqrt(g' C g)}, C the
     * coefficients' covariance per unit noise variance, {@code (A'WA)^-1 = R^-1 R^-T} from the QR
     * factors, and g the k-th derivatives of the monomials {@code t^j}, {@code t = (z - origin) / range}
     * (Seber &amp; Lee, <i>Linear Regression Analysis</i>, 2003, §5.2). Orders of m and above are
     * zero in the model, with no spread.
     */
    private static Curve standardError(RealMatrix covariance, double sigma, double origin, double range, int k) {
        int m = covariance.getRowDimension();
        return z -> {
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            double t = (z - origin) / range;
            double[] g = new double[m];
            for (int j = k; j < m; j++) {
                double falling = 1;
                for (int i = 0; i < k; i++) {
                    falling *= j - i;
                }
                g[j] = falling * Math.pow(t, j - k) / Math.pow(range, k);
            }
            double variance = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    variance += g[i] * covariance.getEntry(i, j) * g[j];
                }
            }
            return sigma * Math.sqrt(Math.max(0, variance));
        };
    }
}
