package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void acceptsGoodSamples() {
        assertDoesNotThrow(() -> Samples.validate(new double[] {0, 1, 2.5}, new double[] {1, 2, 3}, 3, "m"));
    }

    @Test
    void namesNullArray() {
        assertEquals("x is null", message(() -> Samples.validate(null, new double[1], 1, "m")));
        assertEquals("y is null", message(() -> Samples.validate(new double[1], null, 1, "m")));
    }

    @Test
    void namesLengthMismatch() {
        assertEquals("x and y differ in length: x has 3 values, y has 2",
                message(() -> Samples.validate(new double[3], new double[2], 1, "m")));
    }

    @Test
    void namesTooFewPoints() {
        assertEquals("spline of degree 5 needs at least 6 points, got 3",
                message(() -> Samples.validate(new double[] {0, 1, 2}, new double[3], 6, "spline of degree 5")));
    }

    @Test
    void namesFirstNonIncreasingX() {
        double[] x = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i / 5.0;
        }
        x[17] = x[16];
        String m = message(() -> Samples.validate(x, new double[20], 2, "m"));
        assertEquals("x[17] = 3.2 is not greater than x[16] = 3.2 (x must be strictly increasing;"
                + " DataPreparation sorts and merges duplicates)", m);
    }

    @Test
    void namesDecreasingX() {
        String m = message(() -> Samples.validate(new double[] {0, 2, 1}, new double[3], 2, "m"));
        assertEquals("x[2] = 1.0 is not greater than x[1] = 2.0 (x must be strictly increasing;"
                + " DataPreparation sorts and merges duplicates)", m);
    }

    @Test
    void namesNonFiniteValue() {
        assertEquals("y[1] = NaN is not finite (DataPreparation.dropNonFinite removes such rows)",
                message(() -> Samples.validate(new double[] {0, 1, 2}, new double[] {0, Double.NaN, 1}, 2, "m")));
        assertEquals("x[2] = Infinity is not finite (DataPreparation.dropNonFinite removes such rows)",
                message(() -> Samples.validate(new double[] {0, 1, Double.POSITIVE_INFINITY}, new double[3], 2, "m")));
    }

    @Test
    void namesValuesTooLargeToSquare() {
        assertEquals("y[1] = 1.0E160 is too large: magnitudes above 1.0E150 overflow double precision when squared;"
                + " rescale the data",
                message(() -> Samples.validate(new double[] {0, 1, 2}, new double[] {0, 1e160, 1}, 2, "m")));
    }

    @Test
    void namesBadWeight() {
        assertEquals("weights[1] = 0.0 is not a finite positive number",
                message(() -> Samples.validateWeights(new double[] {1, 0, 1}, 3)));
        assertEquals("weights[2] = NaN is not a finite positive number",
                message(() -> Samples.validateWeights(new double[] {1, 1, Double.NaN}, 3)));
        assertEquals("weights has 2 values but there are 3 samples",
                message(() -> Samples.validateWeights(new double[] {1, 1}, 3)));
    }

    @Test
    void namesUnsupportedOrder() {
        assertEquals("derivative order 3 is not supported by fd: it supports orders 0 to 2 (0 is the fit itself)",
                message(() -> Samples.validateOrder(3, 2, "fd")));
        assertEquals("derivative order -1 is not supported by fd: it supports orders 0 to 2 (0 is the fit itself)",
                message(() -> Samples.validateOrder(-1, 2, "fd")));
    }
}
