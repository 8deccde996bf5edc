package jdelt.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import picocli.CommandLine.Option;

/**
 * The options of {@code differentiate} and {@code integrate} that choose the one-variable method and
 * its settings, as a picocli mixin; the method is found in {@link MethodRegistry} by name.
 */
final class MethodOptions {

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "spline", description = "the method, see 'jdelt methods' (default: ${DEFAULT-VALUE}, which chooses its smoothing from the data)")
    private String method = "spline";

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a setting of the method; repeat for several")
    private Map<String, String> params = new LinkedHashMap<>();

    /** @return the method's name */
    String name() {
        return method;
    }

    /** @return the method's registry entry */
    MethodDescriptor descriptor() {
        return MethodRegistry.byName(method);
    }

    /** @return the method built from {@code --param} (names and types checked by the registry) */
    Interpolator create() {
        return descriptor().create(params);
    }
}
