package jdelt.interpolation.numerics;

import jdelt.interpolation.Curve;

/**
 * A piecewise polynomial in Taylor form on each piece, or one of its derivatives, evaluated
 * exactly (Horner's rule on the differentiated Taylor coefficients). Outside the breakpoints it
 * continues the first and last pieces; at an interior breakpoint it takes the piece on the right.
 * Sorted arguments to {@link #values(double[])} are located by one forward walk (linear time).
 */
public final class PiecewisePolynomial implements Curve {

    private final double[] breaks;
    /** {@code taylor[piece * (degree + 1) + j]} is the j-th Taylor coefficient at {@code breaks[piece]}. */
    private final double[] taylor;
    private final int degree;
    private final int order;
    /** {@code j! / (j - order)!} for j = order..degree. */
    private final double[] falling;

    public PiecewisePolynomial(double[] breaks, double[] taylor, int degree) {
        this(breaks, taylor, degree, 0);
    }

    private PiecewisePolynomial(double[] breaks, double[] taylor, int degree, int order) {
        this.breaks = breaks;
        this.taylor = taylor;
        this.degree = degree;
        this.order = order;
        this.falling = new double[degree + 1];
        for (int j = order; j <= degree; j++) {
            double f = 1;
            for (int i = j - order + 1; i <= j; i++) {
                f *= i;
            }
            falling[j] = f;
        }
    }

    /** @return the derivative of the given order of the underlying polynomial (order + this order at most degree) */
    public PiecewisePolynomial derivative(int r) {
        return new PiecewisePolynomial(breaks, taylor, degree, order + r);
    }

    /**
     * The exact antiderivative of the polynomial this derivative order came from: a piecewise
     * polynomial of one degree more, zero at the first breakpoint and continuous at every other
     * (each piece's constant is the integral of the pieces before it). Outside the breakpoints it
     * integrates the continued end pieces, as {@link #value(double)} evaluates them.
     *
     * @return the antiderivative of this curve
     * @throws IllegalStateException if this is a derivative (integrate the fit itself)
     */
    public PiecewisePolynomial antiderivative() {
        if (order != 0) {
            throw new IllegalStateException("the antiderivative of a derivative is the lower-order curve");
        }
        int pieces = pieces();
        int width = degree + 2;
        double[] integrated = new double[pieces * width];
        double constant = 0;
        for (int p = 0; p < pieces; p++) {
            integrated[p * width] = constant;
            for (int j = 0; j <= degree; j++) {
                integrated[p * width + j + 1] = taylor[p * (degree + 1) + j] / (j + 1);
            }
            double h = breaks[p + 1] - breaks[p];
            double end = 0;
            for (int j = degree + 1; j >= 0; j--) {
                end = end * h + integrated[p * width + j];
            }
            constant = end;
        }
        return new PiecewisePolynomial(breaks, integrated, degree + 1);
    }

    /** @return the number of polynomial pieces */
    public int pieces() {
        return breaks.length - 1;
    }

    @Override
    public double value(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return evaluate(new IntervalWalk(breaks).locate(x), x);
    }

    @Override
    public double[] values(double[] x) {
        double[] out = new double[x.length];
        IntervalWalk walk = new IntervalWalk(breaks);
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.isNaN(x[i]) ? Double.NaN : evaluate(walk.locate(x[i]), x[i]);
        }
        return out;
    }

    private double evaluate(int piece, double x) {
        double dx = x - breaks[piece];
        int base = piece * (degree + 1);
        double sum = 0;
        for (int j = degree; j >= order; j--) {
            sum = sum * dx + falling[j] * taylor[base + j];
        }
        return sum;
    }
}
