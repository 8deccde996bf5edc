package jdelt.interpolation.multivariate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merges samples taken at the same point into one sample holding the mean of their values, and
 * says which rows it merged: the multivariate counterpart of
 * {@link jdelt.interpolation.DataPreparation#mergeDuplicateX}. Never modifies its arguments.
 */
public final class PointPreparation {

    /** How many row numbers a summary lists before it abbreviates. */
    private static final int LISTED = 5;

    private PointPreparation() {
    }

    /**
     * The merged samples.
     *
     * @param points the distinct points, in their first occurrence's order
     * @param values one array per output, the mean over the merged rows
     * @param merged the input rows folded into an earlier row, ascending; empty if none
     * @param summary a one-line account naming the first few merged rows, empty if none
     */
    public record Result(double[][] points, double[][] values, int[] merged, String summary) {

        /** @return whether any rows were merged */
        public boolean changed() {
            return merged.length > 0;
        }
    }

    /**
     * @param points n points of equal dimension
     * @param values one or more arrays of n values
     * @return the samples with equal points merged
     */
    public static Result mergeDuplicates(double[][] points, double[]... values) {
        for (double[] v : values) {
            MultivariateSamples.checkShape(points, v);
        }
        int n = points.length;
        int[] target = PointIndex.firstOccurrences(points);
        int[] count = new int[n];
        int[] newIndex = new int[n];
        List<double[]> kept = new ArrayList<>();
        List<Integer> merged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (target[i] == i) {
                newIndex[i] = kept.size();
                kept.add(points[i].clone());
            } else {
                merged.add(i);
            }
            count[target[i]]++;
        }
        double[][] out = new double[values.length][kept.size()];
        for (int c = 0; c < values.length; c++) {
            for (int i = 0; i < n; i++) {
                out[c][newIndex[target[i]]] += values[c][i] / count[target[i]];
            }
        }
        int[] m = merged.stream().mapToInt(Integer::intValue).toArray();
        return new Result(kept.toArray(new double[0][]), out, m, summary(m, points, target));
    }

    private static String summary(int[] merged, double[][] points, int[] target) {
        if (merged.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("merged ").append(merged.length)
                .append(merged.length == 1 ? " row" : " rows").append(" at an already sampled point into it (values averaged): ");
        for (int k = 0; k < Math.min(LISTED, merged.length); k++) {
            sb.append(k == 0 ? "" : ", ").append("row ").append(merged[k]).append(" into row ").append(target[merged[k]])
                    .append(' ').append(Arrays.toString(points[merged[k]]));
        }
        return sb.append(merged.length > LISTED ? ", ..." : "").toString();
    }
}
