package jdelt.interpolation.multivariate;

import java.util.Arrays;
import jdelt.interpolation.FitSummary;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A thin-plate smoothing spline (Duchon 1977; Wahba, <i>Spline Models for Observational Data</i>,
 * 1990, ch. 2) of order m = 3 for d = 2 or 3: {@code f(x) = Σ c_i φ(|x − x_i|) + a quadratic},
 * {@code φ(r) = r⁴ log r} (d = 2) or {@code r³} (d = 3), minimising the residual sum of squares
 * plus {@code nλ} times the integrated squared third derivatives; m = 3 keeps the Hessian
 * continuous at the samples, where m = 2 would make it log-singular. Distances are taken after
 * whitening by the points' covariance, so partials follow the chain rule under any affine change
 * of coordinates. λ minimises GCV; with the null space removed by a QR decomposition of the
 * quadratic terms and one eigendecomposition of the remaining kernel matrix, every λ tried costs
 * O(n) (Wahba 1990, §4.9). The fit costs O(n³): a method for a few hundred points.
 *
 * <p>Immutable; {@link #fit} may run concurrently.
 */
public final class ThinPlateSplineInterpolator implements MultivariateInterpolator {

    /** The registered name. */
    public static final String NAME = "thin-plate";
    /** Most points accepted (the fit is cubic in n). */
    public static final int MAX_POINTS = 1000;

    private static final double LOG_LO = -12;
    private static final double LOG_HI = 4;
    private static final double STEP = 0.1;

    /** λ given, or NaN for GCV. */
    private final double lambda;

    /** λ by GCV. */
    public ThinPlateSplineInterpolator() {
        this(Double.NaN);
    }

    private ThinPlateSplineInterpolator(double lambda) {
        this.lambda = lambda;
    }

    /**
     * @param fixed the smoothing parameter λ (on the whitened coordinates, as GCV would choose it), positive
     * @return this method with λ fixed instead of chosen by GCV (the benchmark's oracle scans it)
     */
    public ThinPlateSplineInterpolator withLambda(double fixed) {
        if (!(fixed > 0) || Double.isInfinite(fixed)) {
            throw new IllegalArgumentException("method '" + NAME + "': lambda must be positive and finite, got " + fixed);
        }
        return new ThinPlateSplineInterpolator(fixed);
    }

    @Override
    public FittedField fit(double[][] points, double[] values) {
        int d = MultivariateSamples.checkShape(points, values);
        if (d != 2 && d != 3) {
            throw new IllegalArgumentException("method '" + NAME + "' takes 2 or 3 variables, got " + d);
        }
        int polynomial = 1 + d + d * (d + 1) / 2;
        MultivariateSamples.validate(points, values, 2 * polynomial, NAME);
        int n = points.length;
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("method '" + NAME + "' takes at most " + MAX_POINTS
                    + " points (its cost grows as n³), got " + n + "; use local-quadratic");
        }
        Whitening w = Whitening.mahalanobis(points);
        double[][] z = Arrays.stream(points).map(w::apply).toArray(double[][]::new);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = ThinPlateSplineFit.kernel(distance(z[i], z[j]), d)[0];
                k[j][i] = k[i][j];
            }
        }
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = ThinPlateSplineFit.monomials(z[i]);
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(t, false));
        RealMatrix q = qr.getQ();
        RealMatrix q2 = q.getSubMatrix(0, n - 1, polynomial, n - 1);
        RealMatrix kernel = new Array2DRowRealMatrix(k, false);
        RealMatrix b = q2.transpose().multiply(kernel).multiply(q2);
        EigenDecomposition eigen = new EigenDecomposition(b.add(b.transpose()).scalarMultiply(0.5));
        double[] ev = eigen.getRealEigenvalues();
        RealMatrix v = eigen.getV();
        double[] zy = v.transpose().operate(q2.transpose().operate(values));
        double bestLog = Double.isNaN(lambda) ? gcvLog(ev, zy, n) : Math.log10(lambda);
        double nLambda = n * Math.pow(10, bestLog);
        double[] shrunk = new double[ev.length];
        double trace = 0;
        double rss = 0;
        for (int i = 0; i < ev.length; i++) {
            shrunk[i] = zy[i] / (ev[i] + nLambda);
            double r = nLambda * shrunk[i];
            rss += r * r;
            trace += nLambda / (ev[i] + nLambda);
        }
        double[] c = q2.operate(v.operate(shrunk));
        double[] rest = kernel.operate(c);
        for (int i = 0; i < n; i++) {
            rest[i] = values[i] - rest[i] - nLambda * c[i];
        }
        double[] a = qr.getSolver().solve(new ArrayRealVector(rest, false)).toArray();
        double df = n - trace;
        FitSummary summary = FitSummary.builder(NAME, true).parameter("order", 3)
                .parameter("lambda", Math.pow(10, bestLog)).parameter("lambdaBy", Double.isNaN(lambda) ? "gcv" : "given")
                .degreesOfFreedom(df).residualStandardDeviation(n - df >= 1 ? Math.sqrt(rss / (n - df)) : Double.NaN).build();
        return new ThinPlateSplineFit(w, z, c, a, summary);
    }

    /** @return log10 λ minimising GCV over the scanned range */
    private static double gcvLog(double[] ev, double[] zy, int n) {
        double bestLog = LOG_LO;
        double best = Double.POSITIVE_INFINITY;
        for (double g = LOG_LO; g <= LOG_HI + 1e-9; g += STEP) {
            double gcv = gcv(ev, zy, n * Math.pow(10, g), n);
            if (gcv < best) {
                best = gcv;
                bestLog = g;
            }
        }
        return bestLog;
    }

    /** {@code n RSS / tr(I − A)²} with the residual {@code nλ (B + nλ)^{-1}} in the eigenbasis. */
    private static double gcv(double[] ev, double[] zy, double nLambda, int n) {
        double rss = 0;
        double trace = 0;
        for (int i = 0; i < ev.length; i++) {
            double s = nLambda / (Math.max(ev[i], 0) + nLambda);
            rss += s * s * zy[i] * zy[i];
            trace += s;
        }
        return n * rss / (trace * trace);
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
