package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jdelt.interpolation.segment.GapRule;

import org.junit.jupiter.api.Test;

class GapShadingTest {

    @Test
    void aSpacingOverTenTimesTheMedianIsAGap() {
        double[] x = {0, 1, 2, 3, 14, 15, 16, 17.5, 18.5};
        List<double[]> gaps = GapShading.gaps(x);
        assertEquals(1, gaps.size());
        assertArrayEquals(new double[] {3, 14}, gaps.get(0));
        assertEquals(List.of(), GapShading.gaps(new double[] {0, 1, 2, 3, 12.9}), "exactly not over ten times");
    }

    @Test
    void theShadingFollowsTheGapRuleTheSegmentsUse() {
        double[] x = {0, 1, 2, 3, 9, 10, 11};
        assertEquals(List.of(), GapShading.gaps(x), "6 is not over ten times the spacing");
        List<double[]> fixed = GapShading.gaps(x, GapRule.longerThan(5));
        assertEquals(1, fixed.size());
        assertArrayEquals(new double[] {3, 9}, fixed.get(0));
    }

    @Test
    void veryIrregularDataAreNotShadedAtAll() {
        double[] x = new double[300];
        for (int i = 1; i < x.length; i++) {
            x[i] = x[i - 1] + (i % 5 == 0 ? 100 : 1);
        }
        assertEquals(List.of(), GapShading.gaps(x), "59 gaps is more than " + GapShading.MAX_GAPS);
    }
}
