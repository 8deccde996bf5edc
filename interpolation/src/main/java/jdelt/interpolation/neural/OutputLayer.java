package jdelt.interpolation.neural;

import jdelt.interpolation.numerics.BandedSymmetricMatrix;

/**
 * The output weights of a {@link ShallowNetwork} on a fixed {@link TanhLayer}, in closed form: the
 * least-squares line through the data (the linear input-output connection), then, for the
 * residuals, the minimiser of {@code Σ w (r - g)² + λ ∫ g''² du} over the span of the units,
 * a penalized regression in the sense of O'Sullivan (Statist. Sci. 1, 1986) with the smoothing
 * parameter chosen by generalized cross-validation (Craven &amp; Wahba, Numer. Math. 31, 1979).
 *
 * <p>The units are recombined into the local basis {@code φ_m = (t_(m-1) - t_m) / 2} (with
 * {@code t_(-1) = 1}, {@code t_H = -1}), a partition of unity in which each input meets only the
 * few units active there, so the normal equations are banded ({@link BandedSymmetricMatrix}) and
 * the trace of the influence matrix costs O(H p²) (Hutchinson &amp; de Hoog 1985). The penalty is
 * integrated by three-point Gauss–Legendre quadrature on every gap between centres.
 */
final class OutputLayer {

    private static final double[] GAUSS = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
    private static final double[] GAUSS_WEIGHT = {5.0 / 9, 8.0 / 9, 5.0 / 9};
    /** Relative smoothing parameters searched, as powers of ten of {@code λ / Σ w}. */
    private static final double LOG_LOWEST = -16;
    private static final double LOG_HIGHEST = 2;
    /** Golden-section steps after the grid. */
    private static final int REFINE = 6;
    /** Grid step of the search, in decades. */
    private static final double STEP = 1.5;

    /** The chosen output layer: the network, its smoothing parameter and its degrees of freedom. */
    record Solution(ShallowNetwork network, double relativeLambda, double degreesOfFreedom, double gcv) {
    }

    private final TanhLayer layer;
    private final int dim;
    private final int band;
    private final BandedSymmetricMatrix gram;
    private final BandedSymmetricMatrix penalty;
    private final BandedSymmetricMatrix work;
    private final double[] rhs;
    private final double[][] rows;
    private final int[] offset;
    private final double[] residual;
    private final double[] w;
    private final double intercept;
    private final double linear;
    private final double totalWeight;
    private final double meanU;
    private final double spreadU;
    private final double within;
    private final double scale;

