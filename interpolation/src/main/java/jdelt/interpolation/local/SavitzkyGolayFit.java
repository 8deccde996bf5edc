package jdelt.interpolation.local;

import java.util.Arrays;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.OrderCurve;
import jdelt.interpolation.numerics.SlidingWindowLeastSquares;

/**
 * A Savitzky–Golay fit ({@link SavitzkyGolayInterpolator}): the samples and, for each derivative
 * order, the degree of its local polynomials and its window (a half-width in x, or a fixed number
 * of samples), which {@link #summary()} reports. Immutable and thread-safe.
 */
final class SavitzkyGolayFit implements FittedCurve {

    private final double[] x;
    private final double[] y;
    private final int[] degrees;
    private final int[] windows;
    private final double[] bandwidths;
    private final double sigma;
    private final FitSummary summary;

    /**
     * @param degrees the local polynomial degree of each order
     * @param windows each order's fixed number of samples, or the least number with a bandwidth
     * @param bandwidths each order's half-width in x, or 0 for a fixed number of samples
     * @param choice how the windows were chosen, for the summary
     */
    SavitzkyGolayFit(double[] x, double[] y, int[] degrees, int[] windows, double[] bandwidths, String choice) {
        this.x = x;
        this.y = y;
        this.degrees = degrees;
        this.windows = windows;
        this.bandwidths = bandwidths;
        this.sigma = NoiseEstimate.standardDeviation(x, y);
        FitSummary.Builder b = FitSummary.builder(SavitzkyGolayInterpolator.NAME, false)
                .parameter("window", choice);
        for (int m = 0; m < degrees.length; m++) {
            b.parameter(m, "degree", degrees[m]);
            if (bandwidths[m] > 0) {
                b.parameter(m, "bandwidth", bandwidths[m]);
            } else {
                b.parameter(m, "samples", windows[m]);
            }
        }
        this.summary = b.residualStandardDeviation(sigma).standardErrors(this::standardError).build();
    }

    @Override
    public Curve differentiate(int order) {
        boolean oneDegree = Arrays.stream(degrees).allMatch(d -> d == degrees[0]);
        Samples.validateOrder(order, maxOrder(), SavitzkyGolayInterpolator.NAME + (oneDegree ? " with degree " + degrees[0] : ""));
        return new OrderCurve(z -> evaluate(z, order), z -> evaluateAll(z, order, false));
    }

    /**
     * The standard error of order {@code order}: the noise deviation (Gasser, Sroka &amp;
     * Jennen-Steinmetz 1986) times the root of the sum of the squared weights with which the
     * samples enter the estimate ({@link SlidingWindowLeastSquares#derivativeVariance}); it leaves
     * out the local polynomial's bias.
     */
    private Curve standardError(int order) {
        if (order < 0 || order > maxOrder()) {
            return null;
        }
        return new OrderCurve(z -> evaluateAll(new double[] {z}, order, true)[0], z -> evaluateAll(z, order, true));
    }

    @Override
    public int maxOrder() {
        return windows.length - 1;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public String toString() {
        return summary.toString();
    }

    @Override
    public double value(double z) {
        return evaluate(z, 0);
    }

    @Override
    public double[] values(double[] z) {
        return evaluateAll(z, 0, false);
    }

    /** Whether order {@code order}'s windows are few samples, factored one by one ({@link SlidingWindowLeastSquares#directSuits}). */
    private boolean direct(int order) {
        return bandwidths[order] == 0 && SlidingWindowLeastSquares.directSuits(degrees[order], windows[order]);
    }

    private double evaluate(double z, int order) {
        if (!Double.isFinite(z)) {
            return Double.NaN;
        }
        BandwidthWindow window = new BandwidthWindow(x, windows[order], bandwidths[order]);
        window.locate(z);
        SlidingWindowLeastSquares local =
                new SlidingWindowLeastSquares(x, y, degrees[order], windows[order], 1, direct(order));
        local.moveTo(window.first(), window.count());
        double[] out = new double[order + 1];
        local.derivatives(z, order, out);
        return out[order];
    }

    /** The estimates of order {@code order} at z, or with {@code se} their standard errors. */
    private double[] evaluateAll(double[] z, int order, boolean se) {
        BandwidthWindow window = new BandwidthWindow(x, windows[order], bandwidths[order]);
        SlidingWindowLeastSquares local =
                new SlidingWindowLeastSquares(x, y, degrees[order], windows[order], 1, direct(order));
        double[] result = new double[z.length];
        double[] out = new double[order + 1];
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                result[i] = Double.NaN;
                continue;
            }
            // the window slides from the previous one when z[i] is within its reach
            window.locate(z[i]);
            local.moveTo(window.first(), window.count());
            if (se) {
                result[i] = sigma * Math.sqrt(local.derivativeVariance(z[i], order));
            } else {
                local.derivatives(z[i], order, out);
                result[i] = out[order];
            }
        }
        return result;
    }
}
