package jdelt.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes result columns as CSV (RFC 4180 quoting, LF line ends): a header row, then one row per sample with the x
 * column first (its original text for date-times) and every number in full double precision
 * ({@link Double#toString(double)}, which reads back to the same double).
 */
public final class CsvResultWriter {

    /** How many rows pass between two progress reports. */
    private static final int REPORT_EVERY = 1 << 16;

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
     * @param rowsWritten told the number of rows written so far, now and then (for a progress bar)
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
        StringBuilder row = new StringBuilder(256);
        for (int i = 0; i < x.length; i++) {
            row.setLength(0);
            if (xText != null) {
                format.print(xText[i], row, true);
            } else {
                row.append(x[i]);
            }
            for (double[] column : columns) {
                row.append(',').append(column[i]);
            }
            out.append(row).append('\n');
            if (i % REPORT_EVERY == REPORT_EVERY - 1) {
                rowsWritten.accept(i + 1);
            }
        }
        rowsWritten.accept(x.length);
        out.flush();
    }
}
