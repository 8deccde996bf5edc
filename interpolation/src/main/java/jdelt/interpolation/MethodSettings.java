package jdelt.interpolation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed, checked access to the text settings a {@link MethodDescriptor} receives: an unknown key
 * or a value of the wrong type is rejected with a message naming the method, the key and the value.
 */
public final class MethodSettings {

    private final String method;
    private final Map<String, String> settings;

    /**
     * Wraps settings after checking that every key is one of the method's parameters.
     *
     * @param descriptor the method receiving the settings
     * @param settings parameter names to values, as text
     * @throws IllegalArgumentException for a key the method does not know; the message lists the known ones
     */
    public MethodSettings(MethodDescriptor descriptor, Map<String, String> settings) {
        this(descriptor.name(), descriptor.parameters(), settings);
    }

    /**
     * Wraps settings after checking that every key is one of the given parameters.
     *
     * @param method the method's name, for messages
     * @param parameters the parameters the method accepts
     * @param settings parameter names to values, as text
     * @throws IllegalArgumentException for a key the method does not know; the message lists the known ones
     */
    public MethodSettings(String method, List<MethodDescriptor.Parameter> parameters, Map<String, String> settings) {
        this.method = method;
        this.settings = Map.copyOf(settings);
        Set<String> known = parameters.stream().map(MethodDescriptor.Parameter::name)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String key : new TreeSet<>(settings.keySet())) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("method '" + method + "' has no parameter '" + key
                        + "'; its parameters are: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
    }

    /** @return whether the key was given */
    public boolean has(String key) {
        return settings.containsKey(key);
    }

    /** @return the text value of {@code key}, or {@code fallback} if it was not given */
    public String text(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    /** @return the value of {@code key} as a double, or {@code fallback} if it was not given */
    public double number(String key, double fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("method '" + method + "': parameter '" + key
                    + "' must be a number, got '" + v + "'");
        }
    }

    /** @return the value of {@code key} as an int, or {@code fallback} if it was not given */
    public int integer(String key, int fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("method '" + method + "': parameter '" + key
                    + "' must be a whole number, got '" + v + "'");
        }
    }
}
