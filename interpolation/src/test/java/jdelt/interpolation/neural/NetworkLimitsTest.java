package jdelt.interpolation.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, item 6: network sizes are bounded up front with a clear message. */
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
}
