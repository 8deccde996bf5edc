package jdelt.io;

/**
 * The rows of a file as parsed, before preparation: x and y may hold {@code NaN} for missing
 * values and x may be unsorted or repeated.
 *
 * @param file the file's name
 * @param options the reading options (for the policies)
 * @param layout the column layout
 * @param rows the number of data rows
 * @param x the abscissae (seconds since the first parsed date-time, for date-times)
 * @param y the ordinate columns
 * @param lines each row's input line
 * @param xText each row's x text for date-time x, else {@code null}
 * @param notes what the report should add (see {@link PreparationReport#notes()})
 * @param dateTimes whether x came from date-times (else, with {@code xText}, from whole numbers
 *     read exactly as offsets from the first, {@link ExactIntegers})
 */
record RawSamples(String file, ReadOptions options, ColumnLayout layout, long rows, double[] x, double[][] y,
        int[] lines, String[] xText, java.util.List<String> notes, boolean dateTimes) {
}
