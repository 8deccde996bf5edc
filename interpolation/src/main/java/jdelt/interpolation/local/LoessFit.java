package jdelt.interpolation.local;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A LOESS fit (Cleveland 1979; Cleveland &amp; Devlin 1988): the local-polynomial estimate of the
 * curve and of its derivatives (Fan &amp; Gijbels 1996, §3.1), each order with its own degree and
 * window as {@link LoessInterpolator} describes. Each order is computed on first request and
 * kept; the object is immutable in what it returns and safe to share between threads.
 */
public final class LoessFit implements FittedCurve {

    private final LoessInterpolator method;
    private final double[] x;
    private final double[] y;
    private final double[] robustness;
    private final double sigma;
    private final AtomicReferenceArray<LoessCurve> orders;

    LoessFit(LoessInterpolator method, double[] x, double[] y, double[] robustness, double sigma) {
        this.method = method;
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.sigma = sigma;
        this.orders = new AtomicReferenceArray<>(method.maxOrder() + 1);
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
     * The span used for a derivative order: the fraction of the data a window covers, that is
     * the fraction of the samples in a nearest-neighbour window or, when the window is a
     * bandwidth in x (automatic or fixed), twice the bandwidth over the sampled range, whichever
     * is larger.
     *
     * @param order the derivative order, 0 to {@link #maxOrder()}
     * @return the span, in (0, 1]
     */
    public double span(int order) {
        Samples.validateOrder(order, maxOrder(), method.name());
        LoessCurve c = curve(order);
        double range = x[x.length - 1] - x[0];
        return Math.max((double) c.windowSize() / x.length, Math.min(1, 2 * c.bandwidth() / range));
    }

    /**
     * The smallest window half-width, in x units, used for a derivative order: the automatically
     * chosen bandwidth, the fixed one, or 0 for pure nearest-neighbour windows (a fixed span).
     *
     * @param order the derivative order, 0 to {@link #maxOrder()}
     * @return the bandwidth, 0 or positive
     */
    public double bandwidth(int order) {
        Samples.validateOrder(order, maxOrder(), method.name());
        return curve(order).bandwidth();
    }

    /**
     * The local polynomial degree used for a derivative order.
     *
     * @param order the derivative order, 0 to {@link #maxOrder()}
     * @return the degree
     */
    public int degree(int order) {
        Samples.validateOrder(order, maxOrder(), method.name());
        return method.degreeFor(order);
    }

    /**
     * The noise standard deviation the automatic window was chosen for, estimated from the data by
     * the difference-based estimator of Gasser, Sroka &amp; Jennen-Steinmetz (1986) (robust
     * version when robustness iterations are on).
     *
     * @return the estimate, or NaN when the span or bandwidth was fixed
     */
    public double noiseSd() {
        return sigma;
    }

    /**
     * The final bisquare robustness weights, one per sample, in [0, 1]; all ones without
     * robustness iterations. Outliers show as weights near 0.
     *
     * @return a new array
     */
    public double[] robustnessWeights() {
        if (robustness == null) {
            double[] ones = new double[x.length];
            Arrays.fill(ones, 1);
            return ones;
        }
        return robustness.clone();
    }

    private LoessCurve curve(int order) {
        LoessCurve c = orders.get(order);
        if (c == null) {
            int degree = method.degreeFor(order);
            boolean auto = method.automaticSpan();
            double bandwidth = auto ? LoessSpanSelector.select(x, y, robustness, order, degree, sigma)
                    : method.bandwidth();
            int q = auto ? LoessSpanSelector.interiorCount(x, bandwidth, degree + 3)
                    : method.fixedWindow(x.length, degree);
            c = new LoessCurve(x, y, robustness, order, degree, q, bandwidth, method.direct());
            orders.compareAndSet(order, null, c);
            c = orders.get(order);
        }
        return c;
    }

    @Override
    public String toString() {
        return method + " fitted to " + x.length + " samples";
    }
}
