package jdelt.interpolation.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    @Test
    void minimisesTheRosenbrockFunction() {
        Lbfgs.Objective rosenbrock = (v, g) -> {
            double a = 1 - v[0];
            double b = v[1] - v[0] * v[0];
            g[0] = -2 * a - 400 * v[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        double[] theta = {-1.2, 1.0};
        int[] iterations = {0};
        new Lbfgs(5).minimise(rosenbrock, theta, 500, (v, f) -> ++iterations[0] < 500 && f > 1e-20);
        assertEquals(1.0, theta[0], 1e-6);
        assertEquals(1.0, theta[1], 1e-6);
    }
}
