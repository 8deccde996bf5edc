package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalQuadraticInterpolatorTest {

    private final LocalQuadraticInterpolator local = new LocalQuadraticInterpolator();

    @Test
    void reproducesQuadraticsWithTheirConstantHessianIn2dAnd3d() {
        double[][] p = Fields.scattered(300, 2, -1, 2, 1);
        double[] v = Fields.sample(p, q -> 3 + q[0] * q[1] + 2 * q[0] * q[0] - q[1] * q[1] + 0.5 * q[1], 0, 1);
        for (LocalQuadraticInterpolator m : List.of(local, local.withMahalanobis(false))) {
            FittedField f = m.fit(p, v);
            double[] at = {0.3, 1.1};
            assertEquals(3 + 0.33 + 0.18 - 1.21 + 0.55, f.value(at), 1e-9);
            assertEquals(1.1 + 1.2, f.gradient(at)[0], 1e-9);
            assertEquals(0.3 - 2.2 + 0.5, f.gradient(at)[1], 1e-9);
            double[][] h = f.hessian(at);
            assertEquals(4, h[0][0], 1e-8);
            assertEquals(1, h[0][1], 1e-8);
            assertEquals(1, h[1][0], 1e-8);
            assertEquals(-2, h[1][1], 1e-8);
            assertEquals(1, f.derivative(at, 1, 1), 1e-8);
        }
        double[][] p3 = Fields.scattered(400, 3, 0, 1, 2);
        FittedField f3 = local.fit(p3, Fields.sample(p3, q -> q[0] * q[1] + q[1] * q[2] * 0 + q[2] * q[2], 0, 1));
        double[][] h3 = f3.hessian(new double[] {0.5, 0.5, 0.5});
        assertEquals(1, h3[0][1], 1e-8);
        assertEquals(2, h3[2][2], 1e-8);
        assertEquals(0, h3[0][2], 1e-8);
    }

    @Test
    void gradientRotatesWithTheData() {
        double[][] p = Fields.scattered(800, 2, -1, 1, 3);
        double[] v = Fields.sample(p, q -> Math.sin(2 * q[0]) * Math.exp(q[1]), 0.05, 4);
        double angle = 0.7;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[][] rotated = Arrays.stream(p).map(q -> new double[] {c * q[0] - s * q[1], s * q[0] + c * q[1]})
                .toArray(double[][]::new);
        for (LocalQuadraticInterpolator m : List.of(local, local.withMahalanobis(false))) {
            FittedField f = m.fit(p, v);
            FittedField g = m.fit(rotated, v);
            double[] at = {0.2, -0.3};
            double[] gf = f.gradient(at);
            double[] gg = g.gradient(new double[] {c * at[0] - s * at[1], s * at[0] + c * at[1]});
            assertEquals(c * gf[0] - s * gf[1], gg[0], 1e-8);
            assertEquals(s * gf[0] + c * gf[1], gg[1], 1e-8);
            assertEquals(f.laplacian(at), g.laplacian(new double[] {c * at[0] - s * at[1], s * at[0] + c * at[1]}), 1e-7);
        }
    }

    @Test
    void partialsFollowTheChainRuleUnderShiftAndScale() {
        double[][] p = Fields.scattered(600, 2, 0, 1, 5);
        double[] v = Fields.sample(p, q -> Math.exp(q[0]) * Math.sin(2 * q[1]), 0.02, 6);
        double a = 250;
        double b = -0.01;
        double[][] mapped = Arrays.stream(p).map(q -> new double[] {a * q[0] - 40, b * q[1] + 7}).toArray(double[][]::new);
        FittedField f = local.fit(p, v);
        FittedField g = local.fit(mapped, v);
        double[] at = {0.41, 0.77};
        double[] atMapped = {a * at[0] - 40, b * at[1] + 7};
        assertEquals(f.summary().number(0, "neighbours"), g.summary().number(0, "neighbours"));
        assertEquals(f.value(at), g.value(atMapped), 1e-8);
        assertEquals(f.gradient(at)[0], a * g.gradient(atMapped)[0], 1e-7);
        assertEquals(f.gradient(at)[1], b * g.gradient(atMapped)[1], 1e-7);
        assertEquals(f.hessian(at)[0][1], a * b * g.hessian(atMapped)[0][1], 1e-6);
    }

    @Test
    void noisyScatteredGradientWithinBound() {
        double[][] p = Fields.scattered(2000, 2, 0, 1, 7);
        double[] v = Fields.sample(p, Fields::surface, 0.05, 8);
        FittedField f = local.fit(p, v);
        double rmse = Fields.surfaceErrors(f, 0.1, 0.9, 0.1)[0];
        assertTrue(rmse < 0.2, "gradient RMSE " + rmse);
        assertEquals(0.05, f.summary().residualStandardDeviation(), 0.01);
    }

    @Test
    void robustVariantResistsOutliers() {
        double[][] p = Fields.scattered(1500, 2, 0, 1, 13);
        double[] v = Fields.sample(p, Fields::surface, 0.02, 14);
        java.util.Random r = new java.util.Random(15);
        for (int i = 0; i < v.length; i += 20) {
            v[i] += (r.nextBoolean() ? 1 : -1) * (2 + 3 * r.nextDouble());
        }
        double plain = Fields.surfaceErrors(local.fit(p, v), 0.15, 0.85, 0.1)[0];
        FittedField robust = local.withRobustIterations(2).fit(p, v);
        double robustError = Fields.surfaceErrors(robust, 0.15, 0.85, 0.1)[0];
        assertTrue(robustError < 0.15 && robustError < plain / 3, "robust " + robustError + ", plain " + plain);
        assertEquals(2, robust.summary().number(0, "robustIterations"));
    }

    @Test
    void concurrentEvaluationsAgreeWithSequentialOnes() throws Exception {
        double[][] p = Fields.scattered(500, 2, 0, 1, 9);
        FittedField f = local.fit(p, Fields.sample(p, q -> Math.exp(-q[0] * q[1]), 0.01, 10));
        double[][] at = Fields.scattered(500, 2, 0, 1, 11);
        Fields.assertThreadsAgree(f, at, 4);
    }

    @Test
    void tooFewPointsAreRefused() {
        double[][] p = Fields.scattered(8, 2, 0, 1, 12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> local.fit(p, new double[8]));
        assertEquals("local-quadratic needs at least 13 points in 2 dimensions, got 8", e.getMessage());
    }

    @Test
    void degreeThreeReproducesCubicsWithTheirThirdPartials() {
        double[][] p = Fields.scattered(400, 2, -1, 2, 13);
        double[] v = Fields.sample(p, q -> 1 - q[0] + 2 * q[0] * q[1] + q[0] * q[0] * q[1] - 0.5 * q[1] * q[1] * q[1]
                + 0.25 * q[0] * q[0] * q[0], 0, 1);
        for (LocalQuadraticInterpolator m : List.of(local.withDegree(3), local.withDegree(3).withMahalanobis(false))) {
            FittedField f = m.fit(p, v);
            assertEquals(3, f.maxOrder());
            assertEquals(3, f.summary().number(0, "degree"));
            double x = 0.3;
            double y = 1.1;
            double[] at = {x, y};
            assertEquals(1 - x + 2 * x * y + x * x * y - 0.5 * y * y * y + 0.25 * x * x * x, f.value(at), 1e-9);
            assertEquals(-1 + 2 * y + 2 * x * y + 0.75 * x * x, f.gradient(at)[0], 1e-8);
            assertEquals(2 * x + x * x - 1.5 * y * y, f.gradient(at)[1], 1e-8);
            double[][] h = f.hessian(at);
            assertEquals(2 * y + 1.5 * x, h[0][0], 1e-7);
            assertEquals(2 + 2 * x, h[0][1], 1e-7);
            assertEquals(-3 * y, h[1][1], 1e-7);
            assertEquals(1.5, f.derivative(at, 3, 0), 1e-6);
            assertEquals(2, f.derivative(at, 2, 1), 1e-6);
            assertEquals(0, f.derivative(at, 1, 2), 1e-6);
            assertEquals(-3, f.derivative(at, 0, 3), 1e-6);
        }
        // degree 2 misses the cubic part and refuses third partials
        FittedField quadratic = local.fit(p, v);
        assertEquals(2, quadratic.maxOrder());
        assertThrows(IllegalArgumentException.class, () -> quadratic.derivative(new double[] {0.3, 1.1}, 2, 1));
    }

    @Test
    void degreeIsTwoOrThreeAndSetByTheRegistry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> local.withDegree(4));
        assertEquals("method 'local-quadratic': degree must be 2 or 3, got 4", e.getMessage());
        MultivariateInterpolator cubic = MultivariateMethodRegistry.byName("local-quadratic").create(Map.of("degree", "3"));
        double[][] p = Fields.scattered(300, 3, 0, 1, 14);
        FittedField f = cubic.fit(p, Fields.sample(p, q -> q[0] * q[1] * q[2], 0, 1));
        assertEquals(1, f.derivative(new double[] {0.5, 0.4, 0.6}, 1, 1, 1), 1e-6);
        double[][] few = Fields.scattered(15, 2, 0, 1, 15);
        e = assertThrows(IllegalArgumentException.class, () -> cubic.fit(few, new double[15]));
        assertEquals("local-quadratic needs at least 21 points in 2 dimensions, got 15", e.getMessage());
    }

    @Test
    void partialsAtTheSamplesAreSharedSafelyBetweenThreads() throws Exception {
        double[][] p = Fields.scattered(600, 2, 0, 1, 16);
        double[] v = Fields.sample(p, q -> Math.sin(3 * q[0]) * q[1], 0.02, 17);
        double[][][] expected = local.fit(p, v).hessians(p);
        FittedField f = local.fit(p, v);
        Fields.assertThreadsAgree(f, p, 4);
        double[][] g = f.gradients(p);
        assertEquals(expected[5][0][1], f.hessian(p[5].clone())[0][1]);
        assertEquals(g[7][1], local.fit(p, v).gradient(p[7])[1]);
    }
}
