package jdelt.smile;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.StandardizedFit;
import smile.interpolation.RBFInterpolation1D;
import smile.math.rbf.MultiquadricRadialBasis;

/**
 * Smile's radial-basis-function interpolation with Hardy's multiquadric basis
 * {@code sqrt(r² + r0²)} (Hardy, J. Geophys. Res. 76, 1971; Buhmann, <i>Radial Basis Functions</i>,
 * 2003), as a jdelt method. The shape parameter {@code r0} is {@code scale} times the mean sample
 * spacing. It passes through every sample — no smoothing, noise-free data only. Derivatives are
 * Richardson-extrapolated central differences ({@link RichardsonDerivative}); on a cubic sampled
 * at 41 points the largest errors in the middle half were 1e-3 (first), 4e-2 (second) and 2 (third
 * derivative). Outside the sampled
 * range the multiquadric sum grows linearly.
 */
public final class SmileRbfInterpolator implements Interpolator {

    /** The method name. */
    public static final String NAME = "smile-rbf";

    private final double scale;

    /** @param scale the multiquadric shape parameter in units of the mean sample spacing, positive */
    public SmileRbfInterpolator(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(NAME + ": scale must be finite and positive, got " + scale);
        }
        this.scale = scale;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        SingleThreadedBlas.ensure();
        return StandardizedFit.fit(x, y, 2, NAME, (xs, ys) -> {
            double r0 = scale * xs[xs.length - 1] / (xs.length - 1);
            return new SmileFit(NAME, new RBFInterpolation1D(xs, ys, new MultiquadricRadialBasis(r0))::interpolate, xs);
        });
    }
}
