package jdelt.interpolation.multivariate;

import java.util.List;
import java.util.Map;
import jdelt.interpolation.MethodDescriptor.Parameter;
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
        return List.of();
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
        new MethodSettings(name(), parameters(), settings);
        return new ThinPlateSplineInterpolator();
    }
}
