package jdelt.interpolation.numerics;

/**
 * Selection of the k-th smallest key in expected linear time, by Hoare's partition-and-recurse
 * ("Algorithm 65: Find", Communications of the ACM 4, 1961, 321–322) with the middle key of the
 * range as the pivot: the kernel behind {@link Median}, the k-d tree's median splits and its
 * k-nearest selection. An optional index array is permuted along with the keys, so a caller can
 * select the positions (points, neighbours) the keys belong to.
 */
public final class Selection {

    private Selection() {
    }

    /**
     * Rearranges {@code keys[from..to−1]} (and {@code index} alike) so that {@code keys[k]} is the
     * key of rank {@code k − from} in that range, with keys at most it before and keys at least it
     * after; positions outside the range are not touched.
     *
     * @param keys the keys, not NaN
     * @param index permuted with the keys, or null
     * @param from the first position of the range
     * @param to one past the last position of the range
     * @param k the position to fill, {@code from <= k < to}
     */
    public static void select(double[] keys, int[] index, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            double pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, index, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] keys, int[] index, int a, int b) {
        double t = keys[a];
        keys[a] = keys[b];
        keys[b] = t;
        if (index != null) {
            int s = index[a];
            index[a] = index[b];
            index[b] = s;
        }
    }
}
