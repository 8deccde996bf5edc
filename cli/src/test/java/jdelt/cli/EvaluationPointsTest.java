package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** --at START:STEP:END: the grid, and a too-long grid named with its true length. */
class EvaluationPointsTest {

    @Test
    void aGridHoldsItsEnd() throws Exception {
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5}, EvaluationPoints.parse("0:0.5:1.5", null, '.'));
    }

    /** The count was cast to long: 0:1e-300:3 said 9223372036854775807 points. */
    @Test
    void aTooLongGridSaysHowLong() {
        assertEquals("--at 0:1e-300:3: 3.00e+300 points, more than " + EvaluationPoints.MAX_POINTS,
                assertThrows(IllegalArgumentException.class,
                        () -> EvaluationPoints.parse("0:1e-300:3", null, '.')).getMessage());
        assertEquals("--at 0:1e-7:100: 1000000001 points, more than " + EvaluationPoints.MAX_POINTS,
                assertThrows(IllegalArgumentException.class,
                        () -> EvaluationPoints.parse("0:1e-7:100", null, '.')).getMessage());
    }
}
