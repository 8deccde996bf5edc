package jdelt.interpolation.multivariate;

/**
 * Finds equal points in O(1) expected time per point with an open-addressing hash table of point
 * indices (linear probing; Knuth, TAOCP vol. 3, 6.4): for every point, the first point equal to
 * it, and for a query, the index of a point equal to it. Coordinates compare with {@code ==}, so
 * {@code -0.0} equals {@code 0.0}. Immutable once built.
 */
final class PointIndex {

    private final double[][] points;
    private final int[] table;
    private final int mask;
    /** For each point, the smallest index of a point equal to it. */
    private final int[] first;

    /** @param points finite points of equal dimension, not copied: the caller must not change them */
    PointIndex(double[][] points) {
        this.points = points;
        int n = points.length;
        int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        mask = capacity - 1;
        table = new int[capacity];
        first = new int[n];
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
    }

    /**
     * @param points finite points of equal dimension
     * @return for each point i, the smallest index j with {@code points[j]} equal to {@code points[i]}
     *     ({@code i} itself for a first occurrence)
     */
    static int[] firstOccurrences(double[][] points) {
        return new PointIndex(points).first;
    }

    /**
     * @param q a point of the same dimension
     * @return the smallest index of a point equal to q, or −1 if there is none
     */
    int indexOf(double[] q) {
        if (q == null || q.length != points[0].length) {
            return -1;
        }
        for (int slot = hash(q) & mask; ; slot = (slot + 1) & mask) {
            int held = table[slot] - 1;
            if (held < 0) {
                return -1;
            }
            if (equal(points[held], q)) {
                return held;
            }
        }
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
