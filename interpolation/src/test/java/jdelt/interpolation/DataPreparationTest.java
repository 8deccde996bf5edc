package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataPreparationTest {

    @Test
    void dropsNonFiniteRowsAndReportsThem() {
        double[] x = {0, 1, Double.NaN, 3, 4};
        double[] y = {0, Double.POSITIVE_INFINITY, 2, 3, 4};
        double[] z = {0, 1, 2, 3, Double.NaN};
        DataPreparation.Result r = DataPreparation.dropNonFinite(x, y, z);
        assertArrayEquals(new double[] {0, 3}, r.x());
        assertArrayEquals(new double[] {0, 3}, r.y()[0]);
        assertArrayEquals(new double[] {0, 3}, r.y()[1]);
        assertArrayEquals(new int[] {0, 3}, r.source());
        assertArrayEquals(new int[] {1, 2, 4}, r.affected());
        assertEquals("dropped 3 rows with a missing or non-finite value (row index 1, 2, 4)", r.summary());
        assertTrue(Double.isNaN(x[2]), "input untouched");
    }

    @Test
    void sortsStablyAndReportsMovedRows() {
        double[] x = {0, 2, 1, 3, 1};
        double[] y = {10, 12, 11, 13, 14};
        DataPreparation.Result r = DataPreparation.sortByX(x, y);
        assertArrayEquals(new double[] {0, 1, 1, 2, 3}, r.x());
        assertArrayEquals(new double[] {10, 11, 14, 12, 13}, r.y()[0]);
        assertArrayEquals(new int[] {0, 2, 4, 1, 3}, r.source());
        assertArrayEquals(new int[] {1, 2, 3, 4}, r.affected());
        assertTrue(r.changed());
    }

    @Test
    void sortMatchesAStableReferenceSortOnLargeData() {
        java.util.Random random = new java.util.Random(3);
        int n = 10_007;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(500);
            y[i] = i;
        }
        DataPreparation.Result r = DataPreparation.sortByX(x, y);
        Integer[] reference = new Integer[n];
        for (int i = 0; i < n; i++) {
            reference[i] = i;
        }
        java.util.Arrays.sort(reference, java.util.Comparator.comparingDouble(i -> x[i]));
        for (int i = 0; i < n; i++) {
            assertEquals(reference[i].intValue(), r.source()[i]);
            assertEquals(reference[i].doubleValue(), r.y()[0][i]);
        }
    }

    @Test
    void sortedInputIsUnchanged() {
        DataPreparation.Result r = DataPreparation.sortByX(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertFalse(r.changed());
        assertEquals("moved no rows", r.summary());
    }

    @Test
    void mergesDuplicatesByMean() {
        double[] x = {0, 1, 1, 1, 2, 3, 3};
        double[] y = {0, 1, 2, 6, 4, 5, 7};
        DataPreparation.Result r = DataPreparation.mergeDuplicateX(x, y);
        assertArrayEquals(new double[] {0, 1, 2, 3}, r.x());
        assertArrayEquals(new double[] {0, 3, 4, 6}, r.y()[0]);
        assertArrayEquals(new int[] {0, 1, 4, 5}, r.source());
        assertArrayEquals(new int[] {2, 3, 6}, r.affected());
        assertEquals("merged 3 rows into the row before (equal x, y averaged) (row index 2, 3, 6)", r.summary());
    }

    @Test
    void summaryAbbreviatesLongLists() {
        double[] x = new double[10];
        double[] y = new double[10];
        java.util.Arrays.fill(y, Double.NaN);
        assertEquals("dropped 10 rows with a missing or non-finite value (row index 0, 1, 2, 3, 4, ...)",
                DataPreparation.dropNonFinite(x, y).summary());
    }

    @Test
    void mergeRequiresSortedInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPreparation.mergeDuplicateX(new double[] {0, 2, 1}, new double[3]));
        assertEquals("x[2] = 1.0 is less than x[1] = 2.0: sort by x before merging duplicates", e.getMessage());
    }

    @Test
    void rejectsColumnsOfDifferentLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPreparation.sortByX(new double[3], new double[3], new double[2]));
        assertEquals("y column 1 has 2 values but x has 3", e.getMessage());
    }

    @Test
    void preparedDataPassesValidation() {
        double[] x = {3, 1, Double.NaN, 1, 2};
        double[] y = {3, 1, 5, 2, 2};
        DataPreparation.Result a = DataPreparation.dropNonFinite(x, y);
        DataPreparation.Result b = DataPreparation.sortByX(a.x(), a.y());
        DataPreparation.Result c = DataPreparation.mergeDuplicateX(b.x(), b.y());
        Samples.validate(c.x(), c.y()[0], 3, "m");
        assertArrayEquals(new double[] {1.5, 2, 3}, c.y()[0]);
    }
}
