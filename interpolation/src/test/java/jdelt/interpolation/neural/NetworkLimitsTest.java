package jdelt.interpolation.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, item 6: network sizes are bounded up front with a clear message; the limits of y it fits. */
class NetworkLimitsTest {

    private final NeuralNetworkMethod neural = new NeuralNetworkMethod();

    @Test
    void hugeNetworksAreRejectedBeforeTraining() {
        for (String hidden : new String[] {"50000,50000", "3000,3000", "100,100"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> neural.create(Map.of("hidden", hidden)));
            assertTrue(e.getMessage().contains("at most " + NetworkSettings.MAX_WEIGHTS) && e.getMessage().contains("weights"),
                    e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> neural.create(Map.of("ensemble", "1000000")))
                .getMessage().contains("ensemble size must be 1 to 100"));
    }

    @Test
    void theDefaultAndModerateNetworksAreAccepted() {
        assertEquals(321, NetworkSettings.weights(new int[] {16, 16}));
        neural.create(Map.of("hidden", "64,64"));
        neural.create(Map.of("hidden", "8,8,8,8"));
    }

    /**
     * y in units of 1e-200: the variance of y underflowed to 0, so the network took y for a
     * constant and returned d1 = 0 for a line of slope 1e-200.
     */
    @Test
    void tinyUnitsOfYAreNotTakenForAConstant() {
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 * i;
            y[i] = 1e-200 * Math.sin(x[i]);
        }
        var fit = neural.create(Map.of()).fit(x, y);
        double d1 = fit.differentiate(1).value(2.0) * 1e200;
        assertEquals(Math.cos(2.0), d1, 0.05, "d1 in units of 1e-200");
    }
}
