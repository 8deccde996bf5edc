package jdelt.interpolation;

import jdelt.interpolation.spline.SplineInterpolator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MethodRegistryTest {

    @Test
    void findsTheSplineWithItsDefaults() {
        MethodDescriptor spline = MethodRegistry.byName("spline");
        SplineInterpolator made = assertInstanceOf(SplineInterpolator.class, spline.create(Map.of()));
        assertEquals(5, made.degree());
        assertTrue(Double.isNaN(made.lambda()));
        assertEquals(SplineInterpolator.DEFAULT_FACTOR, made.factor());
        assertTrue(MethodRegistry.all().stream().anyMatch(m -> m.name().equals("spline")));
    }

    @Test
    void passesSettings() {
        SplineInterpolator made = (SplineInterpolator) MethodRegistry.byName("spline")
                .create(Map.of("degree", "3", "criterion", "reml", "factor", "1"));
        assertEquals(3, made.degree());
        assertEquals(SplineInterpolator.Criterion.REML, made.criterion());
        assertEquals(1, made.factor());
        assertEquals(0.5, ((SplineInterpolator) MethodRegistry.byName("spline")
                .create(Map.of("lambda", "0.5"))).lambda());
    }

    @Test
    void rejectsUnknownNamesAndBadValues() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MethodRegistry.byName("nope"))
                .getMessage().startsWith("unknown method 'nope'; known methods: "));
        assertEquals("method 'spline' has no parameter 'smooth'; its parameters are: criterion, degree, factor, lambda",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("spline").create(Map.of("smooth", "1"))).getMessage());
        assertEquals("method 'spline': parameter 'degree' must be a whole number, got 'five'",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("spline").create(Map.of("degree", "five"))).getMessage());
        assertEquals("method 'spline': a fixed 'lambda' cannot be combined with 'factor', which applies only when lambda is auto",
                assertThrows(IllegalArgumentException.class, () -> MethodRegistry.byName("spline")
                        .create(Map.of("lambda", "100", "factor", "2"))).getMessage());
        assertEquals("method 'spline': parameter 'criterion' must be gcv or reml, got 'aic'",
                assertThrows(IllegalArgumentException.class,
                        () -> MethodRegistry.byName("spline").create(Map.of("criterion", "aic"))).getMessage());
    }
}
