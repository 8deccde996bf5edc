package jdelt.interpolation.local;

import jdelt.interpolation.numerics.HankelCholesky;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.Arrays;

/**
 * Chooses the LOESS window for one derivative order, a global bandwidth in x units, by
 * minimising an estimate of the derivative's own mean squared error, in the spirit of the
 * refined bandwidth selector of Fan &amp; Gijbels (1995, "Data-driven bandwidth selection in local polynomial fitting",
 * JRSS B 57, 371–394): at each evaluation point and candidate window, the bias of the degree-p
 * estimate is estimated by its difference {@code D} from the degree-(p+1) fit on the same window,
 * whose bias is of higher order, and
 * <pre>
 *   risk = max(0, mean(D² − σ² ‖l_p − l_{p+1}‖²)) + mean(σ² ‖l_p‖²),
 * </pre>
 * where {@code l} are the two estimates' linear-smoother weights (so the first term is an unbiased
 * estimate of the squared bias, the second the variance), averaged over evaluation points spread
 * through the data. The noise level σ comes from the difference-based estimator of Gasser,
 * Sroka &amp; Jennen-Steinmetz (1986, Biometrika 73, 625–633), which handles non-uniform x.
 * A pilot of degree p+1 was chosen over p+2 and p+3 by measurement (see the issue-4 note).
 *
 * <p><b>First minimum.</b> The difference {@code D} estimates the bias only while the window is
 * small enough for the degree-(p+1) fit's bias to be of higher order (the asymptotic regime the
 * selector of Fan &amp; Gijbels relies on). Once a window spans a few periods of an oscillating
 * signal both fits tend to the window mean, {@code D} falls to 0 and the estimated risk falls
 * with the variance to a spurious minimum at the largest window (a flat-zero derivative). The
 * candidates are therefore searched from small to large by {@link WindowSearch}, whose stopping
 * rule keeps the first minimum confirmed by a sustained rise.
 *
 * <p><b>Bandwidth, not span.</b> The window is a half-width in x units, not a fraction of the
 * samples: the optimal half-width depends on the local sampling density f only as
 * {@code f^(-1/(2p+3))} (Fan &amp; Gijbels 1996, §3.2), so one bandwidth suits data whose
 * density changes tenfold, where one nearest-neighbour count makes windows ten times too wide in
 * x where sampling is sparse. Windows still hold at least {@link #interiorCount} samples, so
 * that at the ends they widen as nearest-neighbour windows do instead of losing half their
 * samples.
 *
 * <p>Beyond {@link #MAX_SELECTION_SAMPLES} samples the window is chosen on an evenly thinned
 * subsample and carried to the full data with the asymptotic rate of the optimal bandwidth,
 * {@code h ∝ n^(-1/(2r + 2ν + 1))} for bias order {@code r} (Fan &amp; Gijbels 1996, §3.2).
 */
final class LoessSpanSelector {

    /** Largest number of samples the risk is evaluated on. */
    static final int MAX_SELECTION_SAMPLES = 10_000;
    /** Number of evaluation points the risk is averaged over. */
    static final int EVALUATION_POINTS = 250;
    /** Ratio of successive candidate bandwidths. */
    static final double GRID_RATIO = 1.15;
    private LoessSpanSelector() {
    }

    /**
     * Chooses the window half-width, in x units, for estimating the {@code order}-th derivative
     * with local polynomials of degree {@code degree}; windows also hold at least
     * {@code degree + 3} nearest samples.
     *
     * @param robustness robustness weights or {@code null}
     * @param sigma the noise standard deviation
     * @return the bandwidth for the full data
     */
    static double select(double[] x, double[] y, double[] robustness, int order, int degree, double sigma) {
        int n = x.length;
        int stride = (n + MAX_SELECTION_SAMPLES - 1) / MAX_SELECTION_SAMPLES;
        double[] xs = WindowSearch.thin(x, stride);
        double[] ys = WindowSearch.thin(y, stride);
        double[] rs = robustness == null ? null : WindowSearch.thin(robustness, stride);
        int m = xs.length;
        int points = Math.min(m, EVALUATION_POINTS);
        double range = xs[m - 1] - xs[0];
        double first = Math.min(range, 0.5 * (degree + 4) * range / (m - 1));
        double best = WindowSearch.minimise(WindowSearch.geometric(first, range, GRID_RATIO), WindowSearch.Rule.RISE,
                bandwidth -> risk(xs, ys, rs, order, degree, bandwidth, sigma, points));
        if (stride > 1) {
            best *= WindowSearch.asymptoticScale(degree, order, (double) n / m);
        }
        return best;
    }

