package jdelt.interpolation.local;

import java.util.Arrays;
import jdelt.interpolation.numerics.HankelCholesky;

/**
 * One weighted least-squares polynomial fit centred at an evaluation point: the computational
 * core of LOESS (Cleveland 1979; Cleveland &amp; Devlin 1988), with tricube weights over the
 * {@code q} nearest neighbours, widened to a fixed bandwidth where that is larger (as in Loader's
 * locfit), and the derivative estimator of Fan &amp; Gijbels (1996, §3.1) read off the local
 * coefficients. The polynomial is written in the scaled variable {@code t = (x - x0) / h}, which
 * keeps the normal equations well conditioned whatever the units of x.
 *
 * <p>A {@code LocalFit} is a mutable work space that remembers its last window, so that fits at
 * increasing points slide the window instead of searching for it; it is not thread-safe and
 * each evaluation batch creates its own.
 */
final class LocalFit {

    private final double[] x;
    private final double[] y;
    private final double[] robustness;
    private final int degree;
    private final int q;
    private final double bandwidth;

    private final double[] moments;
    private final double[] rhs;
    private final double[] chol;
    private final double[] gamma;
    private final double[] work;

    /** Start of the current nearest-neighbour window {@code [a, a + q)}. */
    private int a;
    /** First and last index of the samples within the current bandwidth. */
    int lo;
    int hi;
    /** The evaluation point and half-width of the current fit. */
    double x0;
    double h;

    /**
     * @param x the abscissae, strictly increasing
     * @param y the ordinates
     * @param robustness robustness weights, one per sample, or {@code null} for all ones
     * @param degree the local polynomial degree
     * @param q the number of nearest neighbours in a window, at least {@code degree + 3}
     * @param bandwidth the smallest half-width of a window, in x units (0 for none)
     */
    LocalFit(double[] x, double[] y, double[] robustness, int degree, int q, double bandwidth) {
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.degree = degree;
        this.q = Math.min(q, x.length);
        this.bandwidth = bandwidth;
        this.moments = new double[2 * degree + 1];
        this.rhs = new double[degree + 1];
        this.chol = new double[(degree + 1) * (degree + 1)];
        this.gamma = new double[degree + 1];
        this.work = new double[degree + 1];
    }

    /** Finds the window and bandwidth for a fit at {@code at}, without fitting. */
    void locate(double at) {
        x0 = at;
        int n = x.length;
        if (at < x[a] || at > x[a + q - 1]) {
            int pos = Arrays.binarySearch(x, at);
            a = pos >= 0 ? pos : -pos - 1;
            a = Math.max(0, Math.min(a - q / 2, n - q));
        }
        while (a > 0 && at - x[a - 1] < x[a + q - 1] - at) {
            a--;
        }
        while (a + q < n && x[a + q] - at < at - x[a]) {
            a++;
        }
        double left = at - x[a];
        double right = x[a + q - 1] - at;
        double nearest = Math.max(left, right);
        if (bandwidth > nearest) {
            // the samples within the bandwidth, walked from the last window's ends (O(1) per fit at
            // increasing points): lo is the first index in [0, a] with at - x[lo] < h, hi the last
            // in [a + q - 1, n - 1] with x[hi] - at < h
            h = bandwidth;
            lo = Math.max(0, Math.min(lo, a));
            while (lo > 0 && at - x[lo - 1] < h) {
                lo--;
            }
            while (lo < a && at - x[lo] >= h) {
                lo++;
            }
            hi = Math.max(a + q - 1, Math.min(hi, n - 1));
            while (hi < n - 1 && x[hi + 1] - at < h) {
                hi++;
            }
            while (hi > a + q - 1 && x[hi] - at >= h) {
                hi--;
            }
        } else {
            h = nearest;
            lo = a;
            hi = a + q - 1;
        }
    }

    /** The tricube weight (times the robustness weight) of sample i, or 0 outside the window. */
    double weight(int i) {
        double t = Math.abs(x[i] - x0) / h;
        if (t >= 1) {
            return 0;
        }
        double c = 1 - t * t * t;
        double w = c * c * c;
        return robustness == null ? w : w * robustness[i];
    }

