package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThinPlateSplineInterpolatorTest {

    private final ThinPlateSplineInterpolator tps = new ThinPlateSplineInterpolator();

    @Test
    void reproducesQuadraticsIn2dAnd3d() {
        double[][] p = Fields.scattered(120, 2, -1, 2, 1);
        FittedField f = tps.fit(p, Fields.sample(p, q -> 2 + q[0] * q[1] - q[0] * q[0] + 3 * q[1], 0, 1));
        double[] at = {0.4, 0.9};
        assertEquals(2 + 0.36 - 0.16 + 2.7, f.value(at), 1e-8);
        assertEquals(0.9 - 0.8, f.gradient(at)[0], 1e-7);
        assertEquals(1, f.hessian(at)[0][1], 1e-6);
        assertEquals(-2, f.hessian(at)[0][0], 1e-6);
        double[][] p3 = Fields.scattered(150, 3, 0, 1, 2);
        FittedField f3 = tps.fit(p3, Fields.sample(p3, q -> q[0] * q[2] + q[1] * q[1], 0, 1));
        double[][] h = f3.hessian(new double[] {0.5, 0.4, 0.3});
        assertEquals(1, h[0][2], 1e-6);
        assertEquals(2, h[1][1], 1e-6);
        assertEquals(0, h[0][1], 1e-6);
    }

    @Test
    void partialsFollowRotationAndAxisScaling() {
        double[][] p = Fields.scattered(200, 2, 0, 1, 3);
        double[] v = Fields.sample(p, q -> Math.exp(q[0]) * Math.sin(2 * q[1]), 0.02, 4);
        double c = Math.cos(0.5);
        double s = Math.sin(0.5);
        double[][] mapped = Arrays.stream(p).map(q -> new double[] {30 * (c * q[0] - s * q[1]), 0.1 * (s * q[0] + c * q[1])})
                .toArray(double[][]::new);
        FittedField f = tps.fit(p, v);
        FittedField g = tps.fit(mapped, v);
        double[] at = {0.4, 0.6};
        double[] atMapped = {30 * (c * at[0] - s * at[1]), 0.1 * (s * at[0] + c * at[1])};
        double[] gm = g.gradient(atMapped);
        double[] gf = f.gradient(at);
        // f(x) = g(M x): ∇f = M' ∇g
        assertEquals(gf[0], 30 * c * gm[0] + 0.1 * s * gm[1], 1e-6);
        assertEquals(gf[1], -30 * s * gm[0] + 0.1 * c * gm[1], 1e-6);
        assertEquals(f.value(at), g.value(atMapped), 1e-8);
    }

    @Test
    void noisyGradientWithinBoundAndHessianSymmetric() {
        double[][] p = Fields.scattered(400, 2, 0, 1, 5);
        FittedField f = tps.fit(p, Fields.sample(p, Fields::surface, 0.05, 6));
        double rmse = Fields.surfaceErrors(f, 0.15, 0.85, 0.1)[0];
        assertTrue(rmse < 0.2, "gradient RMSE " + rmse);
        double[][] h = f.hessian(p[7]);
        assertEquals(h[0][1], h[1][0], 1e-12);
        assertTrue(Double.isFinite(h[0][0]));
    }

    @Test
    void aGivenLambdaIsUsedAndReported() {
        double[][] p = Fields.scattered(150, 2, 0, 1, 9);
        double[] v = Fields.sample(p, q -> Math.sin(3 * q[0]) * q[1], 0.05, 10);
        FittedField gcv = tps.fit(p, v);
        double lambda = Double.parseDouble(gcv.summary().parameters().get("lambda"));
        FittedField given = tps.withLambda(lambda).fit(p, v);
        assertEquals("given", given.summary().parameters().get("lambdaBy"));
        assertEquals(gcv.gradient(new double[] {0.3, 0.6})[0], given.gradient(new double[] {0.3, 0.6})[0], 1e-4);
        FittedField rough = tps.withLambda(1e-3 * lambda).fit(p, v);
        FittedField smooth = tps.withLambda(1e3 * lambda).fit(p, v);
        assertTrue(rough.summary().degreesOfFreedom() > gcv.summary().degreesOfFreedom());
        assertTrue(smooth.summary().degreesOfFreedom() < gcv.summary().degreesOfFreedom());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tps.withLambda(0));
        assertEquals("method 'thin-plate': lambda must be positive and finite, got 0.0", e.getMessage());
    }

    @Test
    void refusesOtherDimensionsAndTooManyPoints() {
        double[][] p4 = Fields.scattered(100, 4, 0, 1, 7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tps.fit(p4, new double[100]));
        assertEquals("method 'thin-plate' takes 2 or 3 variables, got 4", e.getMessage());
        double[][] many = Fields.scattered(ThinPlateSplineInterpolator.MAX_POINTS + 1, 2, 0, 1, 8);
        e = assertThrows(IllegalArgumentException.class, () -> tps.fit(many, new double[many.length]));
        assertTrue(e.getMessage().contains("takes at most 1000 points"), e.getMessage());
    }
}
