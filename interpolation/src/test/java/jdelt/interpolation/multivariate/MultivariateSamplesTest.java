package jdelt.interpolation.multivariate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultivariateSamplesTest {

    private static String message(double[][] p, double[] v, int min) {
        return assertThrows(IllegalArgumentException.class, () -> MultivariateSamples.validate(p, v, min, "m")).getMessage();
    }

    @Test
    void raggedPointsAreNamed() {
        assertEquals("ragged points: point 2 has 1 coordinates but point 0 has 2",
                message(new double[][] {{0, 0}, {1, 0}, {1}}, new double[3], 1));
    }

    @Test
    void nonFiniteCoordinatesAndValuesAreNamed() {
        assertEquals("point 1, coordinate 2 is NaN", message(new double[][] {{0, 0}, {1, Double.NaN}}, new double[2], 1));
        assertEquals("the value at point 0 is Infinity",
                message(new double[][] {{0, 0}, {1, 1}}, new double[] {Double.POSITIVE_INFINITY, 0}, 1));
        assertEquals("there are 2 points but 3 values", message(new double[][] {{0, 0}, {1, 1}}, new double[3], 1));
    }

    @Test
    void tooFewPointsAreRefused() {
        assertEquals("m needs at least 13 points in 2 dimensions, got 3",
                message(new double[][] {{0, 0}, {1, 0}, {0, 1}}, new double[3], 13));
    }

    @Test
    void pointsOnALineOrAPlaneAreRefusedSayingSo() {
        double[][] line = new double[20][];
        for (int i = 0; i < line.length; i++) {
            line[i] = new double[] {i, 2 * i + 1};
        }
        assertTrue(message(line, new double[20], 1).startsWith("the points do not span 2 dimensions: they all lie on a line"));
        double[][] plane = Fields.scattered(30, 3, 0, 1, 1);
        for (double[] p : plane) {
            p[2] = p[0] - p[1];
        }
        assertTrue(message(plane, new double[30], 1).startsWith("the points do not span 3 dimensions: they all lie on a plane"));
    }

    @Test
    void duplicatePointsAreRefusedAndMergedOnRequest() {
        double[][] p = {{0, 0}, {1, 0}, {0, 1}, {1, 0}, {1, 1}, {0, 0}};
        double[] v = {1, 2, 3, 4, 5, 6};
        assertTrue(message(p, v, 1).startsWith("points 1 and 3 are equal, [1.0, 0.0]; merge duplicate points first"));
        PointPreparation.Result r = PointPreparation.mergeDuplicates(p, v);
        assertEquals(4, r.points().length);
        assertArrayEquals(new double[] {3.5, 3, 3, 5}, r.values()[0], 1e-15);
        assertArrayEquals(new int[] {3, 5}, r.merged());
        assertTrue(r.summary().startsWith("merged 2 rows at an already sampled point into it (values averaged): "
                + "row 3 into row 1 [1.0, 0.0], row 5 into row 0"), r.summary());
    }

    @Test
    void gridsAreRecognisedInAnyOrderAndHolesReported() {
        double[][] p = {{1, 10}, {0, 20}, {0, 10}, {1, 20}, {0, 30}, {1, 30}};
        double[] v = {3, 2, 1, 4, 5, 6};
        RectilinearGrid.Detection d = RectilinearGrid.detect(p, v);
        assertEquals("a 2 × 3 grid", d.description());
        RectilinearGrid g = d.grid().orElseThrow();
        assertArrayEquals(new double[] {1, 2, 5, 3, 4, 6}, g.values());
        assertArrayEquals(new double[] {0, 30}, g.points()[2]);
        RectilinearGrid.Detection holed = RectilinearGrid.detect(java.util.Arrays.copyOf(p, 5), new double[5]);
        assertTrue(holed.holes());
        assertEquals("a 2 × 3 grid with 1 of its 6 nodes missing", holed.description());
    }
}
