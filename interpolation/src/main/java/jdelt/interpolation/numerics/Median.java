package jdelt.interpolation.numerics;

/**
 * The median of a sample in expected linear time, by Hoare's selection ("Algorithm 65: Find",
 * Communications of the ACM 4, 1961, 321–322) with a median-of-three pivot, instead of a sort:
 * for an even count, the mean of the two middle values.
 */
public final class Median {

    private Median() {
    }

    /**
     * @param values the values, at least one, not NaN; not changed
     * @return their median
     */
    public static double of(double[] values) {
        double[] v = values.clone();
        int n = v.length;
        double upper = select(v, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        // after the selection every value left of n / 2 is at most v[n / 2]: the lower middle is their largest
        double lower = v[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, v[i]);
        }
        return 0.5 * (lower + upper);
    }

    /** Rearranges v so that v[k] is its k-th smallest value, smaller ones before it, larger after. */
    private static double select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < v[lo]) {
                swap(v, mid, lo);
            }
            if (v[hi] < v[lo]) {
                swap(v, hi, lo);
            }
            if (v[hi] < v[mid]) {
                swap(v, hi, mid);
            }
            double pivot = v[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(v, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return v[k];
            }
        }
        return v[k];
    }

    private static void swap(double[] v, int a, int b) {
        double t = v[a];
        v[a] = v[b];
        v[b] = t;
    }
}
