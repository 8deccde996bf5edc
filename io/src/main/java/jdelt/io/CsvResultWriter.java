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
        // one character block per block of a batch, reused for every batch: 10^7 rows leave no garbage behind, and
        // each number is formatted straight into it and written from it, with no string or builder in between
        Block[] text = new Block[workers];
        for (int b = 0; b < workers; b++) {
            text[b] = new Block(BLOCK * (DoubleFormat.MAX_LENGTH + 1) * (columns.size() + 1));
        }
        for (int from = 0; from < x.length; from += batch) {
            int first = from;
            int blocks = (Math.min(x.length, from + batch) - from + BLOCK - 1) / BLOCK;
            IntStream.range(0, blocks).parallel().forEach(b -> text[b].rows(format, x, xText, columns, first + b * BLOCK,
                    Math.min(x.length, first + (b + 1) * BLOCK)));
            for (int b = 0; b < blocks; b++) {
                out.write(text[b].chars, 0, text[b].length);
            }
            rowsWritten.accept(Math.min(x.length, from + batch));
        }
        out.flush();
    }

    /** The text of one block of rows. */
    private static final class Block {
        private char[] chars;
        private int length;
        private final StringBuilder cell = new StringBuilder();

        Block(int capacity) {
            chars = new char[capacity];
        }

        /** Formats rows {@code from} (inclusive) to {@code to} (exclusive), replacing the text, each ending in a line feed. */
        void rows(CSVFormat format, double[] x, String[] xText, List<double[]> columns, int from, int to) {
            length = 0;
            int perRow = (DoubleFormat.MAX_LENGTH + 1) * (columns.size() + 1);
            for (int i = from; i < to; i++) {
                if (xText != null) {
                    quoted(format, xText[i]);
                    reserve(perRow);
                } else {
                    reserve(perRow);
                    length = DoubleFormat.format(x[i], chars, length);
                }
                for (double[] column : columns) {
                    chars[length++] = ',';
                    if (!Double.isNaN(column[i])) {
                        length = DoubleFormat.format(column[i], chars, length);
                    }
                }
                chars[length++] = '\n';
            }
        }

        /** Appends a text cell, quoted as RFC 4180 needs. */
        private void quoted(CSVFormat format, String text) {
            cell.setLength(0);
            try {
                format.print(text, cell, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reserve(cell.length());
            cell.getChars(0, cell.length(), chars, length);
            length += cell.length();
        }

        private void reserve(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
            }
        }
    }
}
