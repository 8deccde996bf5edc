package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HankelCholeskyTest {

    private static double[] powerSums(double[] u, int m) {
        double[] s = new double[2 * m - 1];
        for (double v : u) {
            double p = 1;
            for (int q = 0; q < s.length; q++) {
                s[q] += p;
                p *= v;
            }
        }
        return s;
    }

    @Test
    void solvesTheNormalEquationsOfAPolynomialFitExactly() {
        double[] u = {-1, -0.6, -0.1, 0.3, 0.35, 0.8, 1};
        int m = 3;
        double[] s = powerSums(u, m);
        double[] rhs = new double[m];
        for (double v : u) {
            double y = 2 - 3 * v + 0.5 * v * v;
            double p = 1;
            for (int q = 0; q < m; q++) {
                rhs[q] += p * y;
                p *= v;
            }
        }
        double[] l = new double[m * m];
        assertTrue(HankelCholesky.factor(s, m, l));
        HankelCholesky.solve(l, m, rhs);
        assertEquals(2, rhs[0], 1e-12);
        assertEquals(-3, rhs[1], 1e-12);
        assertEquals(0.5, rhs[2], 1e-12);
    }

    @Test
    void refusesAWindowThatCannotDetermineTheDegree() {
        // two distinct abscissae cannot determine a parabola
        double[] s = powerSums(new double[] {-1, -1, 1, 1, 1}, 3);
        assertFalse(HankelCholesky.factor(s, 3, new double[9]));
        // a cluster 1e-6 wide around 0.5 plus one far point: the pivot keeps about 1e-12 of its diagonal
        assertFalse(HankelCholesky.factor(powerSums(new double[] {0.5, 0.5 + 1e-6, 0.5 + 2e-6, -1}, 3), 3, new double[9]));
    }
}
