package jdelt.io;

import java.util.Arrays;
import java.util.List;

/**
 * What reading a file did to its rows, by input line number, so that nothing is dropped or
 * changed silently: the rows read, the rows skipped for a missing or non-finite value, the rows
 * moved to put x in order, and the rows merged into an earlier row with the same x.
 *
 * @param rowsRead the number of data rows in the file
 * @param skippedLines the lines of the rows skipped, ascending
 * @param movedLines the lines of the rows moved by sorting, ascending
 * @param mergedLines the lines of the rows merged into another row with equal x, ascending
 * @param notes other things the reader decided that the user should know, such as an ambiguous header
 */
public record PreparationReport(long rowsRead, int[] skippedLines, int[] movedLines, int[] mergedLines,
        List<String> notes) {

    /** Copies the notes. */
    public PreparationReport {
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public PreparationReport(long rowsRead, int[] skippedLines, int[] movedLines, int[] mergedLines) {
        this(rowsRead, skippedLines, movedLines, mergedLines, List.of());
    }

    /** How many line numbers a summary lists before it abbreviates. */
    private static final int LISTED = 5;

    /** @return the number of rows kept after skipping and merging */
    public long rowsUsed() {
        return rowsRead - skippedLines.length - mergedLines.length;
    }

    /**
     * @return a one-line account, e.g. {@code "read 1204 rows, used 1202: skipped 1 with a missing
     *     or non-finite value (line 345); merged 1 with a duplicate x into the row before (line 57)"}
     */
    public String summary() {
        StringBuilder s = new StringBuilder("read ").append(rowsRead).append(rowsRead == 1 ? " row" : " rows")
                .append(", used ").append(rowsUsed());
        String sep = ": ";
        if (skippedLines.length > 0) {
            s.append(sep).append(describe("skipped", skippedLines, "with a missing or non-finite value"));
            sep = "; ";
        }
        if (movedLines.length > 0) {
            s.append(sep).append(describe("sorted", movedLines, "that were out of x order"));
            sep = "; ";
        }
        if (mergedLines.length > 0) {
            s.append(sep).append(describe("merged", mergedLines, "with a duplicate x into the row before (y averaged)"));
            sep = "; ";
        }
        for (String note : notes) {
            s.append(sep).append(note);
            sep = "; ";
        }
        return s.toString();
    }

    private static String describe(String verb, int[] lines, String why) {
        int shown = Math.min(LISTED, lines.length);
        String list = Arrays.toString(Arrays.copyOf(lines, shown));
        list = list.substring(1, list.length() - 1) + (lines.length > shown ? ", ..." : "");
        return verb + " " + lines.length + " " + why + " (line" + (lines.length == 1 ? " " : "s ") + list + ")";
    }
}
