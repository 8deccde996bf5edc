package jdelt.interpolation.local;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;

/**
 * LOWESS, the robust preset of {@link LoessInterpolator} under the name PyDelt users know:
 * locally weighted regression with three bisquare robustness iterations (Cleveland 1979,
 * "Robust locally weighted regression and smoothing scatterplots", JASA 74, 829–836; three
 * iterations as in R's {@code lowess}), so that gross outliers get weight near zero.
 *
 * <p>Unlike classical lowess, whose local lines cannot give a second derivative, the degree
 * follows the derivative order as in {@link LoessInterpolator} (degree {@code min(ν + 1, 3)} for
 * order ν), and the window is chosen per order from the data unless set. Derivatives come from
 * the local polynomial's coefficients (Fan &amp; Gijbels 1996), not from differencing.
 */
public final class LowessInterpolator implements Interpolator {

    /** Robustness iterations of the preset. */
    public static final int ITERATIONS = 3;

    private final LoessInterpolator loess;

    /** LOWESS with automatic degree and span and three robustness iterations. */
    public LowessInterpolator() {
        this(new LoessInterpolator().named("lowess").withRobustnessIterations(ITERATIONS));
    }

    private LowessInterpolator(LoessInterpolator loess) {
        this.loess = loess;
    }

    /** @see LoessInterpolator#withDegree(int) */
    public LowessInterpolator withDegree(int degree) {
        return new LowessInterpolator(loess.withDegree(degree));
    }

    /** @see LoessInterpolator#withSpan(double) */
    public LowessInterpolator withSpan(double span) {
        return new LowessInterpolator(loess.withSpan(span));
    }

    /** @see LoessInterpolator#withBandwidth(double) */
    public LowessInterpolator withBandwidth(double bandwidth) {
        return new LowessInterpolator(loess.withBandwidth(bandwidth));
    }

    /** @see LoessInterpolator#withRobustnessIterations(int) */
    public LowessInterpolator withRobustnessIterations(int iterations) {
        return new LowessInterpolator(loess.withRobustnessIterations(iterations));
    }

    /** @see LoessInterpolator#withSurface(LoessInterpolator.Surface) */
    public LowessInterpolator withSurface(LoessInterpolator.Surface surface) {
        return new LowessInterpolator(loess.withSurface(surface));
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        return loess.fit(x, y);
    }

    @Override
    public String toString() {
        return loess.toString();
    }
}
