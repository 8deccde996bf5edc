package jdelt.io;

import java.io.BufferedReader;
import java.io.IOException;

/** Detection of a CSV file's delimiter from its first data line. */
final class Delimiters {

    /** The candidates, in the order that breaks ties. */
    private static final char[] CANDIDATES = {',', '\t', ';'};

    /** How far ahead detection may read before giving up and choosing a comma. */
    private static final int LOOKAHEAD = 1 << 20;

    private Delimiters() {
    }

    /**
     * Picks the candidate ({@code ,} tab {@code ;}) that occurs most often outside quotes on the
     * first line that is neither blank nor a {@code #} comment; a comma if none occurs. The
     * reader is reset to where it was.
     *
     * @param in the reader, positioned at the start of the text; must support mark
     * @return the delimiter
     * @throws IOException if reading fails
     */
    static char detect(BufferedReader in) throws IOException {
        in.mark(LOOKAHEAD);
        String line;
        int read = 0;
        do {
            line = in.readLine();
            read += line == null ? 0 : line.length() + 1;
        } while (line != null && read < LOOKAHEAD && (line.isBlank() || line.startsWith("#")));
        in.reset();
        if (line == null) {
            return ',';
        }
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
                counts[k] += c == CANDIDATES[k] ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
