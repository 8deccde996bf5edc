package jdelt.interpolation.local;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Registers {@link SavitzkyGolayInterpolator} as method {@code savgol}: local least-squares polynomials over
 * sliding windows (Savitzky and Golay 1964), on uniform or non-uniform x; unless a window (number
 * of samples) is given, the window is a bandwidth in x chosen by leave-one-out cross-validation.
 */
public final class SavitzkyGolayMethod implements MethodDescriptor {

    @Override
    public String name() {
        return SavitzkyGolayInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Savitzky-Golay local least-squares polynomials on sliding windows, window chosen by cross-validation";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("degree", "auto",
                        "degree of the local polynomials for every order, 1 to " + SavitzkyGolayInterpolator.MAX_DEGREE
                                + ", or auto: 4 for the fit and the second derivative, 5 for the first"),
                new Parameter("window", "auto",
                        "samples in each local fit (rounded to a whole number), or auto: a bandwidth in x"
                                + " (cross-validated, widened for derivatives) that adapts to uneven sampling"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        boolean defaultDegrees = "auto".equals(s.text("degree", "auto").trim());
        int degree = defaultDegrees ? 0 : s.integer("degree", 0);
        if ("auto".equals(s.text("window", "auto").trim())) {
            return defaultDegrees ? new SavitzkyGolayInterpolator() : new SavitzkyGolayInterpolator(degree);
        }
        double window = s.number("window", 0);
        if (!(window >= 1) || window > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("method '" + name() + "': parameter 'window' must be auto"
                    + " or a number of samples, got '" + s.text("window", "") + "'");
        }
        int samples = (int) Math.round(window);
        return defaultDegrees ? SavitzkyGolayInterpolator.withWindow(samples) : new SavitzkyGolayInterpolator(degree, samples);
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("window", 7, 100_001));
    }

    /** Quartics: the default local degrees are 4 for the fit and the second derivative and 5 for the first. */
    @Override
    public int polynomialDegree() {
        return 4;
    }
}
