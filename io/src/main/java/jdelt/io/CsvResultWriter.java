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
 * column first (its original text for date-times) and every number as the shortest decimal that
 * reads back to the same double ({@link DoubleFormat}, in {@link Double#toString(double)}'s
 * notation). Formatting numbers is most of the cost, so blocks of rows are formatted in parallel
 * and written in order.
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
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        int batch = BLOCK * workers;
        // one text buffer per block of a batch, reused for every batch: 10^7 rows leave no garbage behind
        StringBuilder[] text = new StringBuilder[workers];
        for (int b = 0; b < workers; b++) {
            text[b] = new StringBuilder(BLOCK * 24 * (columns.size() + 1));
        }
        char[] chunk = new char[1 << 16];
        for (int from = 0; from < x.length; from += batch) {
            int first = from;
            int blocks = (Math.min(x.length, from + batch) - from + BLOCK - 1) / BLOCK;
            IntStream.range(0, blocks).parallel().forEach(b -> rows(format, x, xText, columns, first + b * BLOCK,
                    Math.min(x.length, first + (b + 1) * BLOCK), text[b]));
            for (int b = 0; b < blocks; b++) {
                for (int at = 0; at < text[b].length(); at += chunk.length) {
                    int end = Math.min(text[b].length(), at + chunk.length);
                    text[b].getChars(at, end, chunk, 0);
                    out.write(chunk, 0, end - at);
                }
            }
            rowsWritten.accept(Math.min(x.length, from + batch));
        }
        out.flush();
    }

    /** Formats rows {@code from} (inclusive) to {@code to} (exclusive) into {@code s}, replacing its text, each ending in a line feed. */
    private static void rows(CSVFormat format, double[] x, String[] xText, List<double[]> columns, int from, int to,
            StringBuilder s) {
        s.setLength(0);
        char[] number = new char[DoubleFormat.MAX_LENGTH];
        try {
            for (int i = from; i < to; i++) {
                if (xText != null) {
                    format.print(xText[i], s, true);
                } else {
                    s.append(number, 0, DoubleFormat.format(x[i], number, 0));
                }
                for (double[] column : columns) {
                    s.append(',');
                    if (!Double.isNaN(column[i])) {
                        s.append(number, 0, DoubleFormat.format(column[i], number, 0));
                    }
                }
                s.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
