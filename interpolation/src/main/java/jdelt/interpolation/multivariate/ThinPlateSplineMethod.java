package jdelt.interpolation.multivariate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdelt.interpolation.MethodDescriptor.Parameter;
import jdelt.interpolation.MethodDescriptor.Smoothing;
import jdelt.interpolation.MethodSettings;

/** Registers {@link ThinPlateSplineInterpolator} as multivariate method {@code thin-plate}. */
public final class ThinPlateSplineMethod implements MultivariateMethodDescriptor {

    @Override
    public String name() {
        return ThinPlateSplineInterpolator.NAME;
    }

    @Override
    public String description() {
        return "thin-plate smoothing spline of order 3 (d = 2, 3; at most " + ThinPlateSplineInterpolator.MAX_POINTS
                + " points), lambda by GCV";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("lambda", "auto", "the smoothing parameter (auto: by GCV)"));
    }

    @Override
    public int maxPoints() {
        return ThinPlateSplineInterpolator.MAX_POINTS;
    }

    @Override
    public boolean requiresGrid() {
        return false;
    }

    @Override
    public MultivariateInterpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(name(), parameters(), settings);
        String lambda = s.text("lambda", "auto").trim();
        ThinPlateSplineInterpolator tps = new ThinPlateSplineInterpolator();
        return lambda.equals("auto") ? tps : tps.withLambda(s.number("lambda", Double.NaN));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("lambda", 1e-10, 1e2));
    }
}
