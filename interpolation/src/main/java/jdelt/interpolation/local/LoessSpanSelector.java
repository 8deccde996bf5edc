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
 * A pilot of degree p+1 ({@link #PILOT_EXTRA}) was chosen over p+2 and p+3 by measurement
 * ({@code jdelt.interpolation.local.LoessPilotStudy} in the bench module).
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
    /** The pilot's degree above the estimate's: p + 1, measured by {@code LoessPilotStudy} (bench). */
    static final int PILOT_EXTRA = 1;
    private LoessSpanSelector() {
    }

    /**
     * Chooses the window half-width, in x units, for estimating each of the {@code orders}-th
     * derivatives with local polynomials of the matching {@code degrees}, in one walk over the
     * candidate windows whose weighted sums every order shares (windows also hold at least
     * {@code max(degrees) + 4} nearest samples); each order keeps the first minimum of its own risk.
     *
     * @param robustness robustness weights or {@code null}
     * @param orders the derivative orders
     * @param degrees the local degree of each order
     * @param sigma the noise standard deviation
     * @return the bandwidth of each order for the full data
     */
    static double[] select(double[] x, double[] y, double[] robustness, int[] orders, int[] degrees, double sigma) {
        return select(x, y, robustness, orders, degrees, sigma, null, PILOT_EXTRA);
    }

    /**
     * {@link #select(double[], double[], double[], int[], int[], double)} for noise whose variance
     * differs between samples ({@code noise}, or null for {@code sigma²} everywhere), with a pilot of
     * degree p + pilotExtra.
     */
    static double[] select(double[] x, double[] y, double[] robustness, int[] orders, int[] degrees, double sigma,
            double[] noise, int pilotExtra) {
        int n = x.length;
        Thinned scored = Thinned.of(x, y, robustness, noise);
        int m = scored.x().length;
        int points = Math.min(m, EVALUATION_POINTS);
        double range = scored.x()[m - 1] - scored.x()[0];
        // each order's candidates start at (degree + 4) / 2 mean spacings; smaller ones of the shared
        // grid score +∞ for it (a degree-3 fit scored from 2.5 spacings on found spurious first minima)
        double[] firsts = new double[orders.length];
        for (int c = 0; c < orders.length; c++) {
            firsts[c] = Math.min(range, 0.5 * (degrees[c] + 4) * range / (m - 1));
        }
        double[] grid = WindowSearch.geometric(Arrays.stream(firsts).min().orElseThrow(), range, GRID_RATIO);
        int[] at = WindowSearch.minimise(grid, WindowSearch.Rule.RISE, orders.length, bandwidth -> {
            double[][] parts = components(scored.x(), scored.y(), scored.robustness(), scored.noise(), orders,
                    degrees, pilotExtra, bandwidth, sigma, points);
            double[] risk = new double[orders.length];
            for (int c = 0; c < orders.length; c++) {
                risk[c] = parts[0][c] + parts[1][c];
            }
            for (int c = 0; c < orders.length; c++) {
                if (bandwidth < firsts[c]) {
                    risk[c] = Double.POSITIVE_INFINITY;
                }
            }
            return risk;
        });
        double[] best = new double[orders.length];
        for (int c = 0; c < orders.length; c++) {
            best[c] = grid[at[c]];
            if (scored.stride() > 1) {
                best[c] *= WindowSearch.asymptoticScale(degrees[c], orders[c], (double) n / m);
            }
        }
        return best;
    }

    /**
     * The squared bias of an order's estimate relative to its variance, as the selection's risk
     * estimates them at a chosen window, along the record: at each evaluation point, the sums over
     * the evaluation points within a bandwidth of it of the estimated squared bias (not clipped,
     * so that its noise averages out) and of the variance, their ratio clipped at 0; and over the
     * whole record the same ratio of the averages.
     *
     * @param at the evaluation points, increasing
     * @param ratio the local squared bias over variance at each
     * @param overall the ratio of the averages over the record
     */
    record BiasShare(double[] at, double[] ratio, double overall) {

        /** @return the local ratio at {@code t}, linear between evaluation points, constant beyond */
        double at(double t) {
            int k = java.util.Arrays.binarySearch(at, t);
            if (k >= 0) {
                return ratio[k];
            }
            k = -k - 1;
            if (k == 0 || k == at.length) {
                return ratio[k == 0 ? 0 : at.length - 1];
            }
            double s = (t - at[k - 1]) / (at[k] - at[k - 1]);
            return (1 - s) * ratio[k - 1] + s * ratio[k];
        }
    }

    /**
     * The {@link BiasShare} of one order at its full-data bandwidth (on data thinned for the
     * selection, at the bandwidth the selection would have chosen there); a ratio is 0 where the
     * variance is 0 or the fits are singular.
     *
     * @param noise the noise variance of each sample, or null for {@code sigma²} everywhere
     */
    static BiasShare biasShare(double[] x, double[] y, double[] robustness, double[] noise, int order, int degree,
            double sigma, double bandwidth) {
        int n = x.length;
        Thinned scored = Thinned.of(x, y, robustness, noise);
        int m = scored.x().length;
        double h = scored.stride() > 1
                ? bandwidth / WindowSearch.asymptoticScale(degree, order, (double) n / m) : bandwidth;
        int points = Math.min(m, EVALUATION_POINTS);
        double[] bias = new double[points];
        double[] variance = new double[points];
        double[] at = new double[points];
        double[][] parts = components(scored.x(), scored.y(), scored.robustness(), scored.noise(), new int[] {order},
                new int[] {degree}, PILOT_EXTRA, h, sigma, points, at, bias, variance);
        double overall = parts[0][0] / parts[1][0];
        double[] ratio = new double[points];
        double[] biasSum = new double[points + 1];
        double[] varianceSum = new double[points + 1];
        for (int j = 0; j < points; j++) {
            biasSum[j + 1] = biasSum[j] + bias[j];
            varianceSum[j + 1] = varianceSum[j] + variance[j];
        }
        for (int j = 0, lo = 0, hi = 0; j < points; j++) {
            while (at[j] - at[lo] > h) {
                lo++;
            }
            hi = Math.max(hi, j);
            while (hi + 1 < points && at[hi + 1] - at[j] <= h) {
                hi++;
            }
            double r = (biasSum[hi + 1] - biasSum[lo]) / (varianceSum[hi + 1] - varianceSum[lo]);
            ratio[j] = Double.isFinite(r) ? Math.max(0, r) : 0;
        }
        return new BiasShare(at, ratio, Double.isFinite(overall) ? overall : 0);
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

    /**
     * The samples the selector scores: every {@code stride}-th of at most
     * {@link #MAX_SELECTION_SAMPLES}, with their robustness weights and noise variances (either null).
     */
    private record Thinned(int stride, double[] x, double[] y, double[] robustness, double[] noise) {
        static Thinned of(double[] x, double[] y, double[] robustness, double[] noise) {
            int stride = (x.length + MAX_SELECTION_SAMPLES - 1) / MAX_SELECTION_SAMPLES;
            return new Thinned(stride, WindowSearch.thin(x, stride), WindowSearch.thin(y, stride),
                    robustness == null ? null : WindowSearch.thin(robustness, stride),
                    noise == null ? null : WindowSearch.thin(noise, stride));
        }
    }

    /**
     * The estimated squared bias (clipped at 0) and variance of each order's derivative, averaged
     * over evaluation points, their sum being the risk; +∞ for an order whose local fits are
     * singular at this bandwidth.
     *
     * @param noise the noise variance of each sample, or null for {@code sigma²} everywhere
     * @return {squared bias, variance}, each one value per order
     */
    private static double[][] components(double[] x, double[] y, double[] robustness, double[] noise, int[] orders,
            int[] degrees, int pilotExtra, double bandwidth, double sigma, int points) {
        return components(x, y, robustness, noise, orders, degrees, pilotExtra, bandwidth, sigma, points, null, null,
                null);
    }

    /**
     * {@link #components(double[], double[], double[], double[], int[], int[], int, double, double, int)}
     * that also keeps, for the first order, each evaluation point and its estimated squared bias
     * (not clipped) and variance, in {@code at}, {@code pointBias} and {@code pointVariance}
     * (null for none).
     */
    private static double[][] components(double[] x, double[] y, double[] robustness, double[] noise, int[] orders,
            int[] degrees, int pilotExtra, double bandwidth, double sigma, int points, double[] at,
            double[] pointBias, double[] pointVariance) {
        int top = Arrays.stream(degrees).max().orElseThrow() + pilotExtra;
        LocalFit window = new LocalFit(x, y, robustness, top, interiorCount(x, bandwidth, top + 3), bandwidth);
        double[] s1 = new double[2 * top + 1];
        double[] s2 = new double[2 * top + 1];
        double[] t = new double[top + 1];
        double[] lowChol = new double[(top + 1) * (top + 1)];
        double[] highChol = new double[(top + 1) * (top + 1)];
        double[] u = new double[top + 1];
        double[] v = new double[top + 1];
        double variance = noise == null ? sigma * sigma : 1;
        int criteria = orders.length;
        double[] squaredBias = new double[criteria];
        double[] variances = new double[criteria];
        boolean[] singular = new boolean[criteria];
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
                double p2 = noise == null ? w * w : w * w * noise[i];
                for (int k = 0; k <= top; k++) {
                    t[k] += p1 * y[i];
                    s1[k] += p1;
                    s2[k] += p2;
                    p1 *= ti;
                    p2 *= ti;
                }
                for (int k = top + 1; k <= 2 * top; k++) {
                    s1[k] += p1;
                    s2[k] += p2;
                    p1 *= ti;
                    p2 *= ti;
                }
            }
            for (int c = 0; c < criteria; c++) {
                int degree = degrees[c];
                int order = orders[c];
                if (singular[c] || !HankelCholesky.factor(s1, degree + 1, lowChol)
                        || !HankelCholesky.factor(s1, degree + 1 + pilotExtra, highChol)) {
                    singular[c] = true;
                    continue;
                }
                Arrays.fill(u, 0, degree + 1, 0);
                u[order] = 1;
                HankelCholesky.solve(lowChol, degree + 1, u);
                int pilot = degree + 1 + pilotExtra;
                Arrays.fill(v, 0, pilot, 0);
                v[order] = 1;
                HankelCholesky.solve(highChol, pilot, v);
                double low = quadratic(u, u, s2, degree + 1, degree + 1);
                double cross = quadratic(u, v, s2, degree + 1, pilot);
                double high = quadratic(v, v, s2, pilot, pilot);
                double difference = dot(u, t, degree + 1) - dot(v, t, pilot);
                double scale = LocalFit.factorial(order) / Math.pow(window.h, order);
                double pointB = scale * scale * (difference * difference - variance * (low + high - 2 * cross));
                double pointV = scale * scale * variance * low;
                squaredBias[c] += pointB;
                variances[c] += pointV;
                if (c == 0 && at != null) {
                    at[j] = x[i0];
                    pointBias[j] = pointB;
                    pointVariance[j] = pointV;
                }
            }
        }
        double[][] parts = new double[2][criteria];
        for (int c = 0; c < criteria; c++) {
            parts[0][c] = singular[c] ? Double.POSITIVE_INFINITY : Math.max(0, squaredBias[c]) / points;
            parts[1][c] = singular[c] ? Double.POSITIVE_INFINITY : variances[c] / points;
        }
        return parts;
    }

    private static double quadratic(double[] a, double[] b, double[] hankel, int aLength, int bLength) {
        double s = 0;
        for (int j = 0; j < aLength; j++) {
            for (int k = 0; k < bLength; k++) {
                s += a[j] * b[k] * hankel[j + k];
            }
        }
        return s;
    }

    private static double dot(double[] a, double[] b, int length) {
        double s = 0;
        for (int j = 0; j < length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
