package jdelt.estimators;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;


/**
 * Registers {@link FiniteDifferenceInterpolator} as method {@code fd}: Fornberg (1988) finite-difference
 * derivatives on non-uniform x, without smoothing.
 */
public final class FiniteDifferenceMethod implements MethodDescriptor {

    @Override
    public String name() {
        return FiniteDifferenceInterpolator.NAME;
    }

    @Override
    public String description() {
        return "Finite differences with Fornberg's weights on non-uniform x (no smoothing: the noise baseline)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("accuracy", Integer.toString(FiniteDifferenceInterpolator.DEFAULT_ACCURACY),
                "order of accuracy of the first and second derivatives: 2 or 4"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        return new FiniteDifferenceInterpolator(s.integer("accuracy", FiniteDifferenceInterpolator.DEFAULT_ACCURACY));
    }

    /** Cubics: the default stencils (accuracy 2) have four samples, and the curve of every order is the exact value or derivative of their interpolating cubic. */
    @Override
    public int polynomialDegree() {
        return 3;
    }
}