    /**
     * Fits the local polynomial at {@code at}.
     *
     * @throws IllegalArgumentException if fewer than {@code degree + 1} samples carry weight
     */
    void fit(double at) {
        locate(at);
        Arrays.fill(moments, 0);
        Arrays.fill(rhs, 0);
        double inverse = 1 / h;
        for (int i = lo; i <= hi; i++) {
            double t = (x[i] - x0) * inverse;
            double distance = Math.abs(t);
            if (distance >= 1) {
                continue;
            }
            double c = 1 - distance * distance * distance;
            double w = robustness == null ? c * c * c : c * c * c * robustness[i];
            double p = w;
            for (int k = 0; k <= degree; k++) {
                moments[k] += p;
                rhs[k] += p * y[i];
                p *= t;
            }
            for (int k = degree + 1; k <= 2 * degree; k++) {
                moments[k] += p;
                p *= t;
            }
        }
        if (!HankelCholesky.factor(moments, degree + 1, chol)) {
            throw new IllegalArgumentException("the local polynomial fit (loess, lowess) of degree " + degree
                    + " at x = " + at + " is singular: fewer than " + (degree + 1) + " samples in its window carry weight"
                    + " (window x[" + lo + "] to x[" + hi + "]); use a larger span");
        }
        System.arraycopy(rhs, 0, gamma, 0, degree + 1);
        HankelCholesky.solve(chol, degree + 1, gamma);
    }

    /** @return the estimate of the {@code nu}-th derivative at the last fitted point */
    double derivative(int nu) {
        return factorial(nu) * gamma[nu] / Math.pow(h, nu);
    }

    /**
     * The derivative, with respect to the evaluation point, of {@link #derivative(int)} at the
     * last fitted point: the local polynomial's own next coefficient plus the change of the fit as
     * the weights move with the evaluation point and the half-width changes at rate
     * {@code hPrime}. (The nearest-neighbour half-width zigzags with slope ±1 as the window passes
     * each sample; callers pass its average rate of change instead.)
     */
    double slope(int nu, double hPrime) {
        Arrays.fill(work, 0);
        double inverse = 1 / h;
        for (int i = lo; i <= hi; i++) {
            double t = (x[i] - x0) * inverse;
            double at = Math.abs(t);
            if (at >= 1) {
                continue;
            }
            double c = 1 - at * at * at;
            double dKernel = -9 * t * at * c * c;
            double dw = -dKernel * (1 + t * hPrime) * inverse;
            if (robustness != null) {
                dw *= robustness[i];
            }
            if (dw == 0) {
                continue;
            }
            double p = dw * (y[i] - polynomial(t));
            for (int k = 0; k <= degree; k++) {
                work[k] += p;
                p *= t;
            }
        }
        HankelCholesky.solve(chol, degree + 1, work);
        double moving = factorial(nu) * work[nu] / Math.pow(h, nu);
        double own = nu < degree ? factorial(nu + 1) * gamma[nu + 1] / Math.pow(h, nu + 1) : 0;
        return own + moving;
    }

    /**
     * The variance per unit noise variance of the {@code nu}-th derivative at {@code z} of the
     * polynomial last fitted: the sum of the squared weights {@code l_i} with which that estimate,
     * {@code sum l_i y_i}, takes the samples (Fan &amp; Gijbels 1996, §4.9). For z at the fitted
     * point this is the variance of {@link #derivative(int)}; elsewhere, of the fit continued.
     * For noise whose variance differs between samples it is the sum of {@code l_i² noise_i}.
     *
     * @param noise each sample's noise variance, or null for unit variance everywhere
     */
    double derivativeVariance(double z, int nu, double[] noise) {
        // the estimate is a' gamma with a_j = d^nu/dz^nu of ((z - x0) / h)^j
        double s = (z - x0) / h;
        for (int j = 0; j <= degree; j++) {
            work[j] = j < nu ? 0 : factorial(j) / factorial(j - nu) * Math.pow(s, j - nu) / Math.pow(h, nu);
        }
        HankelCholesky.solve(chol, degree + 1, work);
        double sum = 0;
        double inverse = 1 / h;
        for (int i = lo; i <= hi; i++) {
            double w = weight(i);
            if (w == 0) {
                continue;
            }
            double t = (x[i] - x0) * inverse;
            double v = 0;
            for (int k = degree; k >= 0; k--) {
                v = v * t + work[k];
            }
            sum += noise == null ? w * w * v * v : w * w * v * v * noise[i];
        }
        return sum;
    }

    /** @return the local polynomial's coefficients of {@code (x - x0)^j}, j = 0..degree */
    double[] coefficients() {
        double[] beta = new double[degree + 1];
        for (int j = 0; j <= degree; j++) {
            beta[j] = gamma[j] / Math.pow(h, j);
        }
        return beta;
    }

    private double polynomial(double t) {
        double v = 0;
        for (int k = degree; k >= 0; k--) {
            v = v * t + gamma[k];
        }
        return v;
    }

    static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