    /**
     * The fewest samples within {@code ±bandwidth} of a sample at least a bandwidth from both
     * ends (of the middle sample if there is none), and at least {@code floor}: used as the
     * nearest-neighbour minimum of automatic windows, so that windows at the ends widen to hold
     * as many samples as the interior ones, as nearest-neighbour windows do, instead of losing
     * half of them.
     */
    static int interiorCount(double[] x, double bandwidth, int floor) {
        int n = x.length;
        int fewest = Integer.MAX_VALUE;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] - x[0] < bandwidth || x[n - 1] - x[i] < bandwidth) {
                continue;
            }
            while (x[i] - x[lo] >= bandwidth) {
                lo++;
            }
            hi = Math.max(hi, i);
            while (hi + 1 < n && x[hi + 1] - x[i] < bandwidth) {
                hi++;
            }
            fewest = Math.min(fewest, hi - lo + 1);
        }
        if (fewest == Integer.MAX_VALUE) {
            double middle = x[n / 2];
            fewest = 0;
            for (double v : x) {
                fewest += Math.abs(v - middle) < bandwidth ? 1 : 0;
            }
        }
        return Math.min(n, Math.max(floor, fewest));
    }

    /** The estimated mean squared error of the derivative, averaged over evaluation points. */
    private static double risk(double[] x, double[] y, double[] robustness, int order, int degree,
            double bandwidth, double sigma, int points) {
        int pilot = degree + 1;
        LocalFit window = new LocalFit(x, y, robustness, pilot, interiorCount(x, bandwidth, pilot + 3), bandwidth);
        double[] s1 = new double[2 * pilot + 1];
        double[] s2 = new double[2 * pilot + 1];
        double[] t = new double[pilot + 1];
        double[] lowChol = new double[(degree + 1) * (degree + 1)];
        double[] highChol = new double[(pilot + 1) * (pilot + 1)];
        double[] u = new double[degree + 1];
        double[] v = new double[pilot + 1];
        double variance = sigma * sigma;
        double squaredBias = 0;
        double variances = 0;
        int m = x.length;
        for (int j = 0; j < points; j++) {
            int i0 = points == 1 ? 0 : (int) Math.round((double) j * (m - 1) / (points - 1));
            window.locate(x[i0]);
            Arrays.fill(s1, 0);
            Arrays.fill(s2, 0);
            Arrays.fill(t, 0);
            double inverse = 1 / window.h;
            for (int i = window.lo; i <= window.hi; i++) {
                double w = window.weight(i);
                if (w == 0) {
                    continue;
                }
                double ti = (x[i] - window.x0) * inverse;
                double p1 = w;
                double p2 = w * w;
                for (int k = 0; k <= pilot; k++) {
                    t[k] += p1 * y[i];
                    s1[k] += p1;
                    s2[k] += p2;
                    p1 *= ti;
                    p2 *= ti;
                }
                for (int k = pilot + 1; k <= 2 * pilot; k++) {
                    s1[k] += p1;
                    s2[k] += p2;
                    p1 *= ti;
                    p2 *= ti;
                }
            }
            if (!HankelCholesky.factor(s1, degree + 1, lowChol) || !HankelCholesky.factor(s1, pilot + 1, highChol)) {
                return Double.POSITIVE_INFINITY;
            }
            Arrays.fill(u, 0);
            u[order] = 1;
            HankelCholesky.solve(lowChol, degree + 1, u);
            Arrays.fill(v, 0);
            v[order] = 1;
            HankelCholesky.solve(highChol, pilot + 1, v);
            double low = quadratic(u, u, s2);
            double cross = quadratic(u, v, s2);
            double high = quadratic(v, v, s2);
            double difference = dot(u, t) - dot(v, t);
            double scale = LocalFit.factorial(order) / Math.pow(window.h, order);
            squaredBias += scale * scale * (difference * difference - variance * (low + high - 2 * cross));
            variances += scale * scale * variance * low;
        }
        return (Math.max(0, squaredBias) + variances) / points;
    }

    private static double quadratic(double[] a, double[] b, double[] hankel) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < b.length; k++) {
                s += a[j] * b[k] * hankel[j + k];
            }
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
