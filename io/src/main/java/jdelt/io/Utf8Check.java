package jdelt.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the first byte sequence of a file that is not UTF-8 (RFC 3629), so that a file saved in
 * another encoding gets a message naming line and field instead of a decoder's bare complaint.
 */
public final class Utf8Check {

    private Utf8Check() {
    }

    /**
     * @param file the file that failed to decode
     * @param delimiter the field delimiter, to count fields
     * @return the problem, located by file, line and field
     * @throws IOException if the file cannot be read
     */
    public static InputFileException locate(Path file, char delimiter) throws IOException {
        return locate(file, delimiter, CsvTokenizer.MAX_RECORD);
    }

    /** As {@link #locate(Path, char)}, holding at most {@code maxLine} bytes of a line (for tests of the limit). */
    static InputFileException locate(Path file, char delimiter, int maxLine) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                return new InputFileException(file.toString(), 1, 1, "the file is UTF-16 text (it starts with the UTF-16 "
                        + (b0 == 0xFF ? "little" : "big") + "-endian byte-order mark; \"Unicode\" in some programs), not UTF-8;"
                        + " save it as UTF-8");
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    InputFileException problem = check(file.toString(), number, line.toByteArray(), delimiter);
                    if (problem != null || b < 0) {
                        return problem != null ? problem
                                : new InputFileException(file.toString(), number, 1, "the file is not UTF-8 text");
                    }
                    line.reset();
                    number++;
                } else if (line.size() < maxLine) {
                    line.write(b);
                } else {
                    return new InputFileException(file.toString(), number, 1, "the file is not UTF-8 text, and line "
                            + number + " is longer than " + maxLine + " bytes: this is not a table of numbers");
                }
            }
        }
    }

    private static InputFileException check(String file, long number, byte[] bytes, char delimiter) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, true);
        if (!result.isError()) {
            return null;
        }
        chars.flip();
        String before = chars.toString();
        int field = 1 + (int) before.chars().filter(c -> c == delimiter).count();
        return new InputFileException(file, number, field, "the file is not UTF-8 text: an invalid byte follows '"
                + before.substring(before.lastIndexOf(delimiter) + 1) + "'; save the file as UTF-8");
    }
}
