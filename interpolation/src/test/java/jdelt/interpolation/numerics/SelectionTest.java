package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void placesTheKeyOfRankKWithSmallerBeforeLargerAfterAndCarriesTheIndex() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 1; n <= 50; n++) {
            for (int rep = 0; rep < 10; rep++) {
                // few distinct keys on even repetitions, so that ties are exercised; a sorted run on every third
                int distinct = rep % 2 == 0 ? 4 : 1000;
                double[] keys = random.ints(n + 6, 0, distinct).asDoubleStream().map(d -> d * 0.25 - 3).toArray();
                if (rep % 3 == 0) {
                    Arrays.sort(keys);
                }
                int from = random.nextInt(4);
                int to = n + 6 - random.nextInt(3);
                int k = from + random.nextInt(to - from);
                double[] original = keys.clone();
                int[] index = new int[keys.length];
                Arrays.setAll(index, i -> i);
                double[] range = Arrays.copyOfRange(keys, from, to);
                Arrays.sort(range);

                Selection.select(keys, index, from, to, k);

                String where = "n = " + n + ", rep = " + rep;
                assertEquals(range[k - from], keys[k], 0, where);
                for (int i = from; i < to; i++) {
                    assertTrue(i < k ? keys[i] <= keys[k] : keys[i] >= keys[k], where + ", i = " + i);
                    assertEquals(original[index[i]], keys[i], 0, where + ", index at " + i);
                }
                for (int i = 0; i < keys.length; i++) {
                    if (i < from || i >= to) {
                        assertEquals(original[i], keys[i], 0, where + ", outside at " + i);
                        assertEquals(i, index[i], where + ", index outside at " + i);
                    }
                }
                double[] permuted = Arrays.copyOfRange(keys, from, to);
                Arrays.sort(permuted);
                assertArrayEquals(range, permuted, 0, where);
            }
        }
    }

    @Test
    void withoutAnIndexSelectsTheSameKey() {
        double[] keys = {5, -1, 3, 3, 9, 0, 2};
        Selection.select(keys, null, 0, keys.length, 3);
        assertEquals(3, keys[3], 0);
    }
}
