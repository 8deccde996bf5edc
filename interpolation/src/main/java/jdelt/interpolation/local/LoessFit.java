package jdelt.interpolation.local;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A LOESS fit (Cleveland 1979; Cleveland &amp; Devlin 1988): the local-polynomial estimate of the
 * curve and of its derivatives (Fan &amp; Gijbels 1996, §3.1), each order with its own degree and
 * window as {@link LoessInterpolator} describes. Each order is computed on first request and
 * kept; the object is immutable in what it returns and safe to share between threads.
 */
final class LoessFit implements FittedCurve {

    private final LoessInterpolator method;
    private final double[] x;
    /**
     * The squared bias over variance of a derivative's automatic window above which the summary
     * warns. On a noisy sine (uniform x, n = 12 to 5000, with and without an offset of 10^9) the
     * selector's window has at most 4.5 for d1 and d2; where one bandwidth in x cannot suit the record,
     * ln x on 1000-fold log-spaced x (n = 12 to 200, d1 relative RMS error 0.93–0.94) gives 133 to
     * 2.2·10^6, and bursts of ten samples 10^-4 apart give 300–490 at n = 200 and 5000 (error 0.16–0.17,
     * the spline's 0.01–0.02); 100 lies between ({@code jdelt.bench.LoessBiasWarningStudy}). Short
     * bursty records (n = 12, 25) fail with an estimate of no bias at all, which this cannot catch.
     */
    static final double BIAS_WARNING = 100;

    private final double[] y;
    private final double[] robustness;
    private final double sigma;
    /** The noise variance of each sample where it varies along the record, else null (sigma² everywhere). */
    private final double[] noise;
    private final AtomicReferenceArray<LoessCurve> orders;
    /** The automatic bandwidth of each order, NaN until chosen. */
    private final double[] bandwidths;
    /** Whether the data looked noise-free: smallest windows of degree {@link #cleanDegree}. */
    private final boolean clean;
    /** The local degree of every order on noise-free data, 0 otherwise. */
    private final int cleanDegree;

    /**
     * @param bandwidths the automatic bandwidth of each order, NaN for one to be chosen from the
     *     data on first use; copied
     * @param cleanDegree on data that look noise-free, the local degree of every order, whose
     *     window is then the nearest {@code cleanDegree + CLEAN_EXTRA} samples; 0 otherwise
     */
    LoessFit(LoessInterpolator method, double[] x, double[] y, double[] robustness, double sigma,
            double[] noise, double[] bandwidths, int cleanDegree) {
        this.method = method;
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.sigma = sigma;
        this.noise = noise;
        this.orders = new AtomicReferenceArray<>(method.maxOrder() + 1);
        this.bandwidths = bandwidths.clone();
        this.clean = cleanDegree > 0;
        this.cleanDegree = cleanDegree;
    }

    @Override
    public double value(double at) {
        return curve(0).value(at);
    }

