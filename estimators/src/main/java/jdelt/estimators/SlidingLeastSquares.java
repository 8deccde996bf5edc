package jdelt.estimators;

/**
 * The local least-squares polynomials of {@link LocalLeastSquares} at a sequence of points,
 * with the window sums updated as the window slides instead of recomputed: a sample entering or
 * leaving the window costs O(degree), so evaluating sorted points costs O(n + points · degree²)
 * in total whatever the window size (the sliding-window idea of Savitzky and Golay's convolution,
 * kept exact on non-uniform x).
 *
 * <p>The sums are of powers of {@code u = (x - origin) / radius}; they are rebuilt from scratch
 * (O(window)) whenever the window has moved by a quarter of its length since the last rebuild
 * or has left the range where {@code |u| <= 2}, which bounds both the cancellation error of the
 * updates and the amortised rebuild cost (O(degree) per step). One instance serves one thread.
 */
final class SlidingLeastSquares {

    private final double[] x;
    private final double[] y;
    private final int degree;
    private final int k;
    private final double[] moments;
    private final double[] rhs;
    private int start = -1;
    private int rebuiltAt;
    private double origin;
    private double radius;

    /**
     * @param x the sorted abscissae
     * @param y the ordinates
     * @param degree the polynomial degree
     * @param k the window size, more than {@code degree} and at most {@code x.length}
     */
    SlidingLeastSquares(double[] x, double[] y, int degree, int k) {
        this.x = x;
        this.y = y;
        this.degree = degree;
        this.k = k;
        this.moments = new double[2 * degree + 1];
        this.rhs = new double[degree + 1];
    }

    /**
     * Evaluates the local polynomial of the {@code k} samples nearest to {@code z}.
     *
     * @param z the evaluation point, finite
     * @param maxOrder the highest derivative wanted
     * @param out as in {@link LocalLeastSquares#fit}: derivatives 0 to {@code maxOrder}, then the
     *     hat diagonal if there is room
     */
    void evaluate(double z, int maxOrder, double[] out) {
        int guess = start < 0 ? LocalLeastSquares.guess(x, k, z) : start;
        if (start >= 0 && Math.abs(z - x[start + k / 2]) > x[start + k - 1] - x[start]) {
            guess = LocalLeastSquares.guess(x, k, z);
        }
        moveTo(LocalLeastSquares.nearestWindow(x, k, z, guess));
        LocalLeastSquares.solve(moments, rhs, degree + 1, maxOrder, (z - origin) / radius, radius, out);
    }

    private void moveTo(int a) {
        boolean far = start < 0 || Math.abs(a - rebuiltAt) > k / 4;
        if (!far) {
            while (start < a) {
                add(start, -1);
                add(start + k, 1);
                start++;
            }
            while (start > a) {
                start--;
                add(start + k, -1);
                add(start, 1);
            }
            far = Math.abs(x[start] - origin) > 2 * radius || Math.abs(x[start + k - 1] - origin) > 2 * radius;
        }
        if (far) {
            rebuild(a);
        }
    }

    private void rebuild(int a) {
        start = a;
        rebuiltAt = a;
        origin = 0.5 * (x[a] + x[a + k - 1]);
        radius = 0.5 * (x[a + k - 1] - x[a]);
        java.util.Arrays.fill(moments, 0);
        java.util.Arrays.fill(rhs, 0);
        for (int j = a; j < a + k; j++) {
            add(j, 1);
        }
    }

    private void add(int j, int sign) {
        double u = (x[j] - origin) / radius;
        double p = sign;
        for (int q = 0; q < moments.length; q++) {
            moments[q] += p;
            if (q < rhs.length) {
                rhs[q] += p * y[j];
            }
            p *= u;
        }
    }
}
