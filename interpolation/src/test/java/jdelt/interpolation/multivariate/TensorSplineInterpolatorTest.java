package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TensorSplineInterpolatorTest {

    private final TensorSplineInterpolator spline = new TensorSplineInterpolator();

    @Test
    void reproducesQuadraticsWithTheirConstantHessian() {
        double[][] p = Fields.grid(12, -1, 2);
        double[] v = Fields.sample(p, q -> 3 + q[0] * q[1] + 2 * q[0] * q[0] - q[1] * q[1] + 0.5 * q[1], 0, 1);
        FittedField f = spline.fit(p, v);
        for (double[] at : new double[][] {{0.3, 1.1}, {-0.9, 1.9}, {1.5, -0.2}}) {
            assertEquals(3 + at[0] * at[1] + 2 * at[0] * at[0] - at[1] * at[1] + 0.5 * at[1], f.value(at), 1e-9);
            double[] g = f.gradient(at);
            assertEquals(at[1] + 4 * at[0], g[0], 1e-8);
            assertEquals(at[0] - 2 * at[1] + 0.5, g[1], 1e-8);
            double[][] h = f.hessian(at);
            assertEquals(4, h[0][0], 1e-7);
            assertEquals(1, h[0][1], 1e-7);
            assertEquals(1, h[1][0], 1e-7);
            assertEquals(-2, h[1][1], 1e-7);
            assertEquals(2, f.laplacian(at), 1e-7);
            assertEquals(1, f.derivative(at, 1, 1), 1e-7);
            assertEquals(0, f.derivative(at, 2, 1), 1e-6);
        }
    }

    @Test
    void productXyHasUnitMixedPartialIn3d() {
        double[][] p = Fields.grid3(7, 0, 1);
        double[] v = Fields.sample(p, q -> q[0] * q[1] + q[2] * q[2] * q[1], 0, 1);
        FittedField f = spline.fit(p, v);
        double[][] h = f.hessian(new double[] {0.4, 0.7, 0.2});
        assertEquals(1, h[0][1], 1e-7);
        assertEquals(0.4, h[1][2], 1e-7);
        assertEquals(1.4, h[2][2], 1e-7);
        assertEquals(0, h[0][2], 1e-7);
    }

    @Test
    void hessianIsSymmetricOnNoisyData() {
        double[][] p = Fields.grid(30, 0, 1);
        double[] v = Fields.sample(p, Fields::surface, 0.05, 2);
        FittedField f = spline.fit(p, v);
        double[][] h = f.hessian(new double[] {0.37, 0.61});
        assertEquals(h[0][1], h[1][0], 0);
        assertEquals(f.derivative(new double[] {0.37, 0.61}, 1, 1), h[0][1], 1e-9);
    }

    @Test
    void partialsFollowTheChainRuleUnderShiftAndScale() {
        double[][] p = Fields.grid(25, 0, 1);
        double[] v = Fields.sample(p, q -> Math.exp(q[0]) * Math.sin(2 * q[1]), 0.02, 3);
        double a = 7.5;
        double b = -0.02;
        double[][] mapped = Arrays.stream(p).map(q -> new double[] {a * q[0] + 100, b * q[1] - 3}).toArray(double[][]::new);
        FittedField f = spline.fit(p, v);
        FittedField g = spline.fit(mapped, v);
        double[] at = {0.41, 0.77};
        double[] atMapped = {a * at[0] + 100, b * at[1] - 3};
        assertEquals(f.value(at), g.value(atMapped), 1e-9);
        assertEquals(f.gradient(at)[0], a * g.gradient(atMapped)[0], 1e-7);
        assertEquals(f.gradient(at)[1], b * g.gradient(atMapped)[1], 1e-7);
        assertEquals(f.hessian(at)[0][1], a * b * g.hessian(atMapped)[0][1], 1e-6);
        assertEquals(f.hessian(at)[1][1], b * b * g.hessian(atMapped)[1][1], 1e-5);
    }

    @Test
    void noisyGradientAndMixedPartialWithinBounds() {
        double[][] p = Fields.grid(60, 0, 1);
        double[] v = Fields.sample(p, Fields::surface, 0.05, 4);
        FittedField f = spline.fit(p, v);
        double[] errors = Fields.surfaceErrors(f, 0.1, 0.9, 0.05);
        double gradientRms = errors[0];
        double mixedRms = errors[1];
        assertTrue(gradientRms < 0.1, "gradient RMSE " + gradientRms);
        assertTrue(mixedRms < 0.6, "mixed RMSE " + mixedRms);
        assertEquals(0.05, f.summary().residualStandardDeviation(), 0.005);
        assertTrue(f.summary().number(0, "lambda1") > 0 && f.summary().number(0, "lambda2") > 0);
    }

    @Test
    void concurrentEvaluationsAgreeWithSequentialOnes() throws Exception {
        double[][] p = Fields.grid(30, 0, 1);
        double[] v = Fields.sample(p, q -> Math.exp(-q[0] * q[1]), 0.01, 5);
        FittedField f = spline.fit(p, v);
        double[][] at = Fields.scattered(2000, 2, 0, 1, 6);
        double[][][] expected = f.hessians(at);
        double[][] gradients = f.gradients(at);
        double[] values = f.values(at);
        for (int k = 0; k < at.length; k += 97) {
            assertTrue(Arrays.deepEquals(f.hessian(at[k]), expected[k]));
            assertTrue(Arrays.equals(f.gradient(at[k]), gradients[k]));
            assertEquals(f.value(at[k]), values[k]);
        }
        Fields.assertThreadsAgree(f, at, 4);
    }

    @Test
    void scatteredOrHoledPointsAreRefusedWithTheReason() {
        double[][] p = Fields.grid(10, 0, 1);
        double[][] holed = Arrays.copyOf(p, p.length - 3);
        double[] v = new double[holed.length];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spline.fit(holed, v));
        assertTrue(e.getMessage().contains("10 × 10 grid with 3 of its 100 nodes missing"), e.getMessage());
        double[][] s = Fields.scattered(50, 2, 0, 1, 7);
        e = assertThrows(IllegalArgumentException.class, () -> spline.fit(s, new double[50]));
        assertTrue(e.getMessage().contains("scattered"), e.getMessage());
    }
}
