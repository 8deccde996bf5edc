package jdelt.interpolation;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Explicit, reported data-preparation steps that turn raw samples into the finite, strictly
 * increasing samples every method requires ({@link Samples#validate}). Nothing is changed
 * silently: each step returns the new data together with the rows it touched and a one-line
 * summary a caller can show. Apply them in the order {@link #dropNonFinite},
 * {@link #sortByX}, {@link #mergeDuplicateX}.
 *
 * <p>Each step takes one x column and one or more y columns of equal length, and never modifies
 * its arguments.
 */
public final class DataPreparation {

    /** How many row numbers a summary lists before it abbreviates. */
    private static final int LISTED = 5;

    private DataPreparation() {
    }

    /**
     * The outcome of one preparation step.
     *
     * @param x the new abscissae
     * @param y the new ordinate columns, in the order given
     * @param source for each new row, the index (in the step's input) of the row it came from; for
     *     merged rows, the first of the merged rows
     * @param affected the input indices the step moved, merged into another row, or dropped, in
     *     ascending order; empty when the step changed nothing
     * @param summary a one-line account of what changed, naming the first few rows affected
     */
    public record Result(double[] x, double[][] y, int[] source, int[] affected, String summary) {

        /** @return whether the step changed anything */
        public boolean changed() {
            return affected.length > 0;
        }
    }

    /**
     * Drops every row whose x or any y is NaN or infinite.
     *
     * @param x the abscissae
     * @param y one or more ordinate columns
     * @return the remaining rows, with the dropped indices in {@link Result#affected()}
     */
    public static Result dropNonFinite(double[] x, double[]... y) {
        checkShape(x, y);
        int[] keep = IntStream.range(0, x.length).filter(i -> rowFinite(x, y, i)).toArray();
        int[] dropped = IntStream.range(0, x.length).filter(i -> !rowFinite(x, y, i)).toArray();
        return new Result(select(x, keep), selectAll(y, keep), keep, dropped,
                describe("dropped", dropped, "with a missing or non-finite value"));
    }

    /**
     * Sorts rows by increasing x; rows with equal x keep their order (the sort is stable).
     *
     * @param x the abscissae (no {@code NaN}: {@link #dropNonFinite} first)
     * @param y one or more ordinate columns
     * @return the sorted rows, with the indices of the rows that moved in {@link Result#affected()}
     * @throws IllegalArgumentException if an x is {@code NaN}, which has no place in an order
     */
    public static Result sortByX(double[] x, double[]... y) {
        checkShape(x, y);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] is NaN, which cannot be sorted; drop such rows first"
                        + " (DataPreparation.dropNonFinite)");
            }
        }
        int[] order = stableOrder(x);
        int[] moved = IntStream.range(0, x.length).filter(i -> order[i] != i)
                .map(i -> order[i]).sorted().toArray();
        return new Result(select(x, order), selectAll(y, order), order, moved,
                describe("moved", moved, "to put x in increasing order"));
    }

    /** The permutation that sorts x stably: a bottom-up merge sort of indices, without boxing. */
    private static int[] stableOrder(double[] x) {
        int n = x.length;
        int[] order = IntStream.range(0, n).toArray();
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    buffer[k] = i < mid && (j >= hi || x[order[i]] <= x[order[j]]) ? order[i++] : order[j++];
                }
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    /**
     * Merges rows with equal x into one row whose y is the mean of theirs. A {@code NaN} y (a
     * missing value of one column among several) is left out of its column's mean; a column with
     * no value in any of the merged rows stays {@code NaN}.
     *
     * @param x the abscissae, sorted in non-decreasing order
     * @param y one or more ordinate columns
     * @return the merged rows; {@link Result#affected()} lists every row merged into the row before it
     * @throws IllegalArgumentException if x is not sorted (apply {@link #sortByX} first)
     */
    public static Result mergeDuplicateX(double[] x, double[]... y) {
        checkShape(x, y);
        int n = x.length;
        int[] firsts = new int[n];
        int[] merged = new int[n];
        int m = 0;
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x[" + i + "] = " + x[i] + " is less than x["
                        + (i - 1) + "] = " + x[i - 1] + ": sort by x before merging duplicates");
            }
            if (i > 0 && x[i] == x[i - 1]) {
                merged[duplicates++] = i;
            } else {
                firsts[m++] = i;
            }
        }
        double[] nx = new double[m];
        double[][] ny = new double[y.length][m];
        for (int r = 0; r < m; r++) {
            int from = firsts[r];
            int to = r + 1 < m ? firsts[r + 1] : n;
            nx[r] = x[from];
            for (int c = 0; c < y.length; c++) {
                double sum = 0;
                int count = 0;
                for (int i = from; i < to; i++) {
                    if (!Double.isNaN(y[c][i])) {
                        sum += y[c][i];
                        count++;
                    }
                }
                ny[c][r] = count > 0 ? sum / count : Double.NaN;
            }
        }
        int[] affected = Arrays.copyOf(merged, duplicates);
        return new Result(nx, ny, Arrays.copyOf(firsts, m), affected,
                describe("merged", affected, "into the row before (equal x, y averaged)"));
    }

    private static void checkShape(double[] x, double[][] y) {
        if (y.length == 0) {
            throw new IllegalArgumentException("at least one y column is needed");
        }
        for (int c = 0; c < y.length; c++) {
            if (y[c].length != x.length) {
                throw new IllegalArgumentException("y column " + c + " has " + y[c].length
                        + " values but x has " + x.length);
            }
        }
    }

    private static boolean rowFinite(double[] x, double[][] y, int i) {
        if (!Double.isFinite(x[i])) {
            return false;
        }
        for (double[] col : y) {
            if (!Double.isFinite(col[i])) {
                return false;
            }
        }
        return true;
    }

    private static double[] select(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    private static double[][] selectAll(double[][] columns, int[] rows) {
        double[][] out = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            out[c] = select(columns[c], rows);
        }
        return out;
    }

    private static String describe(String verb, int[] rows, String why) {
        if (rows.length == 0) {
            return verb + " no rows";
        }
        int shown = Math.min(LISTED, rows.length);
        String list = Arrays.toString(Arrays.copyOf(rows, shown));
        list = list.substring(1, list.length() - 1) + (rows.length > shown ? ", ..." : "");
        return verb + " " + rows.length + (rows.length == 1 ? " row " : " rows ") + why
                + " (row index " + list + ")";
    }
}
