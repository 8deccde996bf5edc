package jdelt.interpolation.multivariate;

import java.util.Arrays;
import jdelt.interpolation.numerics.Selection;

/**
 * A growable list of (point index, squared distance) pairs, the result of a neighbour search
 * ({@link KdTree}), with selection of the k-th smallest distance in expected linear time
 * ({@link Selection}). Scratch space for one thread: reused from query to query.
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
        Selection.select(distance, index, 0, size, m);
    }
}
