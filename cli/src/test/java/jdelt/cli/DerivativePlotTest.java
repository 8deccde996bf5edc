package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.Styler;

class DerivativePlotTest {

    @Test
    void legendGoesWhereTheDataAreNot() {
        double[] x = new double[100];
        double[] rising = new double[100];
        double[] falling = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i;
            rising[i] = i * i;
            falling[i] = -i;
        }
        // a rising curve fills the lower left and upper right corners
        assertEquals(Styler.LegendPosition.InsideNW, DerivativePlot.emptiestCorner(x, rising));
        // a falling line fills the upper left and lower right corners
        assertEquals(Styler.LegendPosition.InsideNE, DerivativePlot.emptiestCorner(x, falling));
    }
}
