package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisLabelsTest {

    @Test
    void unitsInParenthesesOrBracketsGiveDerivativeUnits() {
        AxisLabels position = AxisLabels.of("position (m)");
        AxisLabels time = AxisLabels.of("time [s]");
        assertEquals("position (m)", position.title());
        assertEquals("dposition/d(time) (m/s)", position.derivativeTitle(time, 1));
        assertEquals("d²position/d(time)² (m/s²)", position.derivativeTitle(time, 2));
        assertEquals("d¹²position/d(time)¹² (m/s¹²)", position.derivativeTitle(time, 12));
    }

    @Test
    void dateTimeAxisIsSecondsWrittenT() {
        AxisLabels t = AxisLabels.time("2026-03-14T08:15:00Z");
        assertEquals("time since 2026-03-14T08:15:00Z (s)", t.title());
        assertEquals("d²y/dt² (mV/s²)", AxisLabels.of("y (mV)").derivativeTitle(t, 2));
    }

    @Test
    void withoutBothUnitsNoUnitIsInvented() {
        AxisLabels x = AxisLabels.of("x");
        assertEquals("dpos/dx", AxisLabels.of("pos (m)").derivativeTitle(x, 1));
        assertEquals("dy/dt", AxisLabels.of("y").derivativeTitle(AxisLabels.of("t (s)"), 1));
        assertEquals("(m)", AxisLabels.of("(m)").title());
    }
}
