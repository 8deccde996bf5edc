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

    /** @return whether a line holds data: neither blank nor a comment (a {@code #} after optional spaces) */
    private static boolean isData(CharSequence line) {
        String s = line.toString().strip();
        return !s.isEmpty() && s.charAt(0) != '#';
    }

    /**
     * Picks the candidate ({@code ,} tab {@code ;}) that occurs most often outside quotes on the
     * first line that is neither blank nor a {@code #} comment, looking at most {@value #LOOKAHEAD}
     * characters ahead (of a longer line, its part within them); a comma if none occurs. The
     * reader is reset to where it was.
     *
     * @param in the reader, positioned at the start of the text; must support mark
     * @return the delimiter
     * @throws IOException if reading fails
     */
    static char detect(BufferedReader in) throws IOException {
        in.mark(LOOKAHEAD + 1);
        StringBuilder line = new StringBuilder();
        String data = null;
        int read = 0;
        for (int c = in.read(); c >= 0 && data == null; c = read < LOOKAHEAD ? in.read() : -1) {
            read++;
            if (c == '\n' || c == '\r') {
                data = isData(line) ? line.toString() : null;
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        in.reset();
        if (data == null && isData(line)) {
            data = line.toString();
        }
        if (data == null) {
            return ',';
        }
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
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
