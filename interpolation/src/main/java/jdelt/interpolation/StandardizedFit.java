package jdelt.interpolation;

import java.util.function.BiFunction;

/**
 * The one fitting path every method's {@link Interpolator#fit} goes through: it validates the
 * samples ({@link Samples#validate}), moves x's origin to the first sample and y's to its mean,
 * scales y by a power of two to unit size, lets the method fit the standardized samples, and maps
 * the fit back. A linear smoother that reproduces constants gives the same derivatives for
 * {@code y + c} in exact arithmetic; this makes it so in floating point too (without it, y = 1.7e9
 * + 0.01·i lost the slope's third digit in a sliding least-squares sum), and keeps tiny or huge y
 * (1e-200, 1e200) away from underflow and overflow in the methods' sums of squares. The scale
 * is a power of two, so undoing it is exact; x is shifted, not scaled, so every parameter given in
 * x units (a bandwidth, a lambda) keeps its meaning, and x spacings or ranges the methods cannot
 * resolve are rejected ({@link Samples#validateScale}) rather than fitted into underflow.
 *
 * <p>The returned curve evaluates {@code c + s · f(x - x0)} and its derivatives {@code s · f^(k)(x - x0)};
 * its {@link FittedCurve#summary()} reports the residual deviation and standard errors in y units.
 */
public final class StandardizedFit implements FittedCurve {

    private final FittedCurve inner;
    private final double xOrigin;
    private final double yCentre;
    private final double yScale;
    /** The standardized samples, kept until the summary checks the residuals. */
    private double[] xs;
    private double[] ys;
    private FitSummary summary;

    private StandardizedFit(FittedCurve inner, double xOrigin, double yCentre, double yScale, double[] xs, double[] ys) {
        this.inner = inner;
        this.xOrigin = xOrigin;
        this.yCentre = yCentre;
        this.yScale = yScale;
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * Validates and standardizes the samples, fits them, and returns the fit in the original units.
     *
     * @param x the abscissae, finite and strictly increasing
     * @param y the ordinates, finite
     * @param minPoints the number of samples the method needs at least
     * @param method the method's name (and settings), for the message when there are too few
     * @param fitter fits standardized samples (x from 0, y centred with unit-size spread); it may
     *     keep the arrays it receives, which are new
     * @return the fit in the units of the data
     * @throws IllegalArgumentException if the samples are unusable ({@link Samples#validate})
     */
    public static FittedCurve fit(double[] x, double[] y, int minPoints, String method,
                                  BiFunction<double[], double[], FittedCurve> fitter) {
        Samples.validate(x, y, minPoints, method);
        int n = x.length;
        double x0 = x[0];
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[i] - x0;
            if (i > 0 && !(xs[i] > xs[i - 1])) {
                throw new IllegalArgumentException("x[" + (i - 1) + "] = " + x[i - 1] + " and x[" + i + "] = " + x[i]
                        + " are closer than double precision resolves across the sampled range from " + x0
                        + ": subtract a reference value from x first");
            }
        }
        Samples.validateScale(x);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double spread = 0;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = y[i] - mean;
            spread = Math.max(spread, Math.abs(ys[i]));
        }
        double scale = spread > 0 && Double.isFinite(spread) ? Math.scalb(1.0, Math.getExponent(spread)) : 1.0;
        if (scale != 1.0) {
            double inv = 1.0 / scale;
            for (int i = 0; i < n; i++) {
                ys[i] *= inv;
            }
        }
        return new StandardizedFit(fitter.apply(xs.clone(), ys.clone()), x0, mean, scale, xs, ys);
    }

    @Override
    public double value(double x) {
        return yCentre + yScale * inner.value(x - xOrigin);
    }

    @Override
    public double[] values(double[] x) {
        double[] v = inner.values(shift(x));
        for (int i = 0; i < v.length; i++) {
            v[i] = yCentre + yScale * v[i];
        }
        return v;
    }

    @Override
    public Curve differentiate(int order) {
        if (order == 0) {
            return this;
        }
        Curve d = inner.differentiate(order);
        return new Curve() {
            @Override
            public double value(double x) {
                return yScale * d.value(x - xOrigin);
            }

            @Override
            public double[] values(double[] x) {
                double[] v = d.values(shift(x));
                for (int i = 0; i < v.length; i++) {
                    v[i] *= yScale;
                }
                return v;
            }
        };
    }

    /** The inner antiderivative, rescaled, plus the centre's, made zero at the first sample. */
    @Override
    public Curve integral() {
        Curve f = inner.integral();
        double atOrigin = f.value(0);
        return new Curve() {
            @Override
            public double value(double x) {
                return yCentre * (x - xOrigin) + yScale * (f.value(x - xOrigin) - atOrigin);
            }

            @Override
            public double[] values(double[] x) {
                double[] v = f.values(shift(x));
                for (int i = 0; i < v.length; i++) {
                    v[i] = yCentre * (x[i] - xOrigin) + yScale * (v[i] - atOrigin);
                }
                return v;
            }
        };
    }

    @Override
    public int maxOrder() {
        return inner.maxOrder();
    }

    /**
     * The method's summary in the data's units, with a warning when the fit's residuals are far
     * above the noise ({@link ResidualCheck}); computed on first call (one evaluation at every sample).
     */
    @Override
    public synchronized FitSummary summary() {
        if (summary == null) {
            FitSummary s = inner.summary().unstandardized(xOrigin, yScale);
            String warning = ResidualCheck.warning(xs, ys, inner.values(xs), yScale);
            summary = warning == null ? s : s.withWarning(warning);
            xs = null;
            ys = null;
        }
        return summary;
    }

    private double[] shift(double[] x) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = x[i] - xOrigin;
        }
        return s;
    }

    @Override
    public String toString() {
        return summary().toString();
    }
}
