package jdelt.interpolation.spline;

import jdelt.interpolation.numerics.PolynomialExtrapolation;

/**
 * Samples that continue noise-free data beyond each end, so that the interpolating spline's
 * not-a-knot end condition falls outside the record: the not-a-knot interpolant is accurate to
 * O(h^(2m)) in value but loses the superconvergence of its derivatives at the knots (de Boor,
 * <i>A Practical Guide to Splines</i>, 1978, ch. IV and XIII) over the first dozen knots from each
 * end, where its first-derivative error is about 1/h times the interior one. A few ghost samples
 * per end (at least m, so that the dropped knots fall among them), one mean end spacing apart, take the values of the
 * polynomial of degree {@code degree + }{@value #EXTRA_DEGREE} through the nearest end samples
 * (Lagrange extrapolation), which is exact for the spline's own polynomials, so that the spline still
 * reproduces every polynomial of its degree; the fit keeps only the pieces within the record.
 * The counts are measured by {@code jdelt.bench.SplineEdgeStudy} (see {@link #DEFAULT_GHOSTS}).
 */
final class NoiseFreeEnds {

    /** Degree of the extrapolating polynomial above the spline's. */
    static final int EXTRA_DEGREE = 2;
    /**
     * Ghost samples per end. On the accuracy benchmark's nine noise-free cells (n = 1000, three
     * seeds) the geometric mean of the whole-range over inner-90 % RMSE was 13.8 (d1) and 3.7 (d2)
     * with the plain not-a-knot ends, 4.2 and 1.30 with 3 ghosts, 2.9 and 1.17 with 4, 3.3 and 1.31
     * with 6, whose further extrapolation amplifies rounding on signals already fitted to 1e-13;
     * the inner RMSE stayed within 0.997 and 1.04 of the plain ends' ({@code jdelt.bench.SplineEdgeStudy}).
     */
    static final int DEFAULT_GHOSTS = 4;
    /** The most ghost samples per end that may be asked for. */
    static final int MAX_GHOSTS = 16;

    /** The abscissae, ordinates and weights with the ghost samples at both ends. */
    final double[] x;
    final double[] y;
    final double[] w;
    /** The number of ghost samples at each end. */
    final int ghosts;

    private NoiseFreeEnds(double[] x, double[] y, double[] w, int ghosts) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.ghosts = ghosts;
    }

    /**
     * @param x the samples' abscissae, strictly increasing
     * @param y their ordinates
     * @param w their weights
     * @param degree the spline degree
     * @param ghosts samples to add beyond each end (raised to m where fewer)
     * @return the samples continued at both ends, or null when there are too few samples for the
     *     extrapolating polynomial at each end (fewer than twice its {@code degree + 3} points)
     */
    static NoiseFreeEnds of(double[] x, double[] y, double[] w, int degree, int ghosts) {
        int points = degree + EXTRA_DEGREE + 1;
        int n = x.length;
        if (n < 2 * points) {
            return null;
        }
        int g = Math.max(ghosts, (degree + 1) / 2);
        double[] xe = new double[n + 2 * g];
        double[] ye = new double[n + 2 * g];
        double[] we = new double[n + 2 * g];
        System.arraycopy(x, 0, xe, g, n);
        System.arraycopy(y, 0, ye, g, n);
        System.arraycopy(w, 0, we, g, n);
        double left = (x[points - 1] - x[0]) / (points - 1);
        double right = (x[n - 1] - x[n - points]) / (points - 1);
        for (int j = 1; j <= g; j++) {
            xe[g - j] = x[0] - j * left;
            ye[g - j] = PolynomialExtrapolation.value(x, y, 0, points, xe[g - j]);
            we[g - j] = w[0];
            xe[g + n - 1 + j] = x[n - 1] + j * right;
            ye[g + n - 1 + j] = PolynomialExtrapolation.value(x, y, n - points, points, xe[g + n - 1 + j]);
            we[g + n - 1 + j] = w[n - 1];
        }
        return new NoiseFreeEnds(xe, ye, we, g);
    }
}
