package jdelt.estimators;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.StandardizedFit;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.IntervalWalk;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.OrderCurve;


/**
 * Finite-difference derivatives of orders 1 and 2, second- or fourth-order accurate on arbitrary
 * (non-uniform) x, from the weights of B. Fornberg, "Generation of finite difference formulas on
 * arbitrarily spaced grids", Math. Comp. 51 (1988) 699–706.
 *
 * <p><b>It does not smooth.</b> This is the honest baseline every smoothing method must beat: the
 * fitted curve passes through every sample, so noise in {@code y} reaches the derivatives amplified
 * (roughly by {@code 1/h} for the first and {@code 1/h²} for the second derivative, h the spacing).
 * Use it on clean data, or to see how much a smoother gains.
 *
 * <p><b>The model.</b> With accuracy {@code p} (2 or 4) every stencil has {@code s = p + 2}
 * consecutive samples, the fewest that make the second derivative {@code p}-th order accurate on a
 * non-uniform grid (an {@code s}-point formula for the m-th derivative has error
 * {@code O(h^(s-m))}). For {@code x} in {@code [x[i], x[i+1]]} the stencil is the {@code s} samples
 * centred on that interval ({@code x[i-p/2] .. x[i+1+p/2]}), shifted inwards near the ends. The
 * curve of order {@code m} at {@code x} is {@code sum_j w_j(x) y_j}, with {@code w_j(x)} Fornberg's
 * weights for the m-th derivative at the evaluation point {@code x}: order 0 is therefore the
 * stencil's interpolating polynomial (degree {@code s-1}, so the curve passes through every
 * sample and is continuous) and orders 1 and 2 are its exact derivatives. Derivatives jump at the
 * samples, where two stencils meet; at a sample itself they are the mean of the two stencils'
 * values (on a uniform grid this mean is the classical central formula: for {@code p = 2} the
 * five-point first derivative and the three-point second derivative).
 *
 * <p><b>Extrapolation.</b> Left of {@code x[0]} and right of {@code x[n-1]} the curve continues
 * the polynomial of the first or last stencil; it grows like a polynomial of degree {@code s-1}.
 *
 * <p><b>Default accuracy: 2.</b> On smooth noise-free data accuracy 4 is far more accurate, but
 * sampled data are rarely noise-free, and with noise the larger stencil amplifies it more (see the
 * figures in the project notes); accuracy 2 also needs only 4 samples instead of 6.
 *
 * <p>Fitting copies the samples and costs O(n); evaluation costs O(s²) per point, and
 * {@link Curve#values(double[])} locates sorted arguments in linear total time. Instances are
 * immutable and thread-safe.
 */
public final class FiniteDifferenceInterpolator implements Interpolator {

    /** The registered method name. */
    public static final String NAME = "fd";
    /** The highest derivative order supported. */
    public static final int MAX_ORDER = 2;
    /** The default accuracy order. */
    public static final int DEFAULT_ACCURACY = 2;

    private final int accuracy;

    /** Creates a second-order accurate finite-difference method. */
    public FiniteDifferenceInterpolator() {
        this(DEFAULT_ACCURACY);
    }

    /**
     * Creates a finite-difference method of the given accuracy order.
     *
     * @param accuracy the order of accuracy of the first and second derivatives: 2 or 4
     * @throws IllegalArgumentException for any other value
     */
    public FiniteDifferenceInterpolator(int accuracy) {
        if (accuracy != 2 && accuracy != 4) {
            throw new IllegalArgumentException(NAME + ": accuracy must be 2 or 4, got " + accuracy);
        }
        this.accuracy = accuracy;
    }

    /** @return the accuracy order, 2 or 4 */
    public int accuracy() {
        return accuracy;
    }

    /** @return the number of samples in every stencil, {@code accuracy + 2} */
    public int stencilSize() {
        return accuracy + MAX_ORDER;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        return StandardizedFit.fit(x, y, stencilSize(), NAME + " with accuracy " + accuracy,
                (xs, ys) -> new Fit(xs, ys, stencilSize(), FitSummary.builder(NAME, true)
                        .parameter("accuracy", accuracy).parameter("stencil", stencilSize())
                        .degreesOfFreedom(xs.length).residualStandardDeviation(0)));
    }

    @Override
    public String toString() {
        return "FiniteDifferenceInterpolator[accuracy=" + accuracy + "]";
    }

