package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdelt.interpolation.MethodDescriptor.Parameter;
import jdelt.interpolation.MethodDescriptor.Smoothing;
import jdelt.interpolation.MethodSettings;

/** Registers {@link TensorSplineInterpolator} as multivariate method {@code tensor-spline}. */
public final class TensorSplineMethod implements MultivariateMethodDescriptor {

    @Override
    public String name() {
        return TensorSplineInterpolator.NAME;
    }

    @Override
    public String description() {
        return "tensor-product penalized spline on a rectilinear grid, one lambda per axis by GCV, exact mixed partials";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("degree", String.valueOf(TensorSplineInterpolator.DEFAULT_DEGREE), "B-spline degree"),
                new Parameter("penalty", String.valueOf(TensorSplineInterpolator.DEFAULT_PENALTY),
                        "order of the penalized coefficient differences"),
                new Parameter("segments", String.valueOf(TensorSplineInterpolator.DEFAULT_SEGMENTS),
                        "most knot intervals per axis"),
                new Parameter("lambda", "auto", "fixed smoothing: one value, or one per axis separated by ';'"));
    }

    @Override
    public boolean requiresGrid() {
        return true;
    }

    @Override
    public MultivariateInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(name(), parameters(), settings);
        TensorSplineInterpolator spline = new TensorSplineInterpolator()
                .withDegree(s.integer("degree", TensorSplineInterpolator.DEFAULT_DEGREE))
                .withPenaltyOrder(s.integer("penalty", TensorSplineInterpolator.DEFAULT_PENALTY))
                .withSegments(s.integer("segments", TensorSplineInterpolator.DEFAULT_SEGMENTS));
        String lambda = s.text("lambda", "auto").trim();
        if (lambda.equals("auto")) {
            return spline;
        }
        try {
            return spline.withLambda(Arrays.stream(lambda.split(";")).mapToDouble(t -> Double.parseDouble(t.trim())).toArray());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("method '" + name() + "': parameter 'lambda' must be auto, a number, "
                    + "or numbers separated by ';', got '" + lambda + "'");
        }
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("lambda", 1e-6, 1e6));
    }
}
