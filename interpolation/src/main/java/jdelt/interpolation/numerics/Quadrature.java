package jdelt.interpolation.numerics;

import jdelt.interpolation.Curve;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Legendre quadrature of a curve, and the antiderivative it defines: each interval
 * is integrated by the 5-point Gauss–Legendre rule, compared with the sum over its two halves, and
 * halved until the two agree to a relative 1e-12 (or to 2^-40 of the interval), the classical
 * adaptive scheme (Davis &amp; Rabinowitz, <i>Methods of Numerical Integration</i>, 1984, §6.2).
 * The 5-point rule is exact for polynomials up to degree 9, so a spline of degree 5 or less is
 * integrated exactly on each piece once an interval falls inside one piece.
 */
public final class Quadrature {

    private static final double[] NODES = {0, 0.5384693101056831, -0.5384693101056831, 0.9061798459386640, -0.9061798459386640};
    private static final double[] WEIGHTS = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
        0.2369268850561891, 0.2369268850561891};
    private static final double RELATIVE = 1e-12;
    private static final int MAX_DEPTH = 40;

    private Quadrature() {
    }

    /**
     * @param f the integrand
     * @param a the lower limit
     * @param b the upper limit (may be below {@code a}: the integral changes sign)
     * @return the integral of {@code f} from {@code a} to {@code b}; {@code NaN} if {@code f} is
     *     {@code NaN} anywhere the rule samples it or a limit is not finite
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.NaN;
        }
        if (a == b) {
            return 0;
        }
        double whole = rule(f, a, b);
        return adapt(f, a, b, whole, 0);
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double whole, int depth) {
        double m = 0.5 * (a + b);
        double left = rule(f, a, m);
        double right = rule(f, m, b);
        double halves = left + right;
        if (Double.isNaN(halves)) {
            return Double.NaN;
        }
        if (depth >= MAX_DEPTH || Math.abs(halves - whole) <= RELATIVE * Math.abs(halves)
                || Math.abs(halves - whole) <= Double.MIN_NORMAL) {
            return halves;
        }
        return adapt(f, a, m, left, depth + 1) + adapt(f, m, b, right, depth + 1);
    }

    private static double rule(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]);
        }
        return half * sum;
    }

    /**
     * The antiderivative of a curve that is zero at {@code origin}, by {@link #integrate}; sorted
     * arguments to {@link Curve#values} are integrated from one to the next (each stretch once).
     *
     * @param f the integrand
     * @param origin where the antiderivative is zero
     * @return the antiderivative
     */
    public static Curve antiderivative(Curve f, double origin) {
        return new Curve() {
            @Override
            public double value(double x) {
                return integrate(f, origin, x);
            }

            @Override
            public double[] values(double[] x) {
                double[] out = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    boolean sorted = i > 0 && x[i] >= x[i - 1] && x[i - 1] >= origin;
                    out[i] = sorted ? out[i - 1] + integrate(f, x[i - 1], x[i]) : value(x[i]);
                }
                return out;
            }
        };
    }
}
