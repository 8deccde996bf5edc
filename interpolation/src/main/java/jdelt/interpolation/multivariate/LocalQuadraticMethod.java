package jdelt.interpolation.multivariate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jdelt.interpolation.MethodDescriptor.Parameter;
import jdelt.interpolation.MethodDescriptor.Smoothing;
import jdelt.interpolation.MethodSettings;

/**
 * Registers {@link LocalQuadraticInterpolator} as multivariate method {@code local-quadratic}
 * (local polynomials of degree 2 by default, 3 with {@code degree=3}).
 */
public final class LocalQuadraticMethod implements MultivariateMethodDescriptor {

    @Override
    public String name() {
        return LocalQuadraticInterpolator.NAME;
    }

    @Override
    public String description() {
        return "local quadratic (or cubic) regression on scattered points (k-d tree), neighbours by leave-one-out CV";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("span", "auto", "fraction of the points in each kernel, in (0, 1]"),
                new Parameter("degree", "2", "total degree of the local polynomials, 2 or 3 (exact partials up to it)"),
                new Parameter("robust", "0", "bisquare robustness iterations against outliers (Cleveland 1979)"),
                new Parameter("metric", "mahalanobis",
                        "mahalanobis (whitened by the points' covariance, affine-covariant) or euclidean"));
    }

    @Override
    public boolean requiresGrid() {
        return false;
    }

    @Override
    public MultivariateInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(name(), parameters(), settings);
        String metric = s.text("metric", "mahalanobis").trim().toLowerCase(Locale.ROOT);
        if (!metric.equals("mahalanobis") && !metric.equals("euclidean")) {
            throw new IllegalArgumentException("method '" + name() + "': parameter 'metric' must be mahalanobis "
                    + "or euclidean, got '" + s.text("metric", "") + "'");
        }
        LocalQuadraticInterpolator local = new LocalQuadraticInterpolator().withMahalanobis(metric.equals("mahalanobis"))
                .withRobustIterations(s.integer("robust", 0)).withDegree(s.integer("degree", 2));
        String span = s.text("span", "auto").trim();
        return span.equals("auto") ? local : local.withSpan(s.number("span", Double.NaN));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("span", 0.005, 1));
    }
}
