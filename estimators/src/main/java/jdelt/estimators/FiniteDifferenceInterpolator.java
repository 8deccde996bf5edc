package jdelt.estimators;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.StandardizedFit;
import jdelt.interpolation.Interpolator;

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
 * <p>Fitting copies the samples and builds the table of divided differences of every stencil,
 * O(n s); evaluation is the stencil polynomial's Newton form, O(s) per point without division
 * (the standard errors use Fornberg's weights, O(s²) per point), and
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
                (xs, ys) -> new FiniteDifferenceFit(xs, ys, stencilSize(), FitSummary.builder(NAME, true)
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

}
