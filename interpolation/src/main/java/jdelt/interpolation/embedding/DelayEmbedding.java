package jdelt.interpolation.embedding;

import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.BandwidthWindow;
import jdelt.interpolation.numerics.NoiseEstimate;
import jdelt.interpolation.numerics.SlidingWindowLeastSquares;
import jdelt.interpolation.numerics.WindowSearch;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Time-delay embedding windows, the shared core of {@link GllaInterpolator} and
 * {@link GoldInterpolator}: a window is {@code dimension} samples {@code lag} indices apart,
 * {@code x[c], x[c+lag], ..., x[c+lag*(dimension-1)]} (Boker et al. 2010; Deboeck 2010), fitted by
 * least squares with {@link SlidingWindowLeastSquares} on the samples' actual abscissae. Also the
 * settings checks and the cross-validated choice of the dimension. Immutable helper.
 */
final class DelayEmbedding {

    /** The highest local polynomial degree (and derivative order) of the embedding methods. */
    static final int MAX_DEGREE = 6;
    /**
     * The most samples at which the cross-validation score is computed, as
     * {@link BandwidthWindow#SCORED_SAMPLES} (the same measurement).
     */
    static final int SCORED_SAMPLES = BandwidthWindow.SCORED_SAMPLES;

    private final double[] x;
    private final double[] y;
    private final int dimension;
    private final int lag;
    /** Whether each window is factored from its own samples (the noise-free windows). */
    private final boolean direct;

    DelayEmbedding(double[] x, double[] y, int dimension, int lag) {
        this(x, y, dimension, lag, false);
    }

    private DelayEmbedding(double[] x, double[] y, int dimension, int lag, boolean direct) {
        this.x = x;
        this.y = y;
        this.dimension = dimension;
        this.lag = lag;
        this.direct = direct;
    }

    /**
     * The windows of an automatic embedding at lag 1 on data that look noise-free
     * ({@link NoiseEstimate#looksNoiseFree}), or null when they do not (or there are fewer samples
     * than such a window): the {@link #noiseFreeDegree} + {@value SlidingWindowLeastSquares#NOISE_FREE_EXTRA}
     * nearest samples, each window factored directly; measured by
     * {@code jdelt.bench.accuracy.SlidingWindowCleanStudy} ({@link SlidingWindowLeastSquares#NOISE_FREE_DEGREE}).
     *
     * @param x the abscissae
     * @param y the ordinates
     * @param order the method's order
     * @return the windows, or null
     */
    static DelayEmbedding noiseFree(double[] x, double[] y, int order) {
        int size = noiseFreeDegree(order) + SlidingWindowLeastSquares.NOISE_FREE_EXTRA;
        return x.length >= size && NoiseEstimate.looksNoiseFree(x, y) ? new DelayEmbedding(x, y, size, 1, true) : null;
    }

    /**
     * @param order the method's order
     * @return the local degree on noise-free data, {@link SlidingWindowLeastSquares#NOISE_FREE_DEGREE}
     *     or the order if higher
     */
    static int noiseFreeDegree(int order) {
        return Math.max(order, SlidingWindowLeastSquares.NOISE_FREE_DEGREE);
    }

    /** @return the number of samples in a window */
    int dimension() {
        return dimension;
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

    /** @return a least-squares fit of the given degree over this embedding's windows */
    SlidingWindowLeastSquares windows(int degree) {
        return new SlidingWindowLeastSquares(x, y, degree, dimension, lag, direct);
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
        return startAt(index);
    }

    /**
     * The first index of the window whose middle is nearest to the (fractional) sample index
     * {@code index}, shifted inwards near the ends: {@link #start(double)} without the search.
     */
    int startAt(double index) {
        int last = x.length - (int) span(dimension, lag);
        long c = Math.round(index - lag * (dimension - 1) / 2.0);
        return (int) Math.max(0, Math.min(last, c));
    }

    /**
     * The odd embedding dimension minimising the leave-one-out cross-validation score of the
     * degree-{@code degree} local polynomial (GLLA's order-0 estimate) at the samples, with the
     * hat diagonal in closed form; dimensions on a geometric grid (ratio
     * {@value BandwidthWindow#GROWTH}) from {@code degree + 2} to the data's length are searched by
     * {@link WindowSearch}. The score uses at most {@value #SCORED_SAMPLES} evenly
     * strided samples, the same for every dimension. Above {@code 2 ·}
     * {@value WindowSearch#THINNED_SAMPLES} samples the search is multilevel: made on an evenly
     * thinned subsample, its window span in x carried up at the asymptotic rate and refined at each
     * level ({@link WindowSearch#refine}).
     *
     * @param x the abscissae
     * @param y the ordinates
     * @param lag the lag between embedded samples
     * @param degree the local polynomial degree
     * @return the chosen dimension
     */
    static int crossValidatedDimension(double[] x, double[] y, int lag, int degree) {
        int n = x.length;
        int largest = (n - 1) / lag + 1;
        int smallest = Math.min(largest, degree + 3 - degree % 2);
        int thinning = WindowSearch.levelStride(n);
        double[] grid = WindowSearch.oddIntegers(smallest, largest, BandwidthWindow.GROWTH);
        DoubleUnaryOperator score = d -> looScore(x, y, lag, degree, (int) d);
        if (thinning > 1 && largest > smallest) {
            double[] xt = WindowSearch.thin(x, thinning);
            int coarse = crossValidatedDimension(xt, WindowSearch.thin(y, thinning), lag, degree);
            // the same span in x, carried to the full data at the asymptotic rate
            double span = (coarse - 1) * (double) n / xt.length
                    * WindowSearch.asymptoticScale(degree, 0, (double) n / xt.length);
            long carried = Math.min(largest, Math.max(smallest, Math.round(1 + span) | 1));
            return (int) WindowSearch.refine(grid, n, carried, score);
        }
        return (int) WindowSearch.coarseToFine(grid, WindowSearch.Rule.PATIENT, score);
    }

    /**
     * The leave-one-out score of the degree-{@code degree} fits over windows of {@code dimension}
     * samples {@code lag} apart, at most {@value #SCORED_SAMPLES} evenly strided samples.
     */
    private static double looScore(double[] x, double[] y, int lag, int degree, int dimension) {
        int n = x.length;
        int stride = Math.max(1, (n + SCORED_SAMPLES - 1) / SCORED_SAMPLES);
        DelayEmbedding embedding = new DelayEmbedding(x, y, dimension, lag);
        SlidingWindowLeastSquares local = new SlidingWindowLeastSquares(x, y, degree, dimension, lag);
        double[] out = new double[2];
        double sum = 0;
        int count = 0;
        for (int i = stride / 2; i < n; i += stride) {
            int c = embedding.start(x[i]);
            local.moveTo(c);
            local.derivatives(x[i], 0, out);
            boolean inWindow = i >= c && (i - c) % lag == 0 && (i - c) / lag < dimension;
            double r = (y[i] - out[0]) / (inWindow ? 1 - out[1] : 1);
            sum += r * r;
            count++;
        }
        return sum / count;
    }
}
