package jdelt.interpolation.multivariate;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of every multivariate method on the class path (see
 * {@link MultivariateMethodDescriptor}), and the default choice by sampling and size: the
 * tensor-product spline on a full grid; off a grid, the thin-plate spline for up to
 * {@link #THIN_PLATE_MAX_POINTS} points in 2 or 3 dimensions, local quadratic regression beyond.
 */
public final class MultivariateMethodRegistry {

    /**
     * Scattered samples of at most this many points in 2 or 3 dimensions get {@code thin-plate} by
     * default, more get {@code local-quadratic}. Measured by
     * {@code jdelt.bench.multivariate.ThinPlateCrossoverStudy} ({@code bench/results/thin-plate-crossover.md}
     * and {@code thin-plate-crossover-large.md}): on uniform and clustered points of seven 2-D surfaces
     * at 1–10 % noise, thin-plate's gradient RMSE is 0.59–0.70 times local-quadratic's (geometric
     * mean) at every n from 50 to 1000, its cap, so accuracy has no cross-over there (it loses on the
     * cubic saddle and x²y + y, where the local quadratic is nearly exact); its O(n³) cost decides:
     * 0.4 s of CPU at 400 points, 2.4 s at 700, 9.3 s at 1000 (5 % noise there), against 0.1–0.4 s. Up to 700 it costs
     * no more than the tensor spline on 10^6 grid nodes.
     */
    public static final int THIN_PLATE_MAX_POINTS = 700;

    /**
     * A default method and why it was chosen.
     *
     * @param method the method
     * @param reason why, e.g. {@code "the default for scattered points up to 500 in 2 or 3 dimensions; n = 400"}
     */
    public record Choice(MultivariateMethodDescriptor method, String reason) {
    }

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
     * @param n the number of (distinct) points
     * @param d their dimension
     * @return the default method for such samples, and why
     */
    public static Choice defaultFor(boolean grid, int n, int d) {
        if (grid) {
            return new Choice(byName(TensorSplineInterpolator.NAME), "the default on a full grid");
        }
        boolean small = d <= 3;
        if (small && n <= THIN_PLATE_MAX_POINTS) {
            return new Choice(byName(ThinPlateSplineInterpolator.NAME), "the default for scattered points up to "
                    + THIN_PLATE_MAX_POINTS + " in 2 or 3 dimensions; n = " + n);
        }
        return new Choice(byName(LocalQuadraticInterpolator.NAME), small ? "the default for scattered points beyond "
                + THIN_PLATE_MAX_POINTS + " in 2 or 3 dimensions; n = " + n : "the default for scattered points in " + d
                + " dimensions");
    }
}
