package jdelt.interpolation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named, registered derivative-estimation method: how the command-line tool, the benchmarks and
 * the tests find every method without special cases. Implementations are listed in
 * {@code META-INF/services/jdelt.interpolation.MethodDescriptor} of the module that holds the
 * method, and {@link MethodRegistry} finds them with {@link java.util.ServiceLoader}.
 */
public interface MethodDescriptor {

    /** @return the method's short name, as typed on the command line (e.g. {@code "spline"}) */
    String name();

    /** @return one sentence saying what the method computes */
    String description();

    /** @return the settings the method accepts, with their defaults */
    List<Parameter> parameters();

    /**
     * Builds the method with the given settings; a setting not given takes its default.
     *
     * @param settings parameter names to values, as text
     * @return the configured method
     * @throws IllegalArgumentException for an unknown parameter name or an unusable value
     */
    Interpolator create(Map<String, String> settings);

    /**
     * The highest polynomial degree the method reproduces exactly at its default settings: on
     * noise-free samples of any polynomial of at most this degree, the fit and every derivative it
     * supports equal the polynomial's (to rounding), at and between the samples, uniform or not.
     * The contract test of every module checks it.
     *
     * @return that degree, or -1 if the method reproduces no polynomial exactly (a network)
     */
    default int polynomialDegree() {
        return -1;
    }

    /**
     * The method's smoothing parameter, if it has one, with the range an oracle search (tuning on
     * the truth, in the benchmark) should cover on a logarithmic scale.
     *
     * @return the smoothing parameter, or empty if the method has none
     */
    default Optional<Smoothing> smoothing() {
        return Optional.empty();
    }

    /**
     * One setting of a method.
     *
     * @param name the key, as in {@code --param name=value}
     * @param defaultValue the default, as text ({@code "auto"} where the method chooses it from the data)
     * @param description what the setting does
     */
    record Parameter(String name, String defaultValue, String description) {
    }

    /**
     * A smoothing parameter and the positive range worth searching, on a log scale.
     *
     * @param parameter the parameter's name, as in {@link #parameters()}
     * @param min the smallest value worth trying
     * @param max the largest value worth trying
     */
    record Smoothing(String parameter, double min, double max) {
    }
}
