package jdelt.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV text (RFC 4180) into records, one at a time, over a block of characters that it
 * refills from the reader, so that a field costs no object unless its text is asked for and a
 * number is parsed straight from the block ({@link Cells#number(char[], int, int)}). It reads
 * what Apache Commons CSV reads with {@code CSVFormat.RFC4180} set to the delimiter, comment
 * marker {@code #}, {@code ignoreEmptyLines}, {@code ignoreSurroundingSpaces} and {@code trim}
 * (the format jdelt used before, and against which {@code CsvTokenizerTest} compares it on
 * hostile input), about five times faster: LF, CR or CRLF end a record; empty lines and lines
 * starting with {@code #} are skipped; a field may be quoted, a doubled quote standing for one
 * and delimiters and line breaks inside being text; spaces around a field are dropped. A field
 * longer than the block grows the block, up to {@value #MAX_RECORD} characters a record (a longer
 * one, such as a file of one 2 GB line or a quote never closed, is an {@link InputFileException},
 * not an {@link OutOfMemoryError}). Malformed quoting is an {@link InputFileException} naming the
 * line and the field.
 */
final class CsvTokenizer {

    private static final char QUOTE = '"';
    private static final char COMMENT = '#';
    private static final int BLOCK = 1 << 16;
    /** The longest record read, in characters (32 MB of memory). */
    static final int MAX_RECORD = 1 << 24;

    private final Reader in;
    private final char delimiter;
    private final char decimal;
    private final String source;
    private final int maxRecord;
    private char[] buf = new char[BLOCK];
    /** Where the current (or next) record starts in {@link #buf}, and the end of the valid characters. */
    private int start;
    private int limit;
    private boolean eof;
    /** The line the next record starts on. */
    private long line = 1;
    private long recordLine;
    private int size;
    private int[] from = new int[8];
    private int[] to = new int[8];
    /** The text of fields that needed unescaping (a doubled quote), else {@code null}. */
    private String[] unescaped = new String[8];

    /**
     * @param in the text, positioned after any byte-order mark; read to its end, not closed
     * @param delimiter the field delimiter
     * @param source the file's name, for messages
     */
    CsvTokenizer(Reader in, char delimiter, String source) {
        this(in, delimiter, '.', source);
    }

    /**
     * @param in the text, positioned after any byte-order mark; read to its end, not closed
     * @param delimiter the field delimiter
     * @param decimal the decimal separator of {@link #number}, {@code '.'} or {@code ','}
     * @param source the file's name, for messages
     */
    CsvTokenizer(Reader in, char delimiter, char decimal, String source) {
        this(in, delimiter, decimal, source, MAX_RECORD);
    }

    /** As the constructor above, with the longest record it reads (for tests of the limit). */
    CsvTokenizer(Reader in, char delimiter, char decimal, String source, int maxRecord) {
        this.in = in;
        this.delimiter = delimiter;
        this.decimal = decimal;
        this.source = source;
        this.maxRecord = maxRecord;
    }

    /**
     * Advances to the next record, skipping empty lines and comment lines.
     *
     * @return whether there is one
     * @throws IOException if reading fails
     * @throws InputFileException for a quoted field without its closing quote, or text after it
     */
    boolean next() throws IOException {
        while (true) {
            int result = parse();
            if (result != MORE) {
                return result == DONE;
            }
            refill();
        }
    }

    /** @return the decimal separator {@link #number} reads */
    char decimal() {
        return decimal;
    }

    /** @return the number of fields of the current record */
    int size() {
        return size;
    }

    /** @return the line the current record starts on (line breaks inside quoted fields are counted) */
    long line() {
        return recordLine;
    }

    /** @return the trimmed text of field {@code i} of the current record */
    String field(int i) {
        check(i);
        return unescaped[i] != null ? unescaped[i] : new String(buf, from[i], to[i] - from[i]);
    }

    /** @return the fields of the current record */
    List<String> fields() {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(field(i));
        }
        return out;
    }

    /**
     * @return field {@code i} read as {@link Cells#number(String, char)} reads its text with this file's decimal separator
     * @throws NumberFormatException as that method
     */
    double number(int i) {
        check(i);
        return unescaped[i] != null ? Cells.number(unescaped[i], decimal) : Cells.number(buf, from[i], to[i], decimal);
    }

    /** @return whether field {@code i} starts with {@code prefix} */
    boolean startsWith(int i, char prefix) {
        check(i);
        return unescaped[i] != null ? unescaped[i].startsWith(String.valueOf(prefix))
                : to[i] > from[i] && buf[from[i]] == prefix;
    }

    /** @return whether field {@code i} is empty */
    boolean isEmpty(int i) {
        check(i);
        return unescaped[i] != null ? unescaped[i].isEmpty() : to[i] == from[i];
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("field " + i + " of a record of " + size);
        }
    }

    private static final int DONE = 0;
    private static final int MORE = 1;
    private static final int END = 2;

    /**
     * Parses the record at {@link #start}. Returns {@link #MORE} if the block ends before the
     * record does and the text does not: the caller refills and parses the record again.
     */
    private int parse() {
        int p = start;
        // empty lines and comment lines, each complete before it is skipped
        while (true) {
            if (p >= limit) {
                return eof ? END : MORE;
            }
            char c = buf[p];
            if (c == '\n' || c == '\r') {
                int after = endOfLine(p);
                if (after < 0) {
                    return MORE;
                }
                p = after;
            } else if (c == COMMENT) {
                int q = p;
                while (q < limit && buf[q] != '\n' && buf[q] != '\r') {
                    q++;
                }
                if (q >= limit && !eof) {
                    return MORE;
                }
                int after = q >= limit ? q : endOfLine(q);
                if (after < 0) {
                    return MORE;
                }
                p = after;
            } else {
                break;
            }
            start = p;
            line++;
        }
        long lines = 0;
        size = 0;
        while (true) {
            while (p < limit && isSpace(buf[p])) {
                p++;
            }
            if (p >= limit && !eof) {
                return MORE;
            }
            int fieldStart = p;
            String text = null;
            int first;
            int last;
            if (p < limit && buf[p] == QUOTE) {
                long fieldLine = line + lines;
                first = ++p;
                boolean doubled = false;
                while (true) {
                    if (p >= limit) {
                        if (!eof) {
                            return MORE;
                        }
                        throw new InputFileException(source, fieldLine, size + 1, "malformed CSV: the quoted field"
                                + " starting here has no closing quote (a quote inside a quoted field is written as two)");
                    }
                    char c = buf[p];
                    if (c == QUOTE) {
                        if (p + 1 >= limit && !eof) {
                            return MORE;
                        }
                        if (p + 1 < limit && buf[p + 1] == QUOTE) {
                            doubled = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    } else if (c == '\r') {
                        if (p + 1 >= limit && !eof) {
                            return MORE;
                        }
                        lines += p + 1 < limit && buf[p + 1] == '\n' ? 0 : 1;
                    }
                    p++;
                }
                last = p++;
                while (p < limit && isSpace(buf[p])) {
                    p++;
                }
                if (p >= limit && !eof) {
                    return MORE;
                }
                if (p < limit && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') {
                    throw new InputFileException(source, line + lines, size + 1, "malformed CSV: '" + buf[p]
                            + "' after the closing quote of a quoted field; only the delimiter '" + delimiter
                            + "' or the end of the line may follow it (a quote inside a quoted field is written as two)");
                }
                while (first < last && buf[first] <= ' ') {
                    first++;
                }
                while (last > first && buf[last - 1] <= ' ') {
                    last--;
                }
                if (doubled) {
                    text = new String(buf, first, last - first).replace("\"\"", "\"");
                }
            } else {
                while (p < limit && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') {
                    p++;
                }
                if (p >= limit && !eof) {
                    return MORE;
                }
                first = fieldStart;
                last = p;
                while (last > first && Character.isWhitespace(buf[last - 1])) {
                    last--;
                }
                while (first < last && buf[first] <= ' ') {
                    first++;
                }
                while (last > first && buf[last - 1] <= ' ') {
                    last--;
                }
            }
            add(first, last, text);
            if (p >= limit) {
                break;
            }
            if (buf[p] == delimiter) {
                p++;
                continue;
            }
            int after = endOfLine(p);
            if (after < 0) {
                return MORE;
            }
            p = after;
            lines++;
            break;
        }
        recordLine = line;
        line += lines;
        start = p;
        return DONE;
    }

    /** @return the position after the line break at {@code p} (LF, CR or CRLF), or -1 if more text must be read to tell */
    private int endOfLine(int p) {
        if (buf[p] == '\n') {
            return p + 1;
        }
        if (p + 1 >= limit) {
            return eof ? p + 1 : -1;
        }
        return buf[p + 1] == '\n' ? p + 2 : p + 1;
    }

    /** Whether Commons CSV's lexer skips {@code c} around a field: white space other than the delimiter and line breaks. */
    private boolean isSpace(char c) {
        return c != delimiter && c != '\n' && c != '\r' && Character.isWhitespace(c);
    }

    private void add(int first, int last, String text) {
        if (size == from.length) {
            from = Arrays.copyOf(from, 2 * size);
            to = Arrays.copyOf(to, 2 * size);
            unescaped = Arrays.copyOf(unescaped, 2 * size);
        }
        from[size] = first;
        to[size] = last;
        unescaped[size++] = text;
    }

    /** Moves the unparsed text to the front of the block (growing it if the record fills it) and reads more. */
    private void refill() throws IOException {
        int kept = limit - start;
        if (kept >= maxRecord) {
            throw new InputFileException(source, line, 1, "the record starting on this line is longer than " + maxRecord
                    + " characters: this is not a table of numbers (a quote that is never closed, or a file that is"
                    + " not CSV text?)");
        }
        if (kept > buf.length / 2) {
            buf = Arrays.copyOf(buf, Math.max(buf.length, kept) * 2);
        }
        System.arraycopy(buf, start, buf, 0, kept);
        start = 0;
        limit = kept;
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
            if (n > 0 && limit > kept) {
                return;
            }
        }
    }
}
