package jdelt.estimators;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.IntervalWalk;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.OrderCurve;

/** The piecewise-polynomial model and its derivatives; immutable. */
final class FiniteDifferenceFit implements FittedCurve {

    private final double[] x;
    private final int s;
    private final DividedDifferences newton;
    private final FitSummary summary;

    FiniteDifferenceFit(double[] x, double[] y, int s, FitSummary.Builder summary) {
        this.x = x;
        this.s = s;
        this.newton = new DividedDifferences(x, y, s);
        this.summary = summary.standardErrors(order -> {
            if (order < 0 || order > FiniteDifferenceInterpolator.MAX_ORDER) {
                return null;
            }
            double sigma = NoiseEstimate.standardDeviation(x, y);
            return new OrderCurve(z -> Double.isFinite(z) ? standardError(z, order, new IntervalWalk(x).locate(z), sigma)
                    : Double.NaN, z -> standardErrors(z, order, sigma));
        }).build();
    }

    /**
     * Reports the accuracy order and stencil size; the model interpolates, so df = n and sigma
     * = 0. The standard error of each order is the noise deviation (the difference-based
     * estimate of Gasser, Sroka &amp; Jennen-Steinmetz, Biometrika 73, 1986) times the root of
     * the sum of the squared Fornberg weights: the noise the stencil passes on, truncation
     * error left out.
     */
    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, FiniteDifferenceInterpolator.MAX_ORDER, FiniteDifferenceInterpolator.NAME);
        return new OrderCurve(z -> value(z, order), z -> evaluateAll(z, order));
    }

    @Override
    public int maxOrder() {
        return FiniteDifferenceInterpolator.MAX_ORDER;
    }

    @Override
    public double value(double z) {
        return value(z, 0);
    }

    private double value(double z, int order) {
        return Double.isNaN(z) ? Double.NaN : evaluate(z, order, new IntervalWalk(x).locate(z));
    }

    @Override
    public double[] values(double[] z) {
        return evaluateAll(z, 0);
    }

    /** The first index of the stencil serving interval {@code i}. */
    int stencilStart(int i) {
        return Math.max(0, Math.min(x.length - s, i - (s / 2 - 1)));
    }

    /**
     * The estimate at {@code z} in interval {@code interval}: the stencil polynomial's derivative
     * (from its Newton form, the same polynomial as Fornberg's weights give), or at a sample the
     * mean of the two stencils meeting there.
     */
    double evaluate(double z, int order, int interval) {
        if (!Double.isFinite(z)) {
            return Double.NaN;
        }
        int from = stencilStart(interval);
        double v = newton.derivative(from, z, order);
        if (z == x[interval] && interval > 0) {
            int before = stencilStart(interval - 1);
            if (before != from) {
                v = 0.5 * (v + newton.derivative(before, z, order));
            }
        }
        return v;
    }

    /** The standard error at z: sigma times the root of the sum of the squared sample weights of {@link #evaluate}. */
    double standardError(double z, int order, int interval, double sigma) {
        if (!Double.isFinite(z)) {
            return Double.NaN;
        }
        int from = stencilStart(interval);
        double[] w = new double[(order + 1) * s];
        FiniteDifferenceInterpolator.fornbergWeights(x, from, s, z, order, w);
        int before = interval > 0 ? stencilStart(interval - 1) : from;
        double sum = 0;
        if (z == x[interval] && before != from) {
            // the mean of two stencils: their weights on the union of their samples, halved
            double[] v = new double[(order + 1) * s];
            FiniteDifferenceInterpolator.fornbergWeights(x, before, s, z, order, v);
            for (int j = Math.min(from, before); j < Math.max(from, before) + s; j++) {
                double a = j >= from && j < from + s ? w[order * s + j - from] : 0;
                double b = j >= before && j < before + s ? v[order * s + j - before] : 0;
                sum += 0.25 * (a + b) * (a + b);
            }
        } else {
            for (int j = 0; j < s; j++) {
                sum += w[order * s + j] * w[order * s + j];
            }
        }
        return sigma * Math.sqrt(sum);
    }

    double[] standardErrors(double[] z, int order, double sigma) {
        double[] out = new double[z.length];
        IntervalWalk walk = new IntervalWalk(x);
        for (int k = 0; k < z.length; k++) {
            out[k] = Double.isFinite(z[k]) ? standardError(z[k], order, walk.locate(z[k]), sigma) : Double.NaN;
        }
        return out;
    }

    double[] evaluateAll(double[] z, int order) {
        double[] out = new double[z.length];
        IntervalWalk walk = new IntervalWalk(x);
        for (int k = 0; k < z.length; k++) {
            out[k] = Double.isFinite(z[k]) ? evaluate(z[k], order, walk.locate(z[k])) : Double.NaN;
        }
        return out;
    }
}
