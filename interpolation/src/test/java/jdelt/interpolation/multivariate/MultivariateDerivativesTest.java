package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.junit.jupiter.api.Test;

class MultivariateDerivativesTest {

    @Test
    void jacobianOfPyDeltsExampleHasTheTrueSecondRow() {
        double[][] p = Fields.grid(21, 0, 2);
        double[][] y = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            y[i] = new double[] {p[i][0] * p[i][0] + p[i][1] * p[i][1], p[i][0] * p[i][1]};
        }
        for (MultivariateDerivatives mv : new MultivariateDerivatives[] {new MultivariateDerivatives(),
            new MultivariateDerivatives(new LocalQuadraticInterpolator())}) {
            double[][] j = mv.fit(p, y).jacobian().value(new double[] {1, 1});
            assertArrayEquals(new double[] {2, 2}, j[0], 1e-7);
            assertArrayEquals(new double[] {1, 1}, j[1], 1e-7);
        }
    }

    @Test
    void divergenceAndCurlOfLinearFields() {
        double[][] p = Fields.grid3(6, -1, 1);
        double[][] y = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            double a = p[i][0];
            double b = p[i][1];
            double c = p[i][2];
            y[i] = new double[] {2 * a - b, a + 3 * b + c, -c + 4 * a * b};
        }
        MultivariateDerivatives mv = new MultivariateDerivatives().fit(p, y);
        double[] at = {0.3, -0.2, 0.5};
        assertEquals(2 + 3 - 1, mv.divergence().value(at), 1e-8);
        assertArrayEquals(new double[] {4 * 0.3 - 1, -4 * -0.2, 1 + 1}, mv.curl().value(at), 1e-8);
        double[][] p2 = Fields.grid(10, 0, 1);
        double[][] y2 = new double[p2.length][];
        for (int i = 0; i < p2.length; i++) {
            y2[i] = new double[] {-p2[i][1], p2[i][0]};
        }
        assertEquals(2, new MultivariateDerivatives().fit(p2, y2).curl().value(new double[] {0.5, 0.5})[0], 1e-8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MultivariateDerivatives()
                .fit(p2, y2).gradient());
        assertEquals("the gradient is of one output; there are 2: use field().component(i).gradient(p) or jacobian()",
                e.getMessage());
    }

    @Test
    void theGradientDrivesACommonsMathOptimizer() {
        double[][] p = Fields.scattered(400, 2, -1, 1, 3);
        double[] v = Fields.sample(p, q -> Math.pow(q[0] - 0.3, 2) + 2 * Math.pow(q[1] + 0.2, 2), 0, 1);
        MultivariateDerivatives mv = new MultivariateDerivatives().fit(p, v);
        assertEquals(400 <= MultivariateMethodRegistry.THIN_PLATE_MAX_POINTS ? "thin-plate" : "local-quadratic",
                mv.field().component(0).summary().method());
        assertTrue(mv.choice().endsWith("; n = 400"), mv.choice());
        MultivariateFunction f = mv.field().component(0);
        PointValuePair min = new NonLinearConjugateGradientOptimizer(NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                new SimpleValueChecker(1e-12, 1e-12)).optimize(new MaxEval(1000), new ObjectiveFunction(f),
                new ObjectiveFunctionGradient(mv.gradient()), GoalType.MINIMIZE, new InitialGuess(new double[] {0, 0}));
        assertArrayEquals(new double[] {0.3, -0.2}, min.getPoint(), 1e-6);
        assertEquals(6, mv.laplacian().value(new double[] {0.1, 0.1}), 1e-7);
        assertEquals(4, mv.hessian().value(new double[] {0.1, 0.1})[1][1], 1e-7);
    }

    @Test
    void directionalDerivativeIsTheGradientAlongTheUnitDirection() {
        double[][] p = Fields.grid(12, -1, 1);
        FittedField f = new TensorSplineInterpolator().fit(p, Fields.sample(p, q -> 3 * q[0] - 4 * q[1] + q[0] * q[1], 0, 1));
        double[] at = {0.2, -0.5};
        // gradient (3 + y, -4 + x) = (2.5, -3.8); along (1, 2) / sqrt 5, whatever the direction's length
        assertEquals((2.5 - 2 * 3.8) / Math.sqrt(5), f.directional(at, new double[] {1, 2}), 1e-8);
        assertEquals((2.5 - 2 * 3.8) / Math.sqrt(5), f.directional(at, new double[] {10, 20}), 1e-8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.directional(at, new double[2]));
        assertEquals("the direction must not be the zero vector", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.directional(at, new double[] {1, 0, 0}));
        assertEquals("the direction needs 2 coordinates, got 3", e.getMessage());
    }
}
