package jdelt.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The size-skipping rule: power-law extrapolation from the sizes already measured. */
class SpeedBenchmarksTest {

    @Test
    void extrapolatesWithTheObservedExponentClampedToOneAndThree() {
        assertEquals(0, SpeedBenchmarks.extrapolate(new int[0], new double[0], 1000));
        assertEquals(50, SpeedBenchmarks.extrapolate(new int[] {1000}, new double[] {5}, 10000), 1e-9);
        assertEquals(50, SpeedBenchmarks.extrapolate(new int[] {1000, 10000}, new double[] {1, 5}, 100000), 1e-9,
                "sub-linear growth is extrapolated linearly");
        assertEquals(10000, SpeedBenchmarks.extrapolate(new int[] {1000, 10000}, new double[] {1, 100}, 100000), 1e-6,
                "quadratic growth stays quadratic");
        assertEquals(1e8, SpeedBenchmarks.extrapolate(new int[] {10, 100}, new double[] {1, 1e5}, 1000), 1,
                "growth faster than cubic is taken as cubic");
    }
}
