package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract checks over every registered multivariate method, found through the registry only. */
class MultivariateMethodRegistryTest {

    @Test
    void registersTheGridAndScatteredMethods() {
        List<String> names = MultivariateMethodRegistry.all().stream().map(MultivariateMethodDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("local-quadratic", "neural", "tensor-spline", "thin-plate")), names.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultivariateMethodRegistry.byName("kriging"));
        assertTrue(e.getMessage().contains("known methods: local-quadratic, neural, tensor-spline, thin-plate"), e.getMessage());
    }

    @Test
    void theDefaultIsTheTensorSplineOnGridsAndPicksByNOffThem() {
        int most = MultivariateMethodRegistry.THIN_PLATE_MAX_POINTS;
        assertEquals("tensor-spline", MultivariateMethodRegistry.defaultFor(true, 10_000, 2).method().name());
        assertEquals("tensor-spline", MultivariateMethodRegistry.defaultFor(true, 100, 3).method().name());
        MultivariateMethodRegistry.Choice small = MultivariateMethodRegistry.defaultFor(false, most, 2);
        assertEquals("thin-plate", small.method().name());
        assertEquals("the default for scattered points up to " + most + " in 2 or 3 dimensions; n = " + most, small.reason());
        assertEquals("thin-plate", MultivariateMethodRegistry.defaultFor(false, 50, 3).method().name());
        MultivariateMethodRegistry.Choice large = MultivariateMethodRegistry.defaultFor(false, most + 1, 2);
        assertEquals("local-quadratic", large.method().name());
        assertTrue(large.reason().contains("beyond " + most), large.reason());
        assertEquals("local-quadratic", MultivariateMethodRegistry.defaultFor(false, 100, 4).method().name());
        assertTrue(most <= ThinPlateSplineInterpolator.MAX_POINTS);
    }

    @Test
    void everyMethodOfDegreeTwoReproducesQuadraticsAndTheUnitMixedPartialOfXy() {
        double[][] grid = Fields.grid(15, -1, 1);
        for (MultivariateMethodDescriptor m : MultivariateMethodRegistry.all()) {
            if (m.polynomialDegree() < 2) {
                continue;
            }
            for (String f : List.of("xy", "quadratic")) {
                double[] v = Fields.sample(grid, q -> f.equals("xy") ? q[0] * q[1]
                        : 1 - q[0] + 2 * q[1] + 0.5 * q[0] * q[0] + 3 * q[0] * q[1] - q[1] * q[1], 0, 1);
                FittedField fit = m.create(Map.of()).fit(grid, v);
                assertTrue(fit.maxOrder() >= 2, m.name());
                for (double[] at : new double[][] {{0.13, -0.41}, {0.77, 0.52}, {-0.9, 0.95}}) {
                    double[][] h = fit.hessian(at);
                    assertEquals(h[0][1], h[1][0], 0, m.name());
                    double[] g = fit.gradient(at);
                    if (f.equals("xy")) {
                        assertEquals(1, h[0][1], 1e-7, m.name());
                        assertEquals(0, h[0][0], 1e-7, m.name());
                        assertEquals(at[1], g[0], 1e-8, m.name());
                        assertEquals(at[0], g[1], 1e-8, m.name());
                    } else {
                        assertEquals(1, h[0][0], 1e-7, m.name());
                        assertEquals(3, h[0][1], 1e-7, m.name());
                        assertEquals(-2, h[1][1], 1e-7, m.name());
                        assertEquals(-1 + at[0] + 3 * at[1], g[0], 1e-8, m.name());
                    }
                }
            }
        }
    }

    @Test
    void settingsAreChecked() {
        MultivariateMethodDescriptor spline = MultivariateMethodRegistry.byName("tensor-spline");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spline.create(Map.of("span", "0.1")));
        assertTrue(e.getMessage().contains("has no parameter 'span'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> spline.create(Map.of("lambda", "1;x")));
        assertTrue(e.getMessage().contains("'lambda' must be auto"), e.getMessage());
        MultivariateMethodDescriptor local = MultivariateMethodRegistry.byName("local-quadratic");
        e = assertThrows(IllegalArgumentException.class, () -> local.create(Map.of("metric", "manhattan")));
        assertTrue(e.getMessage().contains("mahalanobis or euclidean"), e.getMessage());
        assertTrue(spline.requiresGrid());
        assertFalse(local.requiresGrid());
        FittedField fixed = spline.create(Map.of("lambda", "0.5;2")).fit(Fields.grid(10, 0, 1), new double[100]);
        assertEquals(0.5, fixed.summary().number(0, "lambda1"));
        assertEquals(2, fixed.summary().number(0, "lambda2"));
    }
}
