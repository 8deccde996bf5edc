package jdelt.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes result columns as CSV (RFC 4180 quoting, LF line ends): a header row, then one row per sample with the x
 * column first (its original text for date-times) and every number in full double precision
 * ({@link Double#toString(double)}, which reads back to the same double). Formatting numbers is
 * most of the cost, so blocks of rows are formatted in parallel and written in order.
 */
public final class CsvResultWriter {

    /** Rows are formatted in blocks of this many, several blocks at a time in parallel. */
    private static final int BLOCK = 1 << 14;

    private CsvResultWriter() {
    }

    /**
     * Writes a table.
     *
     * @param out where to write; flushed, not closed
     * @param header the column names, x first
     * @param x the x values
     * @param xText the original x text of each row, or {@code null} to print the x values
     * @param columns the other columns, each as long as {@code x}, in header order
     * @param rowsWritten told the number of rows written so far, after each batch of blocks (for a progress bar)
     * @throws IOException if writing fails
     */
    public static void write(Writer out, List<String> header, double[] x, String[] xText, List<double[]> columns,
            IntConsumer rowsWritten) throws IOException {
        if (header.size() != columns.size() + 1) {
            throw new IllegalArgumentException("the header names " + header.size() + " columns but there are "
                    + (columns.size() + 1));
        }
        CSVFormat format = CSVFormat.RFC4180;
        for (int c = 0; c < header.size(); c++) {
            format.print(header.get(c), out, c == 0);
        }
        out.write("\n");
        int batch = BLOCK * Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int from = 0; from < x.length; from += batch) {
            int first = from;
            int blocks = (Math.min(x.length, from + batch) - from + BLOCK - 1) / BLOCK;
            String[] text = IntStream.range(0, blocks).parallel()
                    .mapToObj(b -> rows(format, x, xText, columns, first + b * BLOCK,
                            Math.min(x.length, first + (b + 1) * BLOCK)))
                    .toArray(String[]::new);
            for (String t : text) {
                out.write(t);
            }
            rowsWritten.accept(Math.min(x.length, from + batch));
        }
        out.flush();
    }

    /** Formats rows {@code from} (inclusive) to {@code to} (exclusive), each ending in a line feed. */
    private static String rows(CSVFormat format, double[] x, String[] xText, List<double[]> columns, int from, int to) {
        StringBuilder s = new StringBuilder((to - from) * 24 * (columns.size() + 1));
        try {
            for (int i = from; i < to; i++) {
                if (xText != null) {
                    format.print(xText[i], s, true);
                } else {
                    s.append(x[i]);
                }
                for (double[] column : columns) {
                    s.append(',');
                    if (!Double.isNaN(column[i])) {
                        s.append(column[i]);
                    }
                }
                s.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }
}
