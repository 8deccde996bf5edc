package jdelt.interpolation;

import java.util.Arrays;

/**
 * Time-delay embedding windows and the least-squares polynomial over one window, the shared core
 * of {@link GllaInterpolator} and {@link GoldInterpolator}: a window is {@code dimension} samples
 * {@code lag} indices apart, {@code x[c], x[c+lag], ..., x[c+lag*(dimension-1)]} (Boker et al.
 * 2010; Deboeck 2010). The fit uses Forsythe's orthogonal polynomials on the window's own
 * abscissae (G. E. Forsythe, J. SIAM 5 (1957) 74–88): monic polynomials {@code p_k} with the
 * three-term recurrence, so that the least-squares polynomial of degree {@code d} is
 * {@code sum_{k<=d} b_k p_k} for every {@code d} at once. Its derivatives at a point give GLLA,
 * its leading coefficients {@code k! b_k} give GOLD. Stateless helper.
 */
final class DelayEmbedding {

    /** The highest local polynomial degree (and derivative order) of the embedding methods. */
    static final int MAX_DEGREE = 6;
    /** The most samples at which the cross-validation score is computed. */
    static final int SCORED_SAMPLES = 5000;
    private static final double GROWTH = 1.2;
    private static final int PATIENCE = 5;

    private final double[] x;
    private final double[] y;
    private final int dimension;
    private final int lag;

    DelayEmbedding(double[] x, double[] y, int dimension, int lag) {
        this.x = x;
        this.y = y;
        this.dimension = dimension;
        this.lag = lag;
    }

    /**
     * Checks the settings shared by the embedding methods.
     *
     * @param method the method's name, for the message
     * @param order the highest derivative order (the local polynomial degree), 1 to {@value #MAX_DEGREE}
     * @param dimension the embedding dimension, more than {@code order}, or 0 for automatic
     * @param lag the lag, at least 1
     * @throws IllegalArgumentException naming the method, the setting and the value
     */
    static void checkSettings(String method, int order, int dimension, int lag) {
        if (order < 1 || order > MAX_DEGREE) {
            throw new IllegalArgumentException(method + ": order must be between 1 and " + MAX_DEGREE
                    + ", got " + order);
        }
        if (dimension != 0 && dimension <= order) {
            throw new IllegalArgumentException(method + ": embedding must be more than the order (" + order
                    + "), got " + dimension);
        }
        if (lag < 1) {
            throw new IllegalArgumentException(method + ": lag must be at least 1, got " + lag);
        }
    }

    /**
     * Validates samples for an embedding method (enough of them for one window) and chooses the
     * embedding dimension of each derivative order: the given one for all orders, or the
     * cross-validated one times {@code factors[order]} (odd, kept within the data and above the
     * order).
     *
     * @return the embedding dimension for each order 0 to {@code order}
     */
    static int[] validateAndChoose(String method, double[] x, double[] y, int order, int dimension, int lag,
            double[] factors) {
        int smallest = dimension > 0 ? dimension : order + 2;
        long needed = span(smallest, lag);
        Samples.validate(x, y, (int) Math.min(Integer.MAX_VALUE, needed), method + " with "
                + (dimension > 0 ? "embedding " + dimension : "order " + order) + " and lag " + lag);
        int[] dimensions = new int[order + 1];
        int chosen = dimension > 0 ? dimension : crossValidatedDimension(x, y, lag, order);
        int largest = (x.length - 1) / lag + 1;
        for (int m = 0; m <= order; m++) {
            if (dimension > 0) {
                dimensions[m] = dimension;
            } else {
                int scaled = (int) Math.round(chosen * factors[m]);
                scaled += 1 - scaled % 2;
                dimensions[m] = Math.min(largest, Math.max(order + 1, scaled));
            }
        }
        return dimensions;
    }

    /** @return the number of samples a window spans, {@code lag * (dimension - 1) + 1} */
    static long span(int dimension, int lag) {
        return (long) lag * (dimension - 1) + 1;
    }

    /**
     * The first index of the window whose middle (in sample index) is nearest to {@code z}: the
     * window centred on a sample when {@code z} is that sample and the span is odd, shifted
     * inwards near the ends. Between samples the index is interpolated linearly in x.
     */
    int start(double z) {
        int n = x.length;
        int k = Arrays.binarySearch(x, z);
        double index;
        if (k >= 0) {
            index = k;
        } else {
            int below = -k - 2;
            if (below < 0) {
                index = 0;
            } else if (below >= n - 1) {
                index = n - 1;
            } else {
                index = below + (z - x[below]) / (x[below + 1] - x[below]);
            }
        }
        int last = n - (int) span(dimension, lag);
        long c = Math.round(index - lag * (dimension - 1) / 2.0);
        return (int) Math.max(0, Math.min(last, c));
    }

