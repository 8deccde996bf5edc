package jdelt.interpolation;

/**
 * Generalized local linear approximation (GLLA) of derivatives: S. M. Boker, P. R. Deboeck,
 * C. Edler and P. K. Keel, "Generalized local linear approximation of derivatives from time
 * series", in S.-M. Chow, E. Ferrer and F. Hsieh (eds.), <i>Statistical Methods for Modeling
 * Human Dynamics</i>, Routledge (2010) 161–178.
 *
 * <p><b>The method.</b> The series is time-delay embedded: each window holds {@code embedding}
 * samples {@code lag} indices apart. GLLA fits, by least squares over the window, a polynomial of
 * degree {@code order} written in the Taylor basis {@code t^k / k!} (the paper's matrix
 * {@code L}), so that its coefficients are the derivatives up to {@code order} (the paper's
 * {@code Y = X L (L'L)^-1}).
 *
 * <p><b>Generalised to non-uniform x.</b> The paper's {@code t} is {@code (j - centre) · lag ·
 * Δt} for a constant step Δt; here it is the actual abscissa of each embedded sample, so the
 * window is an ordinary least-squares problem on the real x ({@link SlidingWindowLeastSquares}). The paper attaches the estimates to the window's centre; here the
 * fitted polynomial of the window whose middle sample is nearest to the evaluation point is
 * evaluated, with its derivatives, at that point, so every curve is defined everywhere
 * (piecewise polynomial, with small jumps where the window moves by one sample). Near the ends
 * the window stops at the data, and outside the sampled range the curve continues the end
 * window's polynomial.
 *
 * <p><b>Automatic embedding (the default).</b> The embedding dimension minimises the exact
 * leave-one-out cross-validation score of the order-0 estimate (a linear smoother, hat diagonal in
 * closed form). A window right for the fit is not right for every derivative, so the first
 * derivative uses that dimension times {@code 0.85} (the paper uses one window for all orders; the
 * factors, {@link #EMBEDDING_FACTORS}, are the oracle ratios measured with the default order on
 * noisy test signals, see the issue-4 note). A given embedding serves every order. The order
 * defaults to 4 and the lag to 1.
 *
 * <p>Cost: with lag 1 the window sums slide, so {@link Curve#values(double[])} on sorted points
 * and each dimension tried by the search cost O(n · order²) whatever the embedding (with a larger
 * lag, O(embedding) per point); a single {@code value(z)} costs O(embedding). Immutable and
 * thread-safe.
 */
public final class GllaInterpolator implements Interpolator {

    /** The registered method name. */
    public static final String NAME = "glla";
    /**
     * The default order, 4: local quartics, which measured far better for the first and second
     * derivatives than the paper's usual order 2 (issue-4 note); derivatives up to the fourth.
     */
    public static final int DEFAULT_ORDER = 4;
    /**
     * Automatic embeddings of orders 0, 1, 2 and above, relative to the cross-validated one: the
     * geometric means of the oracle ratios measured on noisy test signals (project notes).
     */
    static final double[] EMBEDDING_FACTORS = {1.0, 0.85, 1.0, 1.0, 1.0, 1.0, 1.0};

    private final int order;
    private final int embedding;
    private final int lag;

    /** GLLA of order 4 with lag 1 and an automatic embedding dimension. */
    public GllaInterpolator() {
        this(DEFAULT_ORDER, 0, 1);
    }

    /**
     * @param order the highest derivative order, which is the local polynomial degree, 1 to 6
     * @param embedding the embedding dimension (samples per window), more than {@code order}; 0
     *     chooses it by cross-validation
     * @param lag the index step between embedded samples, at least 1
     * @throws IllegalArgumentException if a setting is out of range
     */
    public GllaInterpolator(int order, int embedding, int lag) {
        DelayEmbedding.checkSettings(NAME, order, embedding, lag);
        this.order = order;
        this.embedding = embedding;
        this.lag = lag;
    }

    /** @return the highest derivative order (the polynomial degree) */
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
        double[] ys = y.clone();
        DelayEmbedding[] windows = new DelayEmbedding[order + 1];
        for (int m = 0; m <= order; m++) {
            windows[m] = new DelayEmbedding(xs, ys, dimensions[m], lag);
        }
        return new Fit(windows, order, dimensions);
    }

    @Override
    public String toString() {
        return "GllaInterpolator[order=" + order + ", embedding=" + (embedding > 0 ? embedding : "auto")
                + ", lag=" + lag + "]";
    }

    /** A GLLA fit; immutable and thread-safe. */
    public static final class Fit implements FittedCurve {

        private final DelayEmbedding[] windows;
        private final int order;
        private final int[] dimensions;

        Fit(DelayEmbedding[] windows, int order, int[] dimensions) {
            this.windows = windows;
            this.order = order;
            this.dimensions = dimensions;
        }

        /**
         * The embedding dimension used for a derivative order.
         *
         * @param derivative the derivative order, 0 to {@link #maxOrder()}
         * @return the samples per window for that order
         */
        public int embedding(int derivative) {
            Samples.validateOrder(derivative, order, NAME);
            return dimensions[derivative];
        }

        @Override
        public Curve differentiate(int derivative) {
            Samples.validateOrder(derivative, order, NAME + " with order " + order);
            return new Curve() {
                @Override
                public double value(double z) {
                    return values(new double[] {z})[0];
                }

                @Override
                public double[] values(double[] z) {
                    return evaluate(z, derivative);
                }
            };
        }

        @Override
        public int maxOrder() {
            return order;
        }

        @Override
        public double value(double z) {
            return evaluate(new double[] {z}, 0)[0];
        }

        @Override
        public double[] values(double[] z) {
            return evaluate(z, 0);
        }

        /** Evaluates with one sliding fit, so sorted points cost O(degree²) each at lag 1. */
        private double[] evaluate(double[] z, int derivative) {
            DelayEmbedding embedding = windows[derivative];
            SlidingWindowLeastSquares local = embedding.windows(order);
            double[] result = new double[z.length];
            double[] out = new double[derivative + 1];
            for (int i = 0; i < z.length; i++) {
                if (Double.isFinite(z[i])) {
                    local.moveTo(embedding.start(z[i]));
                    local.derivatives(z[i], derivative, out);
                    result[i] = out[derivative];
                } else {
                    result[i] = Double.NaN;
                }
            }
            return result;
        }
    }
}
