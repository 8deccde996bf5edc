package jdelt.interpolation.neural;

import jdelt.interpolation.numerics.BandedSymmetricMatrix;

/**
 * The pointwise variance of a {@link ShallowNetwork}'s output layer and its input derivatives, the
 * Bayesian posterior of the penalized least-squares fit of {@link OutputLayer} (Wahba, "Bayesian
 * 'confidence intervals' for the cross-validated smoothing spline", J. R. Statist. Soc. B 45, 1983;
 * Nychka, "Bayesian confidence intervals for smoothing splines", JASA 83, 1988): for the local basis
 * {@code φ} of the units, {@code Var f⁽ᵏ⁾(u) = σ² (φ⁽ᵏ⁾(u)' A⁻¹ φ⁽ᵏ⁾(u) + ℓ⁽ᵏ⁾(u)' (X'WX)⁻¹ ℓ⁽ᵏ⁾(u))}
 * with {@code A = Φ'WΦ + λ P} the penalized normal matrix, σ² the residual sum of squares over
 * {@code Σ w - df}, and the second term the variance of the least-squares line the units are fitted
 * around ({@code ℓ = (1, u - ū)}, its derivative {@code (0, 1)}). Only the band of {@code A⁻¹}
 * is needed, since {@code φ⁽ᵏ⁾(u)} is nonzero on the few units active at u; that band is the one the
 * GCV trace already computes (Hutchinson &amp; de Hoog 1985).
 *
 * @param inverse the central band of {@code A⁻¹}
 * @param variance σ², in standardised units
 * @param totalWeight {@code Σ w}
 * @param meanU the weighted mean of the inputs
 * @param spreadU {@code Σ w (u - ū)²}
 */
record PosteriorVariance(BandedSymmetricMatrix inverse, double variance, double totalWeight, double meanU,
                         double spreadU) {

    /**
     * Writes the variance of the derivative of {@code order} at {@code u[0..count)} into
     * {@code out}.
     *
     * @param layer the network's hidden layer
     * @param u standardised inputs
     * @param count how many
     * @param order 0 to 3
     * @param out the variances
     */
    void at(TanhLayer layer, double[] u, int count, int order, double[] out) {
        int width = layer.widestInterior() + 2;
        double[][] d = new double[4][width];
        for (int p = 0; p < count; p++) {
            int k = layer.gap(u[p]);
            int active = layer.activate(u[p], k, d[0], d[1], d[2], d[3]);
            double[] phi = OutputLayer.basis(d[order], active, order == 0 ? 1 : 0);
            int from = layer.first(k);
            double q = 0;
            for (int a = 0; a < phi.length; a++) {
                q += inverse.get(from + a, from + a) * phi[a] * phi[a];
                for (int b = 0; b < a; b++) {
                    q += 2 * inverse.get(from + a, from + b) * phi[a] * phi[b];
                }
            }
            double line = order == 0 ? 1 / totalWeight + (u[p] - meanU) * (u[p] - meanU) / spreadU
                    : order == 1 ? 1 / spreadU : 0;
            out[p] = variance * (q + (spreadU > 0 ? line : 0));
        }
    }
}
