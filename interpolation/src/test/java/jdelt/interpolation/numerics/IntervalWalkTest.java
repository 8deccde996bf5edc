package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalWalkTest {

    /** The largest i in [0, n-2] with b[i] <= z (0 before the first), by brute force. */
    private static int expected(double[] b, double z) {
        int i = 0;
        for (int k = 0; k <= b.length - 2; k++) {
            if (b[k] <= z) {
                i = k;
            }
        }
        return i;
    }

    @Test
    void agreesWithBruteForceInAnyOrderOfPoints() {
        Random random = new Random(5);
        double[] b = new double[200];
        for (int i = 1; i < b.length; i++) {
            b[i] = b[i - 1] + (random.nextInt(10) == 0 ? 0 : random.nextDouble());
        }
        IntervalWalk walk = new IntervalWalk(b);
        for (int k = 0; k < 5000; k++) {
            double z = k < 2000 ? -1 + k * (b[b.length - 1] + 2) / 2000
                    : k < 3000 ? b[random.nextInt(b.length)] : -2 + random.nextDouble() * (b[b.length - 1] + 4);
            assertEquals(expected(b, z), walk.locate(z), "z = " + z);
        }
        assertEquals(b.length - 2, walk.locate(Double.POSITIVE_INFINITY));
        assertEquals(0, walk.locate(Double.NEGATIVE_INFINITY));
    }
}
