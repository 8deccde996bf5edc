package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowSearchTest {

    @Test
    void findsTheFineGridMinimumOfAUnimodalScoreAndStopsSoonAfter() {
        double[] grid = WindowSearch.geometric(1, 1e6, 1.2);
        for (double optimum : new double[] {1, 3.7, 50, 1234, 9e5}) {
            List<Double> tried = new ArrayList<>();
            double chosen = WindowSearch.minimise(grid, h -> {
                tried.add(h);
                double r = Math.log(h / optimum);
                return 1 + r * r * r * r;
            });
            int best = 0;
            for (int g = 1; g < grid.length; g++) {
                double r = Math.log(grid[g] / optimum);
                double r0 = Math.log(grid[best] / optimum);
                best = r * r < r0 * r0 ? g : best;
            }
            assertEquals(grid[best], chosen, 0, "optimum " + optimum);
            assertTrue(tried.size() < 0.6 * grid.length + 4 || optimum > 1e5, tried.size() + " of " + grid.length);
        }
    }

    @Test
    void keepsTheFirstClearMinimumNotALaterSpuriousOne() {
        double[] grid = WindowSearch.integers(1, 1000, 1.15);
        // a minimum at 10, a rise to 100 times it, then a lower spurious minimum at the largest windows
        double chosen = WindowSearch.minimise(grid, k -> k < 200 ? 1 + Math.pow(Math.log(k / 10), 2) * 100 : 0.1);
        assertEquals(10, chosen, 0);
    }

    @Test
    void eachCriterionGetsItsOwnMinimum() {
        double[] grid = WindowSearch.oddIntegers(3, 401, 1.2);
        int[] best = WindowSearch.minimise(grid, 2, k -> new double[] {Math.abs(k - 9) + 1, Math.abs(k - 97) + 1});
        assertEquals(9, grid[best[0]], 0);
        assertEquals(97, grid[best[1]], 0);
    }

    @Test
    void aroundFollowsTheGridToTheMinimumFromAFarGuess() {
        double[] grid = WindowSearch.oddIntegers(3, 100_001, 1.2);
        for (double guess : new double[] {3, 40, 2000, 100_001}) {
            double chosen = WindowSearch.around(grid, guess, k -> Math.pow(Math.log(k / 295), 2));
            assertEquals(295, chosen, 0, "from " + guess);
        }
    }

    @Test
    void gridsAreIncreasingAndEndAtTheirLimit() {
        assertArrayEquals(new double[] {7, 9, 11, 13, 17, 21, 25, 30}, WindowSearch.oddIntegers(7, 30, 1.2));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, WindowSearch.integers(1, 6, 1.15));
        double[] g = WindowSearch.geometric(0.5, 10, 1.3);
        assertEquals(0.5, g[0], 0);
        assertEquals(10, g[g.length - 1], 0);
        for (int i = 1; i < g.length; i++) {
            assertTrue(g[i] > g[i - 1]);
        }
    }
}
