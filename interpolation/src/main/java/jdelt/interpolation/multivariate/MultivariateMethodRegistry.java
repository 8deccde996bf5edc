package jdelt.interpolation.multivariate;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of every multivariate method on the class path (see
 * {@link MultivariateMethodDescriptor}), and the default choice by sampling: the tensor-product
 * spline on a full grid, local quadratic regression otherwise.
 */
public final class MultivariateMethodRegistry {

    private MultivariateMethodRegistry() {
    }

    /** @return every registered method, sorted by name */
    public static List<MultivariateMethodDescriptor> all() {
        return ServiceLoader.load(MultivariateMethodDescriptor.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(MultivariateMethodDescriptor::name))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param name a method's name
     * @return the method
     * @throws IllegalArgumentException if no method has that name; the message lists the names
     */
    public static MultivariateMethodDescriptor byName(String name) {
        List<MultivariateMethodDescriptor> all = all();
        return all.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown multivariate method '" + name
                        + "'; known methods: " + all.stream().map(MultivariateMethodDescriptor::name)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * @param grid whether the samples form a full rectilinear grid
     * @return the default method for such samples
     */
    public static MultivariateMethodDescriptor defaultFor(boolean grid) {
        return byName(grid ? TensorSplineInterpolator.NAME : LocalQuadraticInterpolator.NAME);
    }
}
