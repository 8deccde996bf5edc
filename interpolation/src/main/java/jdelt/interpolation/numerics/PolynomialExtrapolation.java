package jdelt.interpolation.numerics;

/**
 * The value at a point of the polynomial that interpolates a run of consecutive samples, by
 * Lagrange's formula, with distances measured in units of the run's span so that the products of
 * distances stay far from overflow and underflow (Berrut &amp; Trefethen, "Barycentric Lagrange
 * interpolation", SIAM Review 46, 2004, section 3).
 */
public final class PolynomialExtrapolation {

    private PolynomialExtrapolation() {
    }

    /**
     * @param x strictly increasing abscissae
     * @param y ordinates
     * @param from the first sample of the run
     * @param count the number of samples of the run (the polynomial has degree {@code count - 1})
     * @param at where to evaluate the polynomial, usually outside the run
     * @return the polynomial's value at {@code at}
     */
    public static double value(double[] x, double[] y, int from, int count, double at) {
        double inverseSpan = 1 / (x[from + count - 1] - x[from]);
        double sum = 0;
        for (int j = from; j < from + count; j++) {
            double weight = 1;
            for (int l = from; l < from + count; l++) {
                if (l != j) {
                    weight *= (at - x[l]) * inverseSpan / ((x[j] - x[l]) * inverseSpan);
                }
            }
            sum += weight * y[j];
        }
        return sum;
    }
}
