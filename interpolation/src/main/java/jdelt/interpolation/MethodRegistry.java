package jdelt.interpolation;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of every method on the class path, found through {@link java.util.ServiceLoader}
 * (see {@link MethodDescriptor}); the command-line tool and the benchmarks list and build methods
 * from it only.
 */
public final class MethodRegistry {

    private MethodRegistry() {
    }

    /** @return every registered method, sorted by name */
    public static List<MethodDescriptor> all() {
        return ServiceLoader.load(MethodDescriptor.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(MethodDescriptor::name))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds a method by name.
     *
     * @param name the method's name
     * @return the method
     * @throws IllegalArgumentException if no method has that name; the message lists the names
     */
    public static MethodDescriptor byName(String name) {
        List<MethodDescriptor> all = all();
        return all.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown method '" + name
                        + "'; known methods: " + (all.isEmpty() ? "(none on the class path)"
                        : all.stream().map(MethodDescriptor::name).collect(Collectors.joining(", ")))));
    }
}
