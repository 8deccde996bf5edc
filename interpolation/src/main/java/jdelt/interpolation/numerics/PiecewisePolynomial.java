package jdelt.interpolation.numerics;

import jdelt.interpolation.Curve;
import java.util.Arrays;

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

    /** @return the number of polynomial pieces */
    public int pieces() {
        return breaks.length - 1;
    }

    @Override
    public double value(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        int piece = Arrays.binarySearch(breaks, x);
        if (piece < 0) {
            piece = -piece - 2;
        }
        return evaluate(clamp(piece), x);
    }

    @Override
    public double[] values(double[] x) {
        double[] out = new double[x.length];
        int piece = 0;
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && !(x[i] >= x[i - 1])) {
                for (int j = i; j < x.length; j++) {
                    out[j] = value(x[j]);
                }
                return out;
            }
            while (piece < breaks.length - 2 && x[i] >= breaks[piece + 1]) {
                piece++;
            }
            out[i] = evaluate(piece, x[i]);
        }
        return out;
    }

    private int clamp(int piece) {
        return Math.max(0, Math.min(piece, breaks.length - 2));
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
