package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeuralFieldInterpolatorTest {

    private final NeuralFieldInterpolator neural = new NeuralFieldInterpolator();

    @Test
    void quadraticHessianIsReproducedApproximately() {
        // a network is not exact on polynomials: on a noise-free 21 × 21 grid over [-1, 1]² the
        // constant Hessian comes out within 0.1 (of entries 1, 3, -2) and the gradient within 0.03
        // on the inner half of the domain; measured worst errors there 0.053 and 0.013
        double[][] grid = Fields.grid(21, -1, 1);
        double[] v = Fields.sample(grid, q -> 1 - q[0] + 2 * q[1] + 0.5 * q[0] * q[0] + 3 * q[0] * q[1] - q[1] * q[1], 0, 1);
        FittedField f = neural.fit(grid, v);
        for (double x = -0.5; x <= 0.5 + 1e-9; x += 0.25) {
            for (double y = -0.5; y <= 0.5 + 1e-9; y += 0.25) {
                double[] at = {x, y};
                double[][] h = f.hessian(at);
                assertEquals(1, h[0][0], 0.1, Arrays.toString(at));
                assertEquals(3, h[0][1], 0.1, Arrays.toString(at));
                assertEquals(-2, h[1][1], 0.1, Arrays.toString(at));
                assertEquals(h[0][1], h[1][0], 0, "symmetric");
                assertEquals(-1 + x + 3 * y, f.gradient(at)[0], 0.03, Arrays.toString(at));
                assertEquals(2 + 3 * x - 2 * y, f.gradient(at)[1], 0.03, Arrays.toString(at));
                assertEquals(h[0][0] + h[1][1], f.laplacian(at), 1e-12);
            }
        }
    }

    @Test
    void forwardModeEqualsCentralDifferencesOfTheFittedNetwork() {
        double[][] p = Fields.scattered(120, 3, 0, 2, 11);
        FittedField f = neural.withHidden(8, 6).withIterations(60)
                .fit(p, Fields.sample(p, q -> Math.exp(0.5 * q[0]) * Math.sin(q[1] - q[2]), 0.01, 12));
        double h = 1e-4;
        for (double[] at : new double[][] {{0.3, 1.1, 0.7}, {1.6, 0.2, 1.9}, {1, 1, 1}}) {
            double[] g = f.gradient(at);
            double[][] hess = f.hessian(at);
            for (int j = 0; j < 3; j++) {
                double[] up = at.clone();
                double[] down = at.clone();
                up[j] += h;
                down[j] -= h;
                assertEquals((f.value(up) - f.value(down)) / (2 * h), g[j], 1e-6, "gradient " + j);
                double[] gu = f.gradient(up);
                double[] gd = f.gradient(down);
                for (int k = 0; k < 3; k++) {
                    assertEquals((gu[k] - gd[k]) / (2 * h), hess[k][j], 1e-6, "hessian " + k + "," + j);
                    assertEquals(hess[j][k], hess[k][j], 0, "symmetric");
                }
                int[] orders = new int[3];
                orders[j] = 1;
                assertEquals(g[j], f.derivative(at, orders), 0);
                orders[(j + 1) % 3]++;
                assertEquals(hess[j][(j + 1) % 3], f.derivative(at, orders), 0);
            }
        }
    }

    @Test
    void partialsFollowTheChainRuleUnderShiftingAndScalingEachAxis() {
        // 16 × 16 = 256 dyadic points, shifts by integers and scales by powers of two: the mean,
        // covariance and whitened inputs are then computed without rounding, so both fits see the
        // same numbers (training a network amplifies rounding differences in its inputs)
        double[][] p = new double[256][];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                p[16 * i + j] = new double[] {i / 8.0, j / 8.0};
            }
        }
        double[] v = Fields.sample(p, Fields::surface, 0.02, 13);
        double[][] mapped = Arrays.stream(p).map(q -> new double[] {4 * q[0] - 3, 0.25 * q[1] + 5}).toArray(double[][]::new);
        FittedField f = neural.fit(p, v);
        FittedField g = neural.fit(mapped, v);
        for (double[] at : new double[][] {{0.4, 1.3}, {1.7, 0.2}}) {
            double[] atMapped = {4 * at[0] - 3, 0.25 * at[1] + 5};
            // f(x) = g(S x + t): ∂f/∂x_i = s_i ∂g/∂x'_i, ∂²f/∂x_i∂x_j = s_i s_j ∂²g/∂x'_i∂x'_j
            double[] s = {4, 0.25};
            double[] gf = f.gradient(at);
            double[] gg = g.gradient(atMapped);
            double[][] hf = f.hessian(at);
            double[][] hg = g.hessian(atMapped);
            assertEquals(f.value(at), g.value(atMapped), 1e-12);
            for (int i = 0; i < 2; i++) {
                assertEquals(gf[i], s[i] * gg[i], 1e-10 * (1 + Math.abs(gf[i])));
                for (int j = 0; j < 2; j++) {
                    assertEquals(hf[i][j], s[i] * s[j] * hg[i][j], 1e-10 * (1 + Math.abs(hf[i][j])));
                }
            }
        }
    }

    @Test
    void noisyGradientWithinBoundWithAFixedSeed() {
        // 400 uniform points, noise 0.025 (5 % of the surface's range): gradient RMSE over the
        // interior measured 0.055 (seed 1), bound 0.1; mixed partial measured 0.28, bound 0.5
        double[][] p = Fields.scattered(400, 2, 0, 1, 5);
        FittedField f = neural.fit(p, Fields.sample(p, Fields::surface, 0.025, 6));
        double[] errors = Fields.surfaceErrors(f, 0.1, 0.9 + 1e-9, 0.1);
        assertTrue(errors[0] < 0.1, "gradient RMSE " + errors[0]);
        assertTrue(errors[1] < 0.5, "mixed RMSE " + errors[1]);
    }

    @Test
    void reportsWhatItChoseAndIsDeterministicForAFixedSeed() {
        double[][] p = Fields.scattered(150, 2, 0, 1, 21);
        double[] v = Fields.sample(p, Fields::surface, 0.05, 22);
        NeuralFieldInterpolator quick = neural.withIterations(80);
        FittedField a = quick.fit(p, v);
        FittedField b = quick.fit(p, v);
        FittedField other = quick.withSeed(2).fit(p, v);
        double[] at = {0.5, 0.5};
        assertArrayEquals(a.gradient(at), b.gradient(at), 0);
        assertNotEquals(a.gradient(at)[0], other.gradient(at)[0]);
        Map<String, String> chosen = a.summary().parameters();
        assertEquals("32", chosen.get("hidden"));
        assertEquals("held-out path", chosen.get("decayBy"));
        assertEquals("30", chosen.get("heldOut"));
        double decay = Double.parseDouble(chosen.get("weightDecay"));
        assertTrue(Arrays.stream(NeuralFieldInterpolator.DECAY_PATH).anyMatch(x -> x == decay), chosen.toString());
        assertTrue(Integer.parseInt(chosen.get("iterations")) > 0, chosen.toString());
        assertTrue(a.summary().residualStandardDeviation() > 0.02 && a.summary().residualStandardDeviation() < 0.2,
                a.summary().toString());
        FittedField fixed = quick.withDecay(0.5).fit(p, v);
        assertEquals("fixed", fixed.summary().parameters().get("decayBy"));
        assertEquals(0.5, fixed.summary().number(0, "weightDecay"));
    }

    @Test
    void constantValuesGiveTheConstantWithZeroPartials() {
        double[][] p = Fields.scattered(40, 2, -1, 1, 23);
        double[] v = new double[40];
        Arrays.fill(v, 2.5);
        FittedField f = neural.withIterations(5).fit(p, v);
        assertEquals(2.5, f.value(new double[] {0.2, 0.3}), 0);
        assertArrayEquals(new double[] {0, 0}, f.gradient(new double[] {0.2, 0.3}), 0);
    }

    @Test
    void oneFitServesManyThreads() throws Exception {
        double[][] p = Fields.scattered(200, 2, 0, 1, 31);
        FittedField f = neural.withIterations(80).fit(p, Fields.sample(p, Fields::surface, 0.02, 32));
        double[][] at = Fields.scattered(500, 2, 0, 1, 33);
        Fields.assertThreadsAgree(f, at, 8);
    }

    @Test
    void vectorDataGiveTheJacobianThroughTheSharedPath() {
        double[][] p = Fields.grid(15, -1, 1);
        double[] u = Fields.sample(p, q -> q[0] * q[0] + q[1] * q[1], 0, 1);
        double[] w = Fields.sample(p, q -> q[0] * q[1], 0, 1);
        FittedVectorField field = FittedVectorField.fit(neural.withIterations(150), p, u, w);
        double[][] j = field.jacobian(new double[] {0.3, -0.2});
        assertEquals(0.6, j[0][0], 0.1);
        assertEquals(-0.4, j[0][1], 0.1);
        assertEquals(-0.2, j[1][0], 0.1);
        assertEquals(0.3, j[1][1], 0.1);
    }

    @Test
    void badInputGetsTheSharedMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> neural.fit(Fields.scattered(20, 2, 0, 1, 1), new double[20]));
        assertEquals("neural needs at least 30 points in 2 dimensions, got 20", e.getMessage());
        double[][] line = new double[40][];
        for (int i = 0; i < 40; i++) {
            line[i] = new double[] {i, 2 * i + 1};
        }
        e = assertThrows(IllegalArgumentException.class, () -> neural.fit(line, new double[40]));
        assertTrue(e.getMessage().contains("they all lie on a line"), e.getMessage());
        double[][] p = Fields.scattered(40, 2, 0, 1, 2);
        double[] v = new double[40];
        v[7] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> neural.fit(p, v));
        assertEquals("the value at point 7 is NaN", e.getMessage());
        double[][] ragged = Fields.scattered(40, 2, 0, 1, 3);
        ragged[5] = new double[] {0.5};
        e = assertThrows(IllegalArgumentException.class, () -> neural.fit(ragged, new double[40]));
        assertEquals("ragged points: point 5 has 1 coordinates but point 0 has 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> neural.withHidden(8, 0));
        assertEquals("method 'neural': hidden layer 2 has width 0; widths must be at least 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> neural.withHidden(200, 200).fit(p, new double[40]));
        assertTrue(e.getMessage().contains("at most 5000 are supported"), e.getMessage());
        MultivariateMethodDescriptor method = MultivariateMethodRegistry.byName("neural");
        e = assertThrows(IllegalArgumentException.class, () -> method.create(Map.of("hidden", "8;8")));
        assertEquals("method 'neural': parameter 'hidden' must be widths separated by ',', e.g. 16,16, got '8;8'",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> method.create(Map.of("decay", "-1")));
        assertEquals("method 'neural': weight decay must be finite and >= 0, got -1.0", e.getMessage());
        FittedField f = neural.withIterations(5).fit(p, Fields.sample(p, Fields::surface, 0, 4));
        e = assertThrows(IllegalArgumentException.class, () -> f.derivative(new double[] {0.5, 0.5}, 2, 1));
        assertEquals("total order 3 is above 2, the highest this fit supports", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.gradient(new double[] {0.5}));
        assertEquals("the point needs 2 coordinates, got 1", e.getMessage());
    }
}
