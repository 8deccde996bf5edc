package jdelt.interpolation;

/**
 * Generalized orthogonal local derivatives (GOLD): P. R. Deboeck, "Estimating dynamical systems:
 * derivative estimation hints from Sir Ronald A. Fisher", Multivariate Behavioral Research 45
 * (2010) 725–745.
 *
 * <p><b>The method.</b> As in GLLA ({@link GllaInterpolator}) the series is time-delay embedded
 * ({@code embedding} samples {@code lag} indices apart), but the polynomial basis over each window
 * is first made orthogonal (Fisher's orthogonal polynomials, by Gram–Schmidt on the window's
 * times), so that the estimates of different orders are uncorrelated. The k-th derivative is
 * {@code k!} times the coefficient of the k-th orthogonal polynomial, which is the (constant)
 * k-th derivative of the least-squares polynomial of degree k over the window; order 0 is the
 * window mean.
 *
 * <p><b>Generalised to non-uniform x.</b> The orthogonalisation uses the actual abscissae of the
 * embedded samples instead of {@code (j - centre) · lag · Δt}, so unequal steps change the basis,
 * not the method; the k-th estimate is computed as the k-th derivative of the degree-k
 * least-squares polynomial ({@link SlidingWindowLeastSquares#leadingDerivatives}), which is the
 * same number. The paper attaches
 * each window's estimates to the window's centre; here the estimate at sample {@code i} is that of
 * the window centred on {@code i} (shifted inwards near the ends), the curve between two samples
 * is the straight line between their estimates, and outside the sampled range each curve stays
 * at its end value. GOLD's derivatives are therefore separate estimates per order, not
 * derivatives of one another (this is the method's design, documented in the paper).
 *
 * <p><b>Automatic embedding (the default).</b> As for GLLA: the dimension minimising the
 * leave-one-out cross-validation score of the local polynomial of degree {@code order} over the
 * same windows, times {@code 0.6} for the first derivative ({@link #EMBEDDING_FACTORS}: the
 * oracle ratios measured on noisy test signals, see the project notes); a given embedding serves
 * every order. The lag defaults to 1.
 *
 * <p>Cost: fitting computes every estimate at every sample with sliding window sums,
 * O(n · order³) at lag 1 whatever the embedding (O(n · embedding · order²) at larger lags);
 * evaluation then costs O(log n). Immutable and thread-safe.
 */
public final class GoldInterpolator implements Interpolator {

    /** The registered method name. */
    public static final String NAME = "gold";
    /** The default order: derivatives up to the second. */
    public static final int DEFAULT_ORDER = 2;
    /**
     * Automatic embeddings of orders 0, 1, 2 and above, relative to the cross-validated one: the
     * geometric means of the oracle ratios measured on noisy test signals (project notes).
     */
    static final double[] EMBEDDING_FACTORS = {1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0};

    private final int order;
    private final int embedding;
    private final int lag;

    /** GOLD of order 2 with lag 1 and an automatic embedding dimension. */
    public GoldInterpolator() {
        this(DEFAULT_ORDER, 0, 1);
    }

    /**
     * @param order the highest derivative order, 1 to 6
     * @param embedding the embedding dimension (samples per window), more than {@code order}; 0
     *     chooses it by cross-validation
     * @param lag the index step between embedded samples, at least 1
     * @throws IllegalArgumentException if a setting is out of range
     */
    public GoldInterpolator(int order, int embedding, int lag) {
        DelayEmbedding.checkSettings(NAME, order, embedding, lag);
        this.order = order;
        this.embedding = embedding;
        this.lag = lag;
    }

    /** @return the highest derivative order */
    public int order() {
        return order;
    }

    /** @return the embedding dimension, or 0 if automatic */
    public int embedding() {
        return embedding;
    }

    /** @return the lag */
    public int lag() {
        return lag;
    }

    @Override
    public Fit fit(double[] x, double[] y) {
        int[] dimensions = DelayEmbedding.validateAndChoose(NAME, x, y, order, embedding, lag, EMBEDDING_FACTORS);
        double[] xs = x.clone();
        double[][] estimates = new double[order + 1][xs.length];
        for (int m = 0; m <= order; m++) {
            DelayEmbedding embedding = new DelayEmbedding(xs, y, dimensions[m], lag);
            SlidingWindowLeastSquares local = embedding.windows(m);
            double[] leading = new double[m + 1];
            for (int i = 0; i < xs.length; i++) {
                local.moveTo(embedding.start(xs[i]));
                local.leadingDerivatives(leading);
                estimates[m][i] = leading[m];
            }
        }
        return new Fit(xs, estimates, dimensions);
    }

    @Override
    public String toString() {
        return "GoldInterpolator[order=" + order + ", embedding=" + (embedding > 0 ? embedding : "auto")
                + ", lag=" + lag + "]";
    }

    /** A GOLD fit: the estimates of every order at every sample; immutable and thread-safe. */
    public static final class Fit implements FittedCurve {

        private final double[] x;
        private final double[][] estimates;
        private final int[] dimensions;

        Fit(double[] x, double[][] estimates, int[] dimensions) {
            this.x = x;
            this.estimates = estimates;
            this.dimensions = dimensions;
        }

        /**
         * The embedding dimension used for a derivative order.
         *
         * @param derivative the derivative order, 0 to {@link #maxOrder()}
         * @return the samples per window for that order
         */
        public int embedding(int derivative) {
            Samples.validateOrder(derivative, maxOrder(), NAME);
            return dimensions[derivative];
        }

        @Override
        public Curve differentiate(int derivative) {
            Samples.validateOrder(derivative, maxOrder(), NAME + " with order " + maxOrder());
            return z -> interpolate(estimates[derivative], z);
        }

        @Override
        public int maxOrder() {
            return estimates.length - 1;
        }

        @Override
        public double value(double z) {
            return interpolate(estimates[0], z);
        }

        private double interpolate(double[] v, double z) {
            if (!Double.isFinite(z)) {
                return Double.NaN;
            }
            int n = x.length;
            if (z <= x[0]) {
                return v[0];
            }
            if (z >= x[n - 1]) {
                return v[n - 1];
            }
            int k = java.util.Arrays.binarySearch(x, z);
            if (k >= 0) {
                return v[k];
            }
            int i = -k - 2;
            double w = (z - x[i]) / (x[i + 1] - x[i]);
            return (1 - w) * v[i] + w * v[i + 1];
        }
    }
}
