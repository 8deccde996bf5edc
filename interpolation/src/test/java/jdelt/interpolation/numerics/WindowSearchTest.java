package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class WindowSearchTest {

    @Test
    void findsTheMinimumOfAUnimodalScoreAndStopsSoonAfter() {
        double[] grid = WindowSearch.geometric(1, 1e6, 1.2);
        for (WindowSearch.Rule rule : new WindowSearch.Rule[] {WindowSearch.Rule.PATIENT, WindowSearch.Rule.RISE}) {
            for (double optimum : new double[] {1, 3.7, 50, 1234, 9e5}) {
                List<Double> tried = new ArrayList<>();
                double chosen = WindowSearch.minimise(grid, rule, h -> {
                    tried.add(h);
                    double r = Math.log(h / optimum);
                    return 1 + r * r * r * r;
                });
                int best = 0;
                for (int g = 1; g < grid.length; g++) {
                    best = Math.abs(Math.log(grid[g] / optimum)) < Math.abs(Math.log(grid[best] / optimum)) ? g : best;
                }
                assertEquals(grid[best], chosen, 0, rule + ", optimum " + optimum);
                assertTrue(tried.size() <= best + 1 + 12, rule + ": " + tried.size() + " tried for the minimum at " + best);
            }
        }
    }

    @Test
    void keepsTheFirstClearMinimumNotALaterSpuriousOne() {
        double[] grid = WindowSearch.integers(1, 1000, 1.15);
        // a minimum at 10, a rise to 100 times it, then a lower spurious minimum at the largest windows
        DoubleUnaryOperator score = k -> k < 200 ? 1 + Math.pow(Math.log(k / 10), 2) * 100 : 0.1;
        assertEquals(10, WindowSearch.minimise(grid, WindowSearch.Rule.RISE, score), 0);
        assertEquals(10, WindowSearch.minimise(grid, WindowSearch.Rule.PATIENT, score), 0);
    }

    @Test
    void eachCriterionGetsItsOwnMinimum() {
        double[] grid = WindowSearch.oddIntegers(3, 401, 1.2);
        int[] best = WindowSearch.minimise(grid, WindowSearch.Rule.PATIENT, 2,
                k -> new double[] {Math.abs(k - 9) + 1, Math.abs(k - 97) + 1});
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