    /**
     * Fornberg's recursion: the weights, for derivatives of orders 0 to {@code maxOrder}, of the
     * values at {@code x[from] .. x[from+s-1]} that give those derivatives, at {@code z}, of the
     * polynomial interpolating those values.
     *
     * @param x the abscissae
     * @param from the first stencil index
     * @param s the stencil size
     * @param z the evaluation point
     * @param maxOrder the highest derivative order wanted
     * @param w receives {@code w[m * s + j]}, the weight of sample {@code from + j} for
     *     derivative {@code m}; at least {@code (maxOrder + 1) * s} long
     */
    static void fornbergWeights(double[] x, int from, int s, double z, int maxOrder, double[] w) {
        int stride = s;
        java.util.Arrays.fill(w, 0, (maxOrder + 1) * stride, 0);
        w[0] = 1;
        double prod = 1;
        double prevOffset = x[from] - z;
        for (int i = 1; i < s; i++) {
            int top = Math.min(i, maxOrder);
            double newProd = 1;
            double offsetBefore = prevOffset;
            prevOffset = x[from + i] - z;
            for (int j = 0; j < i; j++) {
                double gap = x[from + i] - x[from + j];
                newProd *= gap;
                if (j == i - 1) {
                    for (int m = top; m >= 1; m--) {
                        w[m * stride + i] = prod * (m * w[(m - 1) * stride + i - 1]
                                - offsetBefore * w[m * stride + i - 1]) / newProd;
                    }
                    w[i] = -prod * offsetBefore * w[i - 1] / newProd;
                }
                for (int m = top; m >= 1; m--) {
                    w[m * stride + j] = (prevOffset * w[m * stride + j] - m * w[(m - 1) * stride + j]) / gap;
                }
                w[j] = prevOffset * w[j] / gap;
            }
            prod = newProd;
        }
    }

    /** The piecewise-polynomial model and its derivatives; immutable. */
    private static final class Fit implements FittedCurve {

        private final double[] x;
        private final double[] y;
        private final int s;
        private final FitSummary summary;

        Fit(double[] x, double[] y, int s, FitSummary.Builder summary) {
            this.x = x;
            this.y = y;
            this.s = s;
            double sigma = NoiseEstimate.standardDeviation(x, y);
            this.summary = summary.standardErrors(order -> order < 0 || order > MAX_ORDER ? null
                    : new OrderCurve(z -> Double.isFinite(z) ? standardError(z, order, new IntervalWalk(x).locate(z), sigma)
                            : Double.NaN, z -> standardErrors(z, order, sigma))).build();
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
            Samples.validateOrder(order, MAX_ORDER, NAME);
            return new OrderCurve(z -> value(z, order), z -> evaluateAll(z, order));
        }

        @Override
        public int maxOrder() {
            return MAX_ORDER;
        }

        @Override
        public double value(double z) {
            return value(z, 0);
        }

        private double value(double z, int order) {
            return Double.isNaN(z) ? Double.NaN : evaluate(z, order, new IntervalWalk(x).locate(z), new double[3 * s]);
        }

        @Override
        public double[] values(double[] z) {
            return evaluateAll(z, 0);
        }

        /** The first index of the stencil serving interval {@code i}. */
        int stencilStart(int i) {
            return Math.max(0, Math.min(x.length - s, i - (s / 2 - 1)));
        }

        /** The estimate at {@code z} in interval {@code interval}, with {@code w} as work space. */
        double evaluate(double z, int order, int interval, double[] w) {
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            int from = stencilStart(interval);
            double v = combine(from, z, order, w);
            if (z == x[interval] && interval > 0) {
                int before = stencilStart(interval - 1);
                if (before != from) {
                    v = 0.5 * (v + combine(before, z, order, w));
                }
            }
            return v;
        }

        private double combine(int from, double z, int order, double[] w) {
            fornbergWeights(x, from, s, z, order, w);
            double sum = 0;
            for (int j = 0; j < s; j++) {
                sum += w[order * s + j] * y[from + j];
            }
            return sum;
        }

        /** The standard error at z: sigma times the root of the sum of the squared sample weights of {@link #evaluate}. */
        double standardError(double z, int order, int interval, double sigma) {
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            int from = stencilStart(interval);
            double[] w = new double[(order + 1) * s];
            fornbergWeights(x, from, s, z, order, w);
            int before = interval > 0 ? stencilStart(interval - 1) : from;
            double sum = 0;
            if (z == x[interval] && before != from) {
                // the mean of two stencils: their weights on the union of their samples, halved
                double[] v = new double[(order + 1) * s];
                fornbergWeights(x, before, s, z, order, v);
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
            double[] w = new double[(order + 1) * s];
            IntervalWalk walk = new IntervalWalk(x);
            for (int k = 0; k < z.length; k++) {
                out[k] = Double.isFinite(z[k]) ? evaluate(z[k], order, walk.locate(z[k]), w) : Double.NaN;
            }
            return out;
        }
    }
}
