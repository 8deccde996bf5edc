package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void equalsTheMiddleOfTheSortedValuesAndLeavesTheInputAlone() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 1; n <= 60; n++) {
            for (int rep = 0; rep < 20; rep++) {
                // few distinct values too, so that ties are exercised
                int distinct = rep % 2 == 0 ? 3 : 1000;
                double[] v = random.ints(n, 0, distinct).asDoubleStream().map(d -> d * 0.5 - 7).toArray();
                double[] copy = v.clone();
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                double want = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
                assertEquals(want, Median.of(v), 0, "n = " + n);
                assertArrayEquals(copy, v);
            }
        }
    }
}
