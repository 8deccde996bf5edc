package jdelt.interpolation.spline;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registers {@link SplineInterpolator} as method {@code spline}. */
public final class SplineMethod implements MethodDescriptor {

    /** The registered name. */
    public static final String NAME = "spline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "penalized smoothing spline (cubic or quintic), lambda chosen by GCV aimed at the derivatives";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("degree", String.valueOf(SplineInterpolator.DEFAULT_DEGREE),
                        "5 (quintic, smooth second derivative) or 3 (cubic)"),
                new Parameter("lambda", "auto", "fixed smoothing parameter in data units; 0 interpolates"),
                new Parameter("criterion", "gcv", "how lambda is chosen when automatic: gcv or reml"),
                new Parameter("factor", String.valueOf(SplineInterpolator.DEFAULT_FACTOR),
                        "multiplier on the criterion's lambda (1 = the criterion's own choice)"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        MethodSettings s = new MethodSettings(this, settings);
        if (s.has("lambda") && !s.text("lambda", "").trim().equals("auto")
                && (s.has("criterion") || s.has("factor"))) {
            throw new IllegalArgumentException("method 'spline': a fixed 'lambda' cannot be combined with '"
                    + (s.has("criterion") ? "criterion" : "factor") + "', which applies only when lambda is auto");
        }
        SplineInterpolator spline = new SplineInterpolator()
                .withDegree(s.integer("degree", SplineInterpolator.DEFAULT_DEGREE));
        String criterion = s.text("criterion", "gcv").trim().toUpperCase(Locale.ROOT);
        try {
            spline = spline.withCriterion(SplineInterpolator.Criterion.valueOf(criterion));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method 'spline': parameter 'criterion' must be gcv or reml, got '"
                    + s.text("criterion", "") + "'");
        }
        spline = spline.withFactor(s.number("factor", SplineInterpolator.DEFAULT_FACTOR));
        String lambda = s.text("lambda", "auto").trim();
        return lambda.equals("auto") ? spline : spline.withLambda(s.number("lambda", Double.NaN));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("factor", 1e-3, 1e3));
    }

    /** Quadratics: the penalty on the third derivative leaves them unpenalised, whatever lambda the criterion chooses; higher degrees are smoothed. */
    @Override
    public int polynomialDegree() {
        return 2;
    }
}