    @Override
    public double[] values(double[] at) {
        return curve(0).values(at);
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, maxOrder(), method.toString());
        return curve(order);
    }

    @Override
    public int maxOrder() {
        return method.maxOrder();
    }

    /**
     * Reports, for every order up to {@link #maxOrder()} (choosing the windows of orders not yet
     * evaluated), the local degree, the half-width in x ({@code bandwidth}) and the span (the
     * fraction of the data a window covers); the noise standard deviation the automatic windows
     * were chosen for (Gasser, Sroka &amp; Jennen-Steinmetz 1986), or the residuals' root mean
     * square for fixed windows; and, with robustness iterations, how many samples ended with
     * bisquare weight 0 (residual beyond six median absolute residuals: rejected as outliers);
     * on data that looked noise-free, {@code window=smallest} and the noise-free degree;
     * whether the noise variance was taken to vary along the record ({@code noise=local}); and
     * every order's standard error ({@link LoessCurve#standardError}) for that noise deviation
     * (for fixed windows, the difference-based one of Gasser, Sroka &amp; Jennen-Steinmetz), or
     * for the local noise variances. With an automatic window the standard error holds the
     * window's bias too: at each point it is multiplied by {@code sqrt(1 + B²/V)}, B² and V the
     * squared bias and variance the window selection estimates at the chosen window over the
     * points within a bandwidth ({@link LoessSpanSelector#biasShare}; over the whole record
     * reported per order as {@code biasToVariance}), so that the band ±1.96 standard errors is one
     * of root mean squared error, not of noise alone.
     */
    @Override
    public FitSummary summary() {
        FitSummary.Builder b = FitSummary.builder(method.name(), false)
                .parameter("window", clean ? "smallest (the data look noise-free; no robustness iterations)"
                        : method.automaticSpan() ? "estimated risk" : "fixed");
        if (method.iterations() > 0 && !clean) {
            int rejected = 0;
            for (int i = 0; robustness != null && i < robustness.length; i++) {
                rejected += robustness[i] == 0 ? 1 : 0;
            }
            b.parameter("iterations", method.iterations()).parameter("rejected", rejected);
        }
        if (noise != null) {
            b.parameter("noise", "local");
        }
        double range = x[x.length - 1] - x[0];
        boolean auto = method.automaticSpan() && !clean;
        LoessSpanSelector.BiasShare[] shares = new LoessSpanSelector.BiasShare[maxOrder() + 1];
        for (int order = 0; order <= maxOrder(); order++) {
            LoessCurve c = curve(order);
            b.parameter(order, "degree", degree(order));
            if (c.bandwidth() > 0) {
                b.parameter(order, "bandwidth", c.bandwidth());
            } else {
                b.parameter(order, "neighbours", c.windowSize());
            }
            b.parameter(order, "span", Math.max((double) c.windowSize() / x.length, Math.min(1, 2 * c.bandwidth() / range)));
            if (auto) {
                shares[order] = LoessSpanSelector.biasShare(x, y, robustness, noise, order, degree(order), sigma,
                        bandwidth(order));
                b.parameter(order, "biasToVariance", shares[order].overall());
                if (order >= 1 && order <= 2 && shares[order].overall() > BIAS_WARNING) {
                    b.warning("the window chosen for derivative " + order + " has an estimated squared bias "
                            + FitSummary.format(shares[order].overall()) + " times its variance: that derivative is"
                            + " smoothed far beyond its noise (sampling or curvature too uneven for one bandwidth in x;"
                            + " its band holds the bias); the spline may follow the data better");
                }
            }
        }
        double residual = sigma;
        if (Double.isNaN(residual)) {
            double[] fitted = curve(0).values(x);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += (y[i] - fitted[i]) * (y[i] - fitted[i]);
            }
            residual = Math.sqrt(sum / x.length);
        }
        double errorSigma = Double.isNaN(sigma) ? NoiseEstimate.standardDeviation(x, y) : sigma;
        return b.residualStandardDeviation(residual).standardErrors(order -> {
            if (order < 0 || order > maxOrder()) {
                return null;
            }
            return curve(order).standardError(errorSigma, noise, shares[order]);
        }).build();
    }

    private LoessCurve curve(int order) {
        LoessCurve c = orders.get(order);
        if (c == null) {
            int degree = degree(order);
            boolean auto = method.automaticSpan() && !clean;
            double bandwidth = clean ? 0 : auto ? bandwidth(order) : method.bandwidth();
            int q = clean ? degree + LoessInterpolator.CLEAN_EXTRA
                    : auto ? LoessSpanSelector.interiorCount(x, bandwidth, degree + 3)
                    : method.fixedWindow(x.length, degree);
            c = new LoessCurve(x, y, robustness, order, degree, q, bandwidth, method.direct());
            orders.compareAndSet(order, null, c);
            c = orders.get(order);
        }
        return c;
    }

    private int degree(int order) {
        return clean ? cleanDegree : method.degreeFor(order);
    }

    /**
     * The automatic bandwidth of an order, chosen on first use by its own search (a walk shared by
     * orders 0-2, each from its own first candidate, changed the chosen windows enough to make d2
     * up to 240x worse on some accuracy-benchmark cells, so each order keeps its own grid).
     */
    private synchronized double bandwidth(int order) {
        if (Double.isNaN(bandwidths[order])) {
            bandwidths[order] = LoessSpanSelector.select(x, y, robustness, new int[] {order},
                    new int[] {degree(order)}, sigma, noise, LoessSpanSelector.PILOT_EXTRA)[0];
        }
        return bandwidths[order];
    }

    @Override
    public String toString() {
        return method + " fitted to " + x.length + " samples";
    }
}
