package jdelt.interpolation.multivariate;

import java.util.Arrays;

/**
 * A growable list of (point index, squared distance) pairs, the result of a neighbour search
 * ({@link KdTree}), with selection of the k-th smallest distance in expected linear time
 * (Hoare's FIND, CACM 4, 1961). Scratch space for one thread: reused from query to query.
 */
final class Neighbours {

    int[] index = new int[64];
    double[] distance = new double[64];
    int size;

    /** Empties the list and makes room for at least {@code capacity} pairs. */
    void reset(int capacity) {
        if (index.length < capacity) {
            index = new int[capacity];
            distance = new double[capacity];
        }
        size = 0;
    }

    void add(int i, double squaredDistance) {
        if (size == index.length) {
            index = Arrays.copyOf(index, 2 * size);
            distance = Arrays.copyOf(distance, 2 * size);
        }
        index[size] = i;
        distance[size] = squaredDistance;
        size++;
    }

    /** Rearranges the pairs so that position m holds the (m+1)-th smallest distance, smaller or equal ones before it. */
    void select(int m) {
        int lo = 0;
        int hi = size - 1;
        while (hi > lo) {
            double pivot = distance[(lo + hi) >>> 1];
            int i = lo;
            int k = hi;
            while (i <= k) {
                while (distance[i] < pivot) {
                    i++;
                }
                while (distance[k] > pivot) {
                    k--;
                }
                if (i <= k) {
                    swap(i, k);
                    i++;
                    k--;
                }
            }
            if (m <= k) {
                hi = k;
            } else if (m >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private void swap(int a, int b) {
        int t = index[a];
        index[a] = index[b];
        index[b] = t;
        double s = distance[a];
        distance[a] = distance[b];
        distance[b] = s;
    }
}
