package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 11, item 17: NaN has no place in an order; sorting rejects it instead of returning [1, NaN, 2]. */
class SortNanTest {

    @Test
    void sortingRejectsNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPreparation.sortByX(new double[] {2, Double.NaN, 1}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().startsWith("x[1] is NaN") && e.getMessage().contains("dropNonFinite"), e.getMessage());
    }
}
