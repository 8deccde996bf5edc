package jdelt.io;

import jdelt.interpolation.Samples;
import java.util.List;

/**
 * Samples read from a CSV file, ready for any method: x finite and strictly increasing, a single y
 * column finite; with several y columns, a column may hold {@code NaN} where its cell was missing
 * (the row is kept for the others; fit each column on its finite rows, {@link #rowsOf(int)}). Each
 * row keeps its input line number and, for date-time x, its original text. Date-times are
 * converted to seconds since the earliest sample.
 *
 * <p>The arrays are the table's own and are not copied (tables may hold 10^7 rows); treat them as
 * read-only, as every jdelt method does.
 *
 * @param source the file's name as the user gave it
 * @param xName the x column's header name ({@code "x"} without a header row)
 * @param yNames the y columns' header names ({@code "y"}, or {@code "y2"}, {@code "y3"}, ...
 *     by column index, without a header row)
 * @param x the abscissae, strictly increasing; seconds since {@link #xOrigin()} for date-times;
 *     for whole numbers beyond 2^53 (epoch nanoseconds), read exactly, the offset from the first
 *     sample in x's units
 * @param y one array per y column, as long as {@code x}; merged rows hold the mean
 * @param lines the input line of each row (the first of merged rows)
 * @param xText the original x text of each row for date-time x and for whole-number x beyond
 *     2^53, {@code null} for other numeric x
 * @param xOrigin the text of the earliest date-time (x = 0), {@code null} for numeric x
 * @param report what was skipped, sorted and merged
 * @param decimal the file's decimal separator, {@code '.'} or {@code ','} (given or detected), so
 *     that a file of evaluation points beside it is read alike
 */
public record SampleTable(String source, String xName, List<String> yNames, double[] x, double[][] y,
        int[] lines, String[] xText, String xOrigin, PreparationReport report, char decimal) {

    /** Copies the name list. */
    public SampleTable {
        yNames = List.copyOf(yNames);
    }

    /** @return whether x came from ISO-8601 date-times */
    public boolean dateTimeX() {
        return xOrigin != null;
    }

    /**
     * @param column a y column
     * @return the rows where that column has a value (all rows when it has no missing value)
     */
    public int[] rowsOf(int column) {
        double[] v = y[column];
        return java.util.stream.IntStream.range(0, v.length).filter(i -> !Double.isNaN(v[i])).toArray();
    }

    /** @return the number of rows */
    public int size() {
        return x.length;
    }
}