    /**
     * Least-squares polynomials of degrees 0 to {@code degree} over window {@code c}.
     *
     * @param c the window's first index
     * @param degree the highest degree, less than {@code dimension}
     * @param z the evaluation point
     * @param maxOrder the highest derivative wanted at {@code z}
     * @return the fit
     */
    Window fit(int c, int degree, double z, int maxOrder) {
        double lo = x[c];
        double hi = x[c + lag * (dimension - 1)];
        double centre = 0.5 * (lo + hi);
        double radius = 0.5 * (hi - lo);
        double t0 = (z - centre) / radius;
        double[] t = new double[dimension];
        double[] previous = new double[dimension];
        double[] current = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            t[j] = (x[c + j * lag] - centre) / radius;
            current[j] = 1;
        }
        double[] dPrevious = new double[maxOrder + 1];
        double[] dCurrent = new double[maxOrder + 1];
        dCurrent[0] = 1;
        double[] derivatives = new double[maxOrder + 1];
        double[] leading = new double[degree + 1];
        double hat = 0;
        double normPrevious = 1;
        for (int k = 0; k <= degree; k++) {
            double norm = 0;
            double projection = 0;
            double moment = 0;
            for (int j = 0; j < dimension; j++) {
                double p2 = current[j] * current[j];
                norm += p2;
                projection += current[j] * y[c + j * lag];
                moment += t[j] * p2;
            }
            double b = projection / norm;
            leading[k] = b;
            hat += dCurrent[0] * dCurrent[0] / norm;
            for (int m = 0; m <= maxOrder; m++) {
                derivatives[m] += b * dCurrent[m];
            }
            if (k == degree) {
                break;
            }
            double alpha = moment / norm;
            double beta = k == 0 ? 0 : norm / normPrevious;
            double[] next = previous;
            for (int j = 0; j < dimension; j++) {
                next[j] = (t[j] - alpha) * current[j] - beta * previous[j];
            }
            previous = current;
            current = next;
            double[] dNext = new double[maxOrder + 1];
            for (int m = 0; m <= maxOrder; m++) {
                dNext[m] = (t0 - alpha) * dCurrent[m] + (m > 0 ? m * dCurrent[m - 1] : 0) - beta * dPrevious[m];
            }
            dPrevious = dCurrent;
            dCurrent = dNext;
            normPrevious = norm;
        }
        double unit = 1;
        double factorial = 1;
        for (int m = 0; m <= Math.max(maxOrder, degree); m++) {
            if (m > 0) {
                unit *= radius;
                factorial *= m;
            }
            if (m <= maxOrder) {
                derivatives[m] /= unit;
            }
            if (m <= degree) {
                leading[m] *= factorial / unit;
            }
        }
        return new Window(derivatives, leading, hat);
    }

    /**
     * The odd embedding dimension minimising the leave-one-out cross-validation score of the
     * degree-{@code degree} local polynomial (GLLA's order-0 estimate) at the samples, with the
     * hat diagonal in closed form; dimensions are tried on a geometric grid from {@code degree + 2}
     * until the score has not improved for several sizes or the window would exceed the data. The
     * score uses at most {@value #SCORED_SAMPLES} evenly strided samples, the same for every
     * dimension.
     *
     * @param x the abscissae
     * @param y the ordinates
     * @param lag the lag between embedded samples
     * @param degree the local polynomial degree
     * @return the chosen dimension
     */
    static int crossValidatedDimension(double[] x, double[] y, int lag, int degree) {
        int n = x.length;
        int stride = Math.max(1, (n + SCORED_SAMPLES - 1) / SCORED_SAMPLES);
        int largest = (n - 1) / lag + 1;
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        int dimension = Math.min(largest, degree + 3 - degree % 2);
        while (sinceBest < PATIENCE) {
            DelayEmbedding embedding = new DelayEmbedding(x, y, dimension, lag);
            double sum = 0;
            int count = 0;
            for (int i = stride / 2; i < n; i += stride) {
                int c = embedding.start(x[i]);
                Window w = embedding.fit(c, degree, x[i], 0);
                boolean inWindow = (i - c) % lag == 0 && i - c <= lag * (dimension - 1);
                double r = (y[i] - w.derivatives()[0]) / (inWindow ? 1 - w.hat() : 1);
                sum += r * r;
                count++;
            }
            double score = sum / count;
            if (score < bestScore) {
                bestScore = score;
                best = dimension;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            if (dimension == largest) {
                break;
            }
            int next = Math.max(dimension + 2, (int) Math.round(dimension * GROWTH));
            dimension = Math.min(largest, next % 2 == 0 ? next + 1 : next);
        }
        return best;
    }

    /**
     * One window's fit.
     *
     * @param derivatives derivatives 0 to maxOrder at z of the degree-{@code degree} fit (GLLA)
     * @param leading {@code k!} times the leading coefficient of the degree-k fit, k = 0 to degree:
     *     the k-th derivative of the degree-k fit, constant over the window (GOLD)
     * @param hat the hat-matrix diagonal of a sample at z in the degree-{@code degree} fit
     *     ({@code sum_k p_k(z)^2 / |p_k|^2}); meaningful when z is a sample of the window
     */
    record Window(double[] derivatives, double[] leading, double hat) {
    }
}
