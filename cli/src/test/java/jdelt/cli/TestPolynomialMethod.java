package jdelt.cli;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import jdelt.interpolation.Samples;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;

/**
 * Test-only method {@code testpoly}: a global least-squares polynomial of a given degree
 * (default 3), fitted on x scaled to [-1, 1], so that the command-line tests do not depend on the
 * spline being on the class path.
 */
public final class TestPolynomialMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "testpoly";
    }

    @Override
    public String description() {
        return "Least-squares polynomial (test only).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("degree", "3", "the polynomial's degree"));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        int degree = new MethodSettings(this, settings).integer("degree", 3);
        if (degree < 1) {
            throw new IllegalArgumentException("method 'testpoly': degree must be 1 or more, got " + degree);
        }
        return (x, y) -> {
            Samples.validate(x, y, degree + 1, name());
            double mid = (x[0] + x[x.length - 1]) / 2;
            double half = (x[x.length - 1] - x[0]) / 2;
            WeightedObservedPoints points = new WeightedObservedPoints();
            for (int i = 0; i < x.length; i++) {
                points.add((x[i] - mid) / half, y[i]);
            }
            PolynomialFunction p = new PolynomialFunction(PolynomialCurveFitter.create(degree).fit(points.toList()));
            return new Fit(p, mid, half, degree);
        };
    }

    private record Fit(PolynomialFunction p, double mid, double half, int degree) implements FittedCurve {
        @Override
        public double value(double x) {
            return p.value((x - mid) / half);
        }

        @Override
        public int maxOrder() {
            return degree + 1;
        }

        @Override
        public FitSummary summary() {
            return FitSummary.builder("testpoly", true).parameter("degree", degree).build();
        }

        @Override
        public Curve differentiate(int order) {
            Samples.validateOrder(order, maxOrder(), "testpoly");
            PolynomialFunction d = p;
            for (int k = 0; k < order; k++) {
                d = d.polynomialDerivative();
            }
            PolynomialFunction dk = d;
            double scale = Math.pow(half, -order);
            return t -> dk.value((t - mid) / half) * scale;
        }
    }
}
