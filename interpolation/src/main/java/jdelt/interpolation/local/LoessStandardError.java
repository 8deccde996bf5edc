package jdelt.interpolation.local;

import jdelt.interpolation.Curve;

/**
 * The standard error of one derivative order of a LOESS fit: the noise deviation times the root
 * of the sum of the squared weights with which the local polynomial's estimate takes the samples
 * (Fan &amp; Gijbels 1996, §4.9; Cleveland &amp; Devlin 1988 for the tricube and robustness
 * weights, which are treated as fixed). The bias of the local polynomial is left out. Each point is
 * one direct local fit; outside the sampled range it is the error of the end fit continued, as
 * {@link LoessCurve} continues the estimate. Immutable and thread-safe.
 */
final class LoessStandardError implements Curve {

    private final double[] x;
    private final double[] y;
    private final double[] robustness;
    private final int order;
    private final int degree;
    private final int q;
    private final double bandwidth;
    private final double sigma;

    LoessStandardError(double[] x, double[] y, double[] robustness, int order, int degree, int q,
                       double bandwidth, double sigma) {
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.order = order;
        this.degree = degree;
        this.q = q;
        this.bandwidth = bandwidth;
        this.sigma = sigma;
    }

    @Override
    public double value(double at) {
        return values(new double[] {at})[0];
    }

    @Override
    public double[] values(double[] at) {
        LocalFit fit = new LocalFit(x, y, robustness, degree, q, bandwidth);
        double[] out = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            double t = at[k];
            if (!Double.isFinite(t)) {
                out[k] = Double.NaN;
                continue;
            }
            fit.fit(Math.max(x[0], Math.min(x[x.length - 1], t)));
            out[k] = sigma * Math.sqrt(fit.derivativeVariance(t, order));
        }
        return out;
    }
}
