package jdelt.bench.multivariate;

/**
 * A function of one variable with its exact derivatives of orders 0 to 2: the building block of
 * the benchmark's test surfaces ({@link Surface}), which are sums of products of factors.
 */
@FunctionalInterface
interface Factor {

    /**
     * @param x the argument
     * @param order 0, 1 or 2
     * @return the derivative of that order at x
     */
    double at(double x, int order);

    /** @return the polynomial {@code c[0] + c[1] x + c[2] x² + c[3] x³ ...} */
    static Factor polynomial(double... c) {
        return (x, order) -> {
            double sum = 0;
            for (int k = c.length - 1; k >= order; k--) {
                double falling = 1;
                for (int r = 0; r < order; r++) {
                    falling *= k - r;
                }
                double power = Math.pow(x, k - order);
                sum += c[k] * falling * power;
            }
            return sum;
        };
    }

    /** @return {@code exp(p0 + p1 x + p2 x²)} */
    static Factor expQuadratic(double p0, double p1, double p2) {
        return (x, order) -> {
            double e = Math.exp(p0 + p1 * x + p2 * x * x);
            double q1 = p1 + 2 * p2 * x;
            return switch (order) {
                case 0 -> e;
                case 1 -> e * q1;
                default -> e * (2 * p2 + q1 * q1);
            };
        };
    }

    /** @return {@code sin(a x + b)} */
    static Factor sine(double a, double b) {
        return (x, order) -> Math.pow(a, order) * Math.sin(a * x + b + order * Math.PI / 2);
    }
}
