package jdelt.interpolation.multivariate;

import jdelt.interpolation.numerics.Selection;

/**
 * A k-d tree over points in d dimensions for k-nearest-neighbour queries (Friedman, Bentley &amp;
 * Finkel, "An algorithm for finding best matches in logarithmic expected time", ACM TOMS 3, 1977):
 * built by median splits along the axis of widest spread, queried by descending to the query's
 * cell and visiting a sibling only when the splitting plane is nearer than the current k-th
 * neighbour. Building costs O(n log n), a query about O(k log n). For many neighbours
 * {@link #nearestUnordered} avoids the heap: it collects the points within a radius guessed from
 * the local density ({@link #within}, a range search over the same tree) and selects the k-th
 * nearest in expected linear time (Hoare's selection). Queries answer with positions in the
 * tree's order ({@link #order}), in which the points of a leaf, and so most neighbours, lie
 * together: a caller that keeps its per-point data in that order reads it from few cache lines.
 * Immutable after construction and safe for concurrent queries.
 */
final class KdTree {

    /** Ranges of at most this many points are scanned rather than split. */
    private static final int LEAF = 8;

    /** Below this many neighbours the heap search is used; above, a radius search and selection. */
    private static final int HEAP_LIMIT = 32;

    private final double[][] points;
    private final int[] order;
    private final byte[] axis;
    private final int d;
    /** The coordinates of {@code points[order[i]]} at {@code i * d ..}. */
    private final double[] flat;

    /** @param points the points, not copied: the caller must not change them */
    KdTree(double[][] points) {
        this.points = points;
        int n = points.length;
        d = points[0].length;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        axis = new byte[n];
        build(0, n, new double[n]);
        flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(points[order[i]], 0, flat, i * d, d);
        }
    }

    /**
     * The k nearest points to {@code q} in no particular order except that the k-th nearest is
     * last, at {@code k − 1}.
     *
     * @param q the query
     * @param k how many, at most the number of points
     * @param out receives the k tree positions and squared distances (its previous content is discarded)
     */
    void nearestUnordered(double[] q, int k, Neighbours out) {
        if (k <= HEAP_LIMIT) {
            out.reset(k);
            nearest(q, k, out.index, out.distance);
            out.size = k;
            return;
        }
        out.reset(HEAP_LIMIT);
        nearest(q, HEAP_LIMIT, out.index, out.distance);
        // the radius holding k points if the density within the HEAP_LIMIT nearest held on, with a margin
        double radius2 = out.distance[HEAP_LIMIT - 1] * Math.pow(1.2 * k / HEAP_LIMIT, 2.0 / d);
        while (true) {
            out.size = 0;
            within(0, points.length, q, radius2, out);
            if (out.size >= k) {
                break;
            }
            radius2 *= Math.pow(1.5 * k / Math.max(1, out.size), 2.0 / d);
        }
        out.select(k - 1);
        out.size = k;
    }

    /** Appends every point of positions lo..hi−1 within squared distance radius2 of q. */
    private void within(int lo, int hi, double[] q, double radius2, Neighbours out) {
        if (hi - lo <= LEAF) {
            for (int i = lo; i < hi; i++) {
                double s = squaredDistance(i, q);
                if (s <= radius2) {
                    out.add(i, s);
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        double diff = q[axis[mid]] - flat[mid * d + axis[mid]];
        double s = squaredDistance(mid, q);
        if (s <= radius2) {
            out.add(mid, s);
        }
        if (diff < 0 || diff * diff <= radius2) {
            within(lo, mid, q, radius2, out);
        }
        if (diff >= 0 || diff * diff <= radius2) {
            within(mid + 1, hi, q, radius2, out);
        }
    }

    /** @return the index of the point at each tree position (the caller must not change it) */
    int[] order() {
        return order;
    }

    /**
     * The k nearest points to {@code q}, nearest first (ties in any order).
     *
     * @param q the query
     * @param k how many, at most the number of points
     * @param indices receives the k tree positions
     * @param squaredDistances receives their squared distances
     */
    void nearest(double[] q, int k, int[] indices, double[] squaredDistances) {
        Heap heap = new Heap(k, indices, squaredDistances);
        search(0, points.length, q, heap);
        heap.sortAscending();
    }

    /** Splits positions lo..hi−1 at their median along the axis of widest spread, keys being scratch space. */
    private void build(int lo, int hi, double[] keys) {
        if (hi - lo <= LEAF) {
            return;
        }
        int best = 0;
        double spread = -1;
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                double v = points[order[i]][j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > spread) {
                spread = max - min;
                best = j;
            }
        }
        for (int i = lo; i < hi; i++) {
            keys[i] = points[order[i]][best];
        }
        int mid = (lo + hi) >>> 1;
        Selection.select(keys, order, lo, hi, mid);
        axis[mid] = (byte) best;
        build(lo, mid, keys);
        build(mid + 1, hi, keys);
    }

    private void search(int lo, int hi, double[] q, Heap heap) {
        if (hi - lo <= LEAF) {
            for (int i = lo; i < hi; i++) {
                heap.offer(i, squaredDistance(i, q));
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        int j = axis[mid];
        double diff = q[j] - flat[mid * d + j];
        if (diff < 0) {
            search(lo, mid, q, heap);
        } else {
            search(mid + 1, hi, q, heap);
        }
        heap.offer(mid, squaredDistance(mid, q));
        if (!heap.full() || diff * diff < heap.worst()) {
            if (diff < 0) {
                search(mid + 1, hi, q, heap);
            } else {
                search(lo, mid, q, heap);
            }
        }
    }

    /** @return the squared distance from the point at tree position i to q */
    private double squaredDistance(int i, double[] q) {
        double s = 0;
        int base = i * d;
        for (int j = 0; j < d; j++) {
            double t = flat[base + j] - q[j];
            s += t * t;
        }
        return s;
    }

    /** A bounded max-heap of (squared distance, index), keeping the k smallest distances. */
    private static final class Heap {
        private final int capacity;
        private final int[] index;
        private final double[] key;
        private int size;

        Heap(int capacity, int[] index, double[] key) {
            this.capacity = capacity;
            this.index = index;
            this.key = key;
        }

        boolean full() {
            return size == capacity;
        }

        double worst() {
            return key[0];
        }

        void offer(int i, double distance) {
            if (size < capacity) {
                int c = size++;
                while (c > 0 && key[(c - 1) / 2] < distance) {
                    key[c] = key[(c - 1) / 2];
                    index[c] = index[(c - 1) / 2];
                    c = (c - 1) / 2;
                }
                key[c] = distance;
                index[c] = i;
            } else if (distance < key[0]) {
                siftDown(0, size, i, distance);
            }
        }

        /** Places (i, distance) at position c of the first {@code n} entries and sifts it down. */
        private void siftDown(int c, int n, int i, double distance) {
            while (true) {
                int child = 2 * c + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && key[child + 1] > key[child]) {
                    child++;
                }
                if (key[child] <= distance) {
                    break;
                }
                key[c] = key[child];
                index[c] = index[child];
                c = child;
            }
            key[c] = distance;
            index[c] = i;
        }

        /** Heap sort in place: afterwards the entries are in ascending distance. */
        void sortAscending() {
            for (int n = size - 1; n > 0; n--) {
                int topIndex = index[0];
                double topKey = key[0];
                siftDown(0, n, index[n], key[n]);
                index[n] = topIndex;
                key[n] = topKey;
            }
        }
    }
}
