package jdelt.estimators;

/**
 * The finite-difference weights of {@link FiniteDifferenceInterpolator} in closed form: the m-th
 * derivative at {@code z} of the polynomial interpolating {@code s} consecutive samples is
 * {@code Σ_j y_j L_j^(m)(z)}, with the Lagrange basis {@code L_j(z) = Π_{l≠j} (z - x_l) / d_j},
 * {@code d_j = Π_{l≠j} (x_j - x_l)}, so {@code L_j^(m)(z) = m! e_{s-1-m}(z - x_l : l ≠ j) / d_j}
 * ({@code e_k} the elementary symmetric polynomial of degree k): the weights that B. Fornberg's
 * recursion ("Generation of finite difference formulas on arbitrarily spaced grids", Math. Comp.
 * 51 (1988) 699–706) generates, at O(s²) per point with no division there. The reciprocals
 * {@code 1 / d_j} depend on the stencil only, so they are computed once per stencil and kept for the last two stencils, which is all a walk over sorted points needs.
 *
 * <p>A mutable work space: one instance serves one thread, for one pass over the points.
 */
final class LagrangeStencil {

    private final double[] x;
    private final double[] y;
    private final int s;
    private final double[] offsets;
    private final double[] symmetric;
    private final int[] cachedFrom = {-1, -1};
    private final double[][] reciprocals;
    private int older;

    /**
     * @param x the abscissae, strictly increasing
     * @param y the ordinates
     * @param s the stencil size, at most {@code x.length}
     */
    LagrangeStencil(double[] x, double[] y, int s) {
        this.x = x;
        this.y = y;
        this.s = s;
        this.offsets = new double[s];
        this.symmetric = new double[s];
        this.reciprocals = new double[2][s];
    }

    /**
     * The derivative of order {@code order} at {@code z} of the polynomial interpolating the
     * samples {@code from .. from + s - 1}.
     *
     * @param from the stencil's first index
     * @param z the evaluation point
     * @param order the derivative order, less than {@code s}
     * @return the derivative
     */
    double derivative(int from, double z, int order) {
        double[] r = reciprocals(from);
        for (int l = 0; l < s; l++) {
            offsets[l] = z - x[from + l];
        }
        int k = s - 1 - order;
        double sum = 0;
        for (int j = 0; j < s; j++) {
            symmetric[0] = 1;
            for (int q = 1; q <= k; q++) {
                symmetric[q] = 0;
            }
            int count = 0;
            for (int l = 0; l < s; l++) {
                if (l == j) {
                    continue;
                }
                count++;
                double a = offsets[l];
                for (int q = Math.min(count, k); q >= 1; q--) {
                    symmetric[q] += a * symmetric[q - 1];
                }
            }
            sum += symmetric[k] * r[j] * y[from + j];
        }
        for (int f = 2; f <= order; f++) {
            sum *= f;
        }
        return sum;
    }

    /** The reciprocals {@code 1 / d_j} of the stencil starting at {@code from}, cached for the last two stencils. */
    private double[] reciprocals(int from) {
        for (int c = 0; c < 2; c++) {
            if (cachedFrom[c] == from) {
                return reciprocals[c];
            }
        }
        int c = older;
        older = 1 - older;
        cachedFrom[c] = from;
        double[] r = reciprocals[c];
        for (int j = 0; j < s; j++) {
            double d = 1;
            for (int l = 0; l < s; l++) {
                if (l != j) {
                    d *= x[from + j] - x[from + l];
                }
            }
            r[j] = 1 / d;
        }
        return r;
    }
}
