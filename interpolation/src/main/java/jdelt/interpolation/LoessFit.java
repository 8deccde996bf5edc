package jdelt.interpolation;

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
     * The span used for a derivative order: the fraction of the samples in each window.
     *
     * @param order the derivative order, 0 to {@link #maxOrder()}
     * @return the window size divided by the number of samples
     */
    public double span(int order) {
        Samples.validateOrder(order, maxOrder(), method.name());
        return (double) curve(order).windowSize() / x.length;
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
     * The noise standard deviation the automatic span was chosen for, estimated from the data by
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
            int q = method.automaticSpan()
                    ? LoessSpanSelector.select(x, y, robustness, order, degree, sigma)
                    : method.fixedWindow(x.length, degree);
            c = new LoessCurve(x, y, robustness, order, degree, q, method.bandwidth(), method.direct());
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
