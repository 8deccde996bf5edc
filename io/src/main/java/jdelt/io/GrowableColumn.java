package jdelt.io;

import java.util.Arrays;

/** A growable array of primitive doubles, so that loading 10^7 values boxes none of them. */
final class GrowableColumn {

    private double[] values = new double[1024];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1));
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    /** @return the values, trimmed to size */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
