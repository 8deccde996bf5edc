package jdelt.io;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Recognises text that decodes as UTF-8 but is not: UTF-16 without a byte-order mark (as some
 * spreadsheet and shell tools save "Unicode" text) puts a NUL byte beside every ASCII character,
 * and NUL is valid UTF-8, so without this check the file would be read as cells full of NULs.
 */
final class Encodings {

    /** How many characters are examined. */
    private static final int PEEK = 4096;

    private Encodings() {
    }

    /**
     * @param in the text, positioned after any byte-order mark; must support mark, and is reset
     * @param source the file's name, for the message
     * @throws InputFileException if the first characters hold a NUL
     * @throws IOException if reading fails
     */
    static void rejectUtf16(BufferedReader in, String source) throws IOException {
        in.mark(PEEK);
        char[] head = new char[PEEK];
        int n = in.read(head, 0, PEEK);
        in.reset();
        long line = 1;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\0') {
                throw new InputFileException(source, line, 1, "the file holds NUL characters: it looks like UTF-16 text"
                        + " (\"Unicode\" in some programs), not UTF-8; save it as UTF-8");
            }
            line += head[i] == '\n' ? 1 : 0;
        }
    }
}
