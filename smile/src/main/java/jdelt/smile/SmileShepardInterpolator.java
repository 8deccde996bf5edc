package jdelt.smile;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.StandardizedFit;
import smile.interpolation.ShepardInterpolation1D;

/**
 * Smile's Shepard (inverse-distance-weighted) interpolation with weights {@code 1 / r^p}
 * (Shepard, Proc. ACM National Conference, 1968), as a jdelt method. It passes through every
 * sample and reproduces constants only: for {@code p > 1} its first derivative is zero at every
 * sample, so its derivatives show flat spots and are the least accurate of the Smile adapters.
 * Derivatives are Richardson-extrapolated central differences ({@link RichardsonDerivative}); on a
 * cubic sampled at 41 points the largest first-derivative error in the middle half was 1.5.
 * Outside the sampled range it tends to the mean of the samples.
 */
public final class SmileShepardInterpolator implements Interpolator {

    /** The method name. */
    public static final String NAME = "smile-shepard";

    private final double power;

    /** @param power the inverse-distance exponent, in (0, 3] */
    public SmileShepardInterpolator(double power) {
        if (!(power > 0 && power <= 3)) {
            throw new IllegalArgumentException(NAME + ": power must be in (0, 3], got " + power);
        }
        this.power = power;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        return StandardizedFit.fit(x, y, 2, NAME,
                (xs, ys) -> new SmileFit(NAME, new ShepardInterpolation1D(xs, ys, power)::interpolate, xs));
    }
}
