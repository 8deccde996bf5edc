package jdelt.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import jdelt.io.SampleTable;

/**
 * The rows one y column is fitted on, when several are read and some of their cells are missing:
 * each column uses every row where it has a value, not only the rows where all columns do, and
 * the tool says how many rows each column lacks.
 */
final class ColumnRows {

    /** How many line numbers a note lists before it abbreviates. */
    private static final int LISTED = 5;

    private ColumnRows() {
    }

    /**
     * @param v the values of every row
     * @param rows the rows to keep
     * @return the values of those rows
     */
    static double[] pick(double[] v, int[] rows) {
        if (rows.length == v.length) {
            return v;
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    /**
     * @param table the samples
     * @param c the y column
     * @param rows the rows where it has a value
     * @return a note saying which rows the column lacks, or {@code null} if it lacks none
     */
    static String note(SampleTable table, int c, int[] rows) {
        int missing = table.size() - rows.length;
        if (missing == 0) {
            return null;
        }
        int[] lacking = new int[missing];
        for (int i = 0, k = 0, r = 0; i < table.size(); i++) {
            if (r < rows.length && rows[r] == i) {
                r++;
            } else {
                lacking[k++] = table.lines()[i];
            }
        }
        String list = Arrays.stream(lacking).limit(LISTED).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                + (missing > LISTED ? ", ..." : "");
        return "fitted on its " + rows.length + " rows with a value; " + missing + (missing == 1 ? " row has" : " rows have")
                + " none in this column (line" + (missing == 1 ? " " : "s ") + list + "), left empty in the output";
    }
}
