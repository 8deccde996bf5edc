package jdelt.interpolation.local;

import jdelt.interpolation.Curve;
import jdelt.interpolation.numerics.IntervalWalk;

/**
 * One derivative order of a LOESS fit, as a curve: the local-polynomial derivative estimate of
 * Fan &amp; Gijbels (1996, §3.1) at every point, either computed directly by a local fit at each
 * evaluation point or, by default, computed exactly at vertices and joined by cubic Hermite
 * interpolation (Cleveland &amp; Grosse 1991, "Computational methods for local regression",
 * Statistics and Computing 1, 47–62). The Hermite slopes are the derivatives of the local
 * estimate with respect to the evaluation point, computed analytically from the moving weights,
 * with the window half-width changing at its average rate between neighbouring vertices; the
 * interpolated curve is C¹ and the vertex gap is at most a sixteenth of a window: q/16 samples,
 * or, with a bandwidth, the larger of that and bandwidth/8 in x.
 *
 * <p>Outside the sampled range the curve continues the local polynomial fitted at the nearest
 * end sample (differentiated {@code order} times).
 */
final class LoessCurve implements Curve {

    /**
     * Vertices per window: the vertex gap is {@code q / VERTICES_PER_WINDOW} samples, or a
     * sixteenth of a bandwidth window if that is more.
     */
    static final int VERTICES_PER_WINDOW = 16;

    private final double[] x;
    private final double[] y;
    private final double[] robustness;
    private final int order;
    private final int degree;
    private final int q;
    private final double bandwidth;
    private final boolean direct;

    private final double[] vx;
    private final double[] vg;
    private final double[] vs;
    private final double[] leftTaylor;
    private final double[] rightTaylor;

    LoessCurve(double[] x, double[] y, double[] robustness, int order, int degree, int q,
            double bandwidth, boolean direct) {
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.order = order;
        this.degree = degree;
        this.q = q;
        this.bandwidth = bandwidth;
        this.direct = direct;
        int n = x.length;
        LocalFit fit = newFit();
        fit.fit(x[0]);
        leftTaylor = fit.coefficients();
        fit.fit(x[n - 1]);
        rightTaylor = fit.coefficients();
        if (direct) {
            vx = null;
            vg = null;
            vs = null;
            return;
        }
        int m = 1;
        for (int i = 0; i < n - 1; i = nextVertex(i)) {
            m++;
        }
        vx = new double[m];
        vg = new double[m];
        vs = new double[m];
        double[] halfWidth = new double[m];
        fit = newFit();
        for (int v = 0, i = 0; v < m; v++, i = nextVertex(i)) {
            vx[v] = x[i];
            fit.locate(vx[v]);
            halfWidth[v] = fit.h;
        }
        for (int v = 0; v < m; v++) {
            int before = Math.max(0, v - 1);
            int after = Math.min(m - 1, v + 1);
            double hPrime = (halfWidth[after] - halfWidth[before]) / (vx[after] - vx[before]);
            fit.fit(vx[v]);
            vg[v] = fit.derivative(order);
            vs[v] = fit.slope(order, hPrime);
        }
    }

    /**
     * The sample index of the vertex after the one at sample {@code i}: {@code q / 16} samples
     * on, or further while within a sixteenth of a bandwidth window ({@code bandwidth / 8}) in x.
     */
    private int nextVertex(int i) {
        int n = x.length;
        int next = Math.min(n - 1, i + Math.max(1, q / VERTICES_PER_WINDOW));
        double reach = x[i] + 2 * bandwidth / VERTICES_PER_WINDOW;
        while (next < n - 1 && x[next + 1] <= reach) {
            next++;
        }
        return next;
    }

    /** @return the number of nearest neighbours per window */
    int windowSize() {
        return q;
    }

    /** @return the smallest half-width of a window in x units, 0 for none */
    double bandwidth() {
        return bandwidth;
    }

    private LocalFit newFit() {
        return new LocalFit(x, y, robustness, degree, q, bandwidth);
    }

    /**
     * The standard error of this order: the root of the sum of the squared weights with which the
     * local polynomial's estimate takes the samples, each times its sample's noise variance (Fan
     * &amp; Gijbels 1996, §4.9; the tricube and robustness weights treated as fixed), times
     * {@code sqrt(1 + B²/V)}, B²/V the local squared bias relative to the variance of
     * {@code share} (so that the band holds the window's bias too), or 1 without. Each point is one direct local fit; outside the sampled range
     * it is the error of the end fit continued, as this curve continues the estimate.
     *
     * @param sigma the noise standard deviation, where {@code noise} is null
     * @param noise the noise variance of each sample, or null for {@code sigma²} everywhere
     * @param share the window's squared bias over variance along the record, or null for none
     * @return the standard error, immutable and thread-safe
     */
    Curve standardError(double sigma, double[] noise, LoessSpanSelector.BiasShare share) {
        double scale = noise == null ? sigma : 1;
        return new Curve() {
            @Override
            public double value(double at) {
                return values(new double[] {at})[0];
            }

            @Override
            public double[] values(double[] at) {
                LocalFit fit = newFit();
                double[] out = new double[at.length];
                for (int k = 0; k < at.length; k++) {
                    double t = at[k];
                    if (!Double.isFinite(t)) {
                        out[k] = Double.NaN;
                        continue;
                    }
                    fit.fit(Math.max(x[0], Math.min(x[x.length - 1], t)));
                    double inflation = share == null ? 1 : Math.sqrt(1 + share.at(t));
                    out[k] = inflation * scale * Math.sqrt(fit.derivativeVariance(t, order, noise));
                }
                return out;
            }
        };
    }

    @Override
    public double value(double at) {
        if (!Double.isFinite(at)) {
            return Double.NaN;
        }
        if (at <= x[0] || at >= x[x.length - 1]) {
            return outside(at);
        }
        if (direct) {
            LocalFit fit = newFit();
            fit.fit(at);
            return fit.derivative(order);
        }
        return hermite(new IntervalWalk(vx).locate(at), at);
    }

    @Override
    public double[] values(double[] at) {
        double[] out = new double[at.length];
        LocalFit fit = direct ? newFit() : null;
        IntervalWalk walk = direct ? null : new IntervalWalk(vx);
        for (int k = 0; k < at.length; k++) {
            double t = at[k];
            if (!Double.isFinite(t)) {
                out[k] = Double.NaN;
                continue;
            }
            if (t <= x[0] || t >= x[x.length - 1]) {
                out[k] = outside(t);
                continue;
            }
            if (direct) {
                fit.fit(t);
                out[k] = fit.derivative(order);
                continue;
            }
            out[k] = hermite(walk.locate(t), t);
        }
        return out;
    }

    /** Cubic Hermite interpolation on the vertex interval {@code [vx[v], vx[v + 1]]}. */
    private double hermite(int v, double at) {
        double d = vx[v + 1] - vx[v];
        double s = (at - vx[v]) / d;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * vg[v] + (s3 - 2 * s2 + s) * d * vs[v]
                + (-2 * s3 + 3 * s2) * vg[v + 1] + (s3 - s2) * d * vs[v + 1];
    }

    /** The end local polynomial, differentiated {@code order} times, continued beyond the data. */
    private double outside(double at) {
        boolean left = at <= x[0];
        double[] beta = left ? leftTaylor : rightTaylor;
        double dx = at - (left ? x[0] : x[x.length - 1]);
        double v = 0;
        for (int j = degree; j >= order; j--) {
            v = v * dx + LocalFit.factorial(j) / LocalFit.factorial(j - order) * beta[j];
        }
        return v;
    }
}