    /**
     * Sets up the normal equations.
     *
     * @param layer the hidden layer, its centres spanning the inputs
     * @param data the training points (bin means with their counts as weights)
     * @param within the sum of squares of the raw samples about their bin means (0 without bins)
     */
    OutputLayer(TanhLayer layer, TrainingData data, double within) {
        this.layer = layer;
        this.within = within;
        int h = layer.size();
        dim = h + 1;
        band = layer.widestInterior();
        double[] u = data.u();
        double[] t = data.t();
        w = data.w();
        int n = u.length;
        double sw = 0;
        double su = 0;
        double st = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            su += w[i] * u[i];
            st += w[i] * t[i];
        }
        double mu = su / sw;
        double mt = st / sw;
        double suu = 0;
        double sut = 0;
        for (int i = 0; i < n; i++) {
            suu += w[i] * (u[i] - mu) * (u[i] - mu);
            sut += w[i] * (u[i] - mu) * (t[i] - mt);
        }
        totalWeight = sw;
        meanU = mu;
        spreadU = suu;
        linear = suu > 0 ? sut / suu : 0;
        intercept = mt - linear * mu;
        residual = new double[n];
        gram = new BandedSymmetricMatrix(dim, band);
        penalty = new BandedSymmetricMatrix(dim, band);
        work = new BandedSymmetricMatrix(dim, band);
        rhs = new double[dim];
        rows = new double[n][];
        offset = new int[n];
        double[][] d = new double[4][band];
        for (int i = 0; i < n; i++) {
            residual[i] = t[i] - intercept - linear * u[i];
            int k = Math.max(1, layer.gap(u[i]));
            int count = layer.activate(u[i], k, d[0], d[1], d[2], d[3]);
            offset[i] = layer.first(k);
            rows[i] = basis(d[0], count, 1);
            addOuter(gram, offset[i], rows[i], w[i]);
            for (int a = 0; a < rows[i].length; a++) {
                rhs[offset[i] + a] += w[i] * residual[i] * rows[i][a];
            }
        }
        for (int k = 1; k < h; k++) {
            double lo = layer.centre[k - 1];
            double half = (layer.centre[k] - lo) / 2;
            for (int g = 0; g < GAUSS.length; g++) {
                int count = layer.activate(lo + half * (1 + GAUSS[g]), k, d[0], d[1], d[2], d[3]);
                addOuter(penalty, layer.first(k), basis(d[2], count, 0), half * GAUSS_WEIGHT[g]);
            }
        }
        scale = totalWeight;
    }

    /**
     * The local basis at one input from the units' values (or derivatives) {@code f..f+count-1}:
     * {@code count + 1} entries for {@code φ_f .. φ_(f+count)}; {@code outside} is the value of the
     * inactive units (1 for values, whose left neighbours are +1 and right ones -1; 0 for derivatives).
     */
    static double[] basis(double[] unit, int count, double outside) {
        double[] phi = new double[count + 1];
        for (int a = 0; a <= count; a++) {
            double left = a == 0 ? outside : unit[a - 1];
            double right = a == count ? -outside : unit[a];
            phi[a] = (left - right) / 2;
        }
        return phi;
    }

    private static void addOuter(BandedSymmetricMatrix m, int from, double[] phi, double weight) {
        for (int a = 0; a < phi.length; a++) {
            for (int b = 0; b <= a; b++) {
                m.add(from + a, from + b, weight * phi[a] * phi[b]);
            }
        }
    }

    /** @return the solution with the smoothing parameter that minimises GCV */
    Solution byGcv() {
        double step = STEP;
        int grid = (int) Math.ceil((LOG_HIGHEST - LOG_LOWEST) / step);
        double best = Double.POSITIVE_INFINITY;
        double bestLog = LOG_LOWEST;
        for (int g = 0; g <= grid; g++) {
            double logRho = Math.min(LOG_HIGHEST, LOG_LOWEST + g * step);
            double score = solve(Math.pow(10, logRho)).gcv();
            if (score < best) {
                best = score;
                bestLog = logRho;
            }
        }
        double a = Math.max(LOG_LOWEST, bestLog - step);
        double b = Math.min(LOG_HIGHEST, bestLog + step);
        double golden = (Math.sqrt(5) - 1) / 2;
        double c = b - golden * (b - a);
        double e = a + golden * (b - a);
        double fc = solve(Math.pow(10, c)).gcv();
        double fe = solve(Math.pow(10, e)).gcv();
        for (int r = 0; r < REFINE; r++) {
            if (fc < fe) {
                b = e;
                e = c;
                fe = fc;
                c = b - golden * (b - a);
                fc = solve(Math.pow(10, c)).gcv();
            } else {
                a = c;
                c = e;
                fc = fe;
                e = a + golden * (b - a);
                fe = solve(Math.pow(10, e)).gcv();
            }
        }
        double logRho = Math.min(fc, fe) < best ? (fc < fe ? c : e) : bestLog;
        return solve(Math.pow(10, logRho));
    }

    /**
     * @param relativeLambda {@code λ / Σ w}: the penalty per sample, in standardised units (x and
     *     y scaled to unit standard deviation), so its meaning does not depend on the number of
     *     units or samples
     * @return the fit at that smoothing parameter, with its GCV score
     */
    Solution solve(double relativeLambda) {
        gram.plusInto(relativeLambda * scale, penalty, work);
        if (!work.factorize()) {
            return new Solution(null, relativeLambda, Double.NaN, Double.POSITIVE_INFINITY);
        }
        double[] beta = work.solve(rhs);
        BandedSymmetricMatrix inverse = work.inverseBand();
        double trace = inverse.traceOfProduct(gram) + 2;
        double rss = within;
        for (int i = 0; i < rows.length; i++) {
            double g = 0;
            for (int a = 0; a < rows[i].length; a++) {
                g += beta[offset[i] + a] * rows[i][a];
            }
            rss += w[i] * (residual[i] - g) * (residual[i] - g);
        }
        double free = totalWeight - trace;
        double gcv = free > 0 ? totalWeight * rss / (free * free) : Double.POSITIVE_INFINITY;
        int h = layer.size();
        double[] v = new double[h];
        for (int j = 0; j < h; j++) {
            v[j] = (beta[j + 1] - beta[j]) / 2;
        }
        PosteriorVariance posterior = new PosteriorVariance(inverse, free > 0 ? rss / free : Double.NaN,
                totalWeight, meanU, spreadU);
        ShallowNetwork network = new ShallowNetwork(layer, v, intercept + (beta[0] + beta[h]) / 2, linear, posterior);
        return new Solution(network, relativeLambda, trace, gcv);
    }
}
