package jdelt.smile;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import java.util.List;
import java.util.Map;


/**
 * Registers the Smile adapters with {@link jdelt.interpolation.MethodRegistry}: each nested class
 * is listed in this module's {@code META-INF/services/jdelt.interpolation.MethodDescriptor}, so the
 * command-line tool and the benchmark find them whenever this module is on the class path.
 */
public final class SmileMethods {

    private SmileMethods() {
    }

    /** {@code smile-cubic}: {@link SmileCubicSplineInterpolator}. */
    public static final class CubicSpline implements MethodDescriptor {
        @Override
        public String name() {
            return SmileCubicSplineInterpolator.NAME;
        }

        @Override
        public String description() {
            return "Smile's natural cubic interpolating spline (no smoothing); finite-difference derivatives";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public Interpolator create(Map<String, String> settings) {
            new MethodSettings(this, settings);
            return new SmileCubicSplineInterpolator();
        }

        /** Lines: the natural end conditions (zero second derivative) make cubics inexact. */
        @Override
        public int polynomialDegree() {
            return 1;
        }
    }

    /** {@code smile-rbf}: {@link SmileRbfInterpolator}. */
    public static final class Rbf implements MethodDescriptor {
        @Override
        public String name() {
            return SmileRbfInterpolator.NAME;
        }

        @Override
        public String description() {
            return "Smile's multiquadric RBF interpolation (no smoothing); finite-difference derivatives";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("scale", "1", "multiquadric r0 in units of the mean spacing"));
        }

        @Override
        public Interpolator create(Map<String, String> settings) {
            return new SmileRbfInterpolator(new MethodSettings(this, settings).number("scale", 1));
        }

        /** Constants: samples of a constant are zeros once centred, and their interpolant is zero; the multiquadric sum has no polynomial part, so lines are not exact. */
        @Override
        public int polynomialDegree() {
            return -1;
        }
    }

    /** {@code smile-kriging}: {@link SmileKrigingInterpolator}. */
    public static final class Kriging implements MethodDescriptor {
        @Override
        public String name() {
            return SmileKrigingInterpolator.NAME;
        }

        @Override
        public String description() {
            return "Smile's power-variogram kriging (no smoothing); finite-difference derivatives";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("beta", "1.5", "variogram exponent in [1, 2)"));
        }

        @Override
        public Interpolator create(Map<String, String> settings) {
            return new SmileKrigingInterpolator(new MethodSettings(this, settings).number("beta", 1.5));
        }

        /** Constants: ordinary kriging's weights sum to one. */
        @Override
        public int polynomialDegree() {
            return 0;
        }
    }

    /** {@code smile-shepard}: {@link SmileShepardInterpolator}. */
    public static final class Shepard implements MethodDescriptor {
        @Override
        public String name() {
            return SmileShepardInterpolator.NAME;
        }

        @Override
        public String description() {
            return "Smile's inverse-distance (Shepard) interpolation (no smoothing); finite-difference derivatives";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("power", "2", "inverse-distance exponent in (0, 3]"));
        }

        @Override
        public Interpolator create(Map<String, String> settings) {
            return new SmileShepardInterpolator(new MethodSettings(this, settings).number("power", 2));
        }

        /** Constants: inverse-distance weights sum to one. */
        @Override
        public int polynomialDegree() {
            return 0;
        }
    }

    /** {@code smile-mlp}: {@link SmileMlpInterpolator}. */
    public static final class Mlp implements MethodDescriptor {
        @Override
        public String name() {
            return SmileMlpInterpolator.NAME;
        }

        @Override
        public String description() {
            return "Smile's MLP regression (one tanh layer, fixed epochs); finite-difference derivatives";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("width", "16", "units in the hidden layer"),
                    new Parameter("epochs", "1000", "passes over the data"),
                    new Parameter("seed", "1", "random seed"));
        }

        @Override
        public Interpolator create(Map<String, String> settings) {
            MethodSettings s = new MethodSettings(this, settings);
            return new SmileMlpInterpolator(s.integer("width", 16), s.integer("epochs", 1000),
                    s.integer("seed", 1));
        }

        /** None: a network trained for a fixed number of epochs. */
        @Override
        public int polynomialDegree() {
            return -1;
        }
    }
}
