package jdelt.interpolation.multivariate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdelt.interpolation.MethodDescriptor;

/**
 * A named, registered method for functions of several variables: how the command-line tool and
 * the benchmarks find every multivariate method without special cases. Implementations are listed
 * in {@code META-INF/services/jdelt.interpolation.multivariate.MultivariateMethodDescriptor} and
 * found by {@link MultivariateMethodRegistry} through {@link java.util.ServiceLoader}; the settings
 * and smoothing records are those of the one-variable {@link MethodDescriptor}.
 */
public interface MultivariateMethodDescriptor {

    /** @return the method's short name, as typed on the command line */
    String name();

    /** @return one sentence saying what the method computes */
    String description();

    /** @return the settings the method accepts, with their defaults */
    List<MethodDescriptor.Parameter> parameters();

    /**
     * @return whether the method needs samples on a full rectilinear grid (false: any distinct
     *     points spanning d dimensions)
     */
    boolean requiresGrid();

    /**
     * @return the highest total degree of the polynomials the method reproduces exactly, partials
     *     included, from noise-free samples (2: quadratics, with their constant Hessian); the
     *     registry's contract test holds each method to it
     */
    default int polynomialDegree() {
        return 2;
    }

    /** @return the most points the method accepts (its cost grows faster than linearly beyond) */
    default int maxPoints() {
        return Integer.MAX_VALUE;
    }

    /**
     * Builds the method with the given settings; a setting not given takes its default.
     *
     * @param settings parameter names to values, as text
     * @return the configured method
     * @throws IllegalArgumentException for an unknown parameter name or an unusable value
     */
    MultivariateInterpolator create(Map<String, String> settings);

    /**
     * @return the method's smoothing parameter with the range an oracle search (tuning on the
     *     truth, in the benchmark) should cover on a log scale, or empty
     */
    default Optional<MethodDescriptor.Smoothing> smoothing() {
        return Optional.empty();
    }
}
