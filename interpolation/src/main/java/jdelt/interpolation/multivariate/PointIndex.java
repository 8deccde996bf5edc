package jdelt.interpolation.multivariate;

/**
 * Finds equal points in O(n) expected time with an open-addressing hash table of point indices
 * (linear probing; Knuth, TAOCP vol. 3, 6.4): for every point, the first point equal to it.
 * Coordinates compare with {@code ==}, so {@code -0.0} equals {@code 0.0}.
 */
final class PointIndex {

    private PointIndex() {
    }

    /**
     * @param points finite points of equal dimension
     * @return for each point i, the smallest index j with {@code points[j]} equal to {@code points[i]}
     *     ({@code i} itself for a first occurrence)
     */
    static int[] firstOccurrences(double[][] points) {
        int n = points.length;
        int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        int mask = capacity - 1;
        int[] table = new int[capacity];
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            int slot = hash(points[i]) & mask;
            while (true) {
                int held = table[slot] - 1;
                if (held < 0) {
                    table[slot] = i + 1;
                    first[i] = i;
                    break;
                }
                if (equal(points[held], points[i])) {
                    first[i] = held;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return first;
    }

    private static int hash(double[] p) {
        long h = 1125899906842597L;
        for (double v : p) {
            h = 31 * h + Double.doubleToLongBits(v + 0.0);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    private static boolean equal(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] != b[j]) {
                return false;
            }
        }
        return true;
    }
}
