package jdelt.io;

import jdelt.interpolation.DataPreparation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads samples from a CSV file (RFC 4180, parsed with Apache Commons CSV) into primitive arrays,
 * streaming record by record so that no value is boxed, then applies the reported steps of
 * {@link DataPreparation}: rows with a missing or non-finite value are skipped (or rejected), x is
 * sorted, and rows with equal x are merged by their mean (or rejected).
 *
 * <p>Accepted input: UTF-8 with or without a byte-order mark; LF or CRLF line ends; delimiter
 * {@code ,} {@code ;} or tab, given or detected from the first data line; quoted fields; lines
 * starting with {@code #} are comments; blank lines are ignored; a header row is optional. The x
 * column may hold numbers or ISO-8601 date-times, which become seconds since the earliest one.
 * Every problem is an {@link InputFileException} naming file, line and column.
 */
public final class CsvSampleReader {

    /** The fewest usable rows a derivative can be estimated from. */
    static final int MIN_ROWS = 2;

    /** Where Commons CSV's messages give the line of a malformed record. */
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CsvSampleReader() {
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file
     * @param options columns, delimiter, header and policies
     * @return the prepared samples
     * @throws InputFileException for any problem with the content, located by line and column
     * @throws IOException if the file cannot be read
     */
    public static SampleTable read(Path file, ReadOptions options) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), options);
        } catch (CharacterCodingException e) {
            throw Utf8Check.locate(file, options.delimiter() != null ? options.delimiter() : ',');
        }
    }

    /**
     * Reads CSV text.
     *
     * @param reader the text; read to its end, not closed
     * @param source the name used in messages (usually the file's path)
     * @param options columns, delimiter, header and policies
     * @return the prepared samples
     * @throws InputFileException for any problem with the content, located by line and column
     * @throws IOException if the text cannot be read, a {@link CharacterCodingException} if the
     *     reader decodes and meets bytes that are not UTF-8 ({@link Utf8Check} locates them)
     */
    public static SampleTable read(Reader reader, String source, ReadOptions options) throws IOException {
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        Encodings.rejectUtf16(in, source);
        char delimiter = options.delimiter() != null ? options.delimiter() : Delimiters.detect(in);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            return new Pass(parser, source, options).run();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw (CharacterCodingException) e.getCause();
            }
            throw new InputFileException(source, lineOf(e), 1, "malformed CSV: " + e.getCause().getMessage());
        }
    }

    private static long lineOf(UncheckedIOException e) {
        String m = String.valueOf(e.getCause().getMessage());
        Matcher line = LINE.matcher(m);
        return line.find() ? Long.parseLong(line.group(1)) : 1;
    }

    /** One reading of one file: the state of the streaming parse. */
    private static final class Pass {
        private final CSVParser parser;
        private final String file;
        private final ReadOptions options;
        private ColumnLayout layout;
        private GrowableColumn x = new GrowableColumn();
        private GrowableColumn[] y;
        private int[] lines = new int[1024];
        private List<String> xText;
        private Cells.DateTime origin;
        private Cells.DateTime previousLocal;
        private Cells.DateTime previousInZone;
        private final List<String> notes = new ArrayList<>();
        /** The first x, for whole-number x read exactly ({@link ExactIntegers}); else {@code null}. */
        private Long integerOrigin;
        private boolean numericX;
        private long rows;

        Pass(CSVParser parser, String file, ReadOptions options) {
            this.parser = parser;
            this.file = file;
            this.options = options;
        }

        SampleTable run() {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputFileException(file, 1, 1, "the file is empty: no header and no data rows");
            }
            CSVRecord first = records.next();
            while (isBlankOrComment(first) && records.hasNext()) {
                first = records.next();
            }
            if (isBlankOrComment(first)) {
                throw new InputFileException(file, 1, 1, "the file is empty: no header and no data rows");
            }
            layout = ColumnLayout.resolve(first.toList(), options, file, lineOf(first));
            if (options.header() == ReadOptions.Header.AUTO && !layout.header() && ColumnLayout.areColumnNumbers(first.toList())) {
                notes.add("read line " + lineOf(first) + " '" + String.join(",", first.toList()) + "' as data; if it is the"
                        + " column numbers pandas writes as a header, use --header yes");
            }
            y = new GrowableColumn[layout.yIndex().length];
            for (int c = 0; c < y.length; c++) {
                y[c] = new GrowableColumn();
            }
            if (!layout.header()) {
                add(first);
            }
            while (records.hasNext()) {
                add(records.next());
            }
            if (rows == 0) {
                throw new InputFileException(file, lineOf(first) + 1, 1, "no data rows after the header");
            }
            return Preparation.apply(raw());
        }

        /** Whether a record is a line of spaces or a comment indented by spaces (Commons CSV skips only unindented ones). */
        private static boolean isBlankOrComment(CSVRecord record) {
            return record.size() == 1 && record.get(0).isEmpty() || record.get(0).startsWith("#");
        }

        /** The line a record starts on: where the parser is, less the line breaks inside quoted fields. */
        private long lineOf(CSVRecord record) {
            long line = parser.getCurrentLineNumber();
            for (int f = 0; f < record.size(); f++) {  // by index: iterating a record copies it to a list
                String v = record.get(f);
                for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
                    line--;
                }
            }
            return line;
        }

        private void add(CSVRecord record) {
            if (isBlankOrComment(record)) {
                return;
            }
            long line = lineOf(record);
            if (record.size() != layout.width()) {
                throw new InputFileException(file, line, Math.min(record.size(), layout.width()) + 1,
                        "ragged row: it has " + record.size() + (record.size() == 1 ? " field" : " fields")
                        + " but the " + (layout.header() ? "header has " : "first row has ") + layout.width());
            }
            if (line > Integer.MAX_VALUE) {
                throw new InputFileException(file, line, 1, "too many lines (at most " + Integer.MAX_VALUE + ")");
            }
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1));
            }
            lines[(int) rows++] = (int) line;
            x.add(xValue(record.get(layout.xIndex()), line));
            for (int c = 0; c < y.length; c++) {
                int field = layout.yIndex()[c];
                y[c].add(checkMissing(yValue(record.get(field), field, line), field, line));
            }
        }

        private double yValue(String cell, int field, long line) {
            try {
                return Cells.number(cell);
            } catch (NumberFormatException e) {
                throw new InputFileException(file, line, field + 1, "not a number: '" + cell + "' in column '"
                        + layout.yNames().get(indexOfField(field)) + "'");
            }
        }

        private int indexOfField(int field) {
            int[] idx = layout.yIndex();
            for (int c = 0; c < idx.length; c++) {
                if (idx[c] == field) {
                    return c;
                }
            }
            throw new IllegalStateException("field " + field + " is not a y column");
        }

        private double xValue(String cell, long line) {
            int column = layout.xIndex() + 1;
            if (xText == null && !numericX) {
                if (ExactIntegers.needsExactReading(cell)) {
                    integerOrigin = Long.parseLong(cell);
                    xText = new ArrayList<>();
                    for (long r = 1; r < rows; r++) {
                        xText.add("");
                    }
                } else if (Cells.isNumber(cell)) {
                    numericX = !Double.isNaN(Cells.number(cell));
                    return checkMissing(Cells.number(cell), layout.xIndex(), line);
                }
                if (integerOrigin == null && !Cells.isDateTime(cell)) {
                    throw new InputFileException(file, line, column, "not a number nor an ISO-8601 date-time: '"
                            + cell + "' in x column '" + layout.xName() + "'");
                }
                if (integerOrigin == null) {
                    xText = new ArrayList<>();
                    for (long r = 1; r < rows; r++) {
                        xText.add("");
                    }
                }
            }
            if (integerOrigin != null) {
                xText.add(cell);
                if (Cells.isMissing(cell)) {
                    return checkMissing(Double.NaN, layout.xIndex(), line);
                }
                try {
                    if (ExactIntegers.isInteger(cell)) {
                        return ExactIntegers.offset(cell, integerOrigin);
                    }
                } catch (ArithmeticException e) {
                    // falls through to the message
                }
                throw new InputFileException(file, line, column, "not a whole number: '" + cell + "' in x column '"
                        + layout.xName() + "', whose first value " + integerOrigin + " is a whole number too large for"
                        + " a double, read exactly; every x must then be a whole number within the range of a long");
            }
            if (numericX) {
                try {
                    return checkMissing(Cells.number(cell), layout.xIndex(), line);
                } catch (NumberFormatException e) {
                    throw new InputFileException(file, line, column, "not a number: '" + cell + "' in x column '"
                            + layout.xName() + "'" + (Cells.isDateTime(cell) ? " (earlier rows hold numbers, not date-times)" : ""));
                }
            }
            xText.add(cell);
            if (Cells.isMissing(cell)) {
                return checkMissing(Double.NaN, layout.xIndex(), line);
            }
            Cells.DateTime t;
            try {
                t = Cells.dateTime(cell);
            } catch (DateTimeException e) {
                if (Cells.isLeapSecond(cell)) {
                    throw new InputFileException(file, line, column, "leap second '" + cell + "' in x column '" + layout.xName()
                            + "': jdelt's time scale, like Java's and POSIX time, has no leap seconds; remove the row or"
                            + " write it as 23:59:59.999");
                }
                throw new InputFileException(file, line, column, "not an ISO-8601 date-time: '" + cell + "' in x column '"
                        + layout.xName() + "' (expected e.g. 2026-03-14T08:15:02.137+01:00 or 2026-03-14 08:15:02)");
            }
            if (!t.zoned() && options.timeZone() != null) {
                t = ClockChange.inZone(t, options.timeZone(), previousInZone, cell, file, line, column);
                previousInZone = t;
            }
            if (origin == null) {
                origin = t;
            } else if (origin.zoned() != t.zoned()) {
                throw new InputFileException(file, line, column, "date-time '" + cell + "' " + (t.zoned()
                        ? "has a zone offset but earlier ones have none" : "has no zone offset but earlier ones have one")
                        + "; mixing them is ambiguous");
            }
            if (!t.zoned()) {
                ClockChange.check(previousLocal, t, cell, file, line, column);
                previousLocal = t;
            }
            return t.secondsSince(origin);
        }

        private double checkMissing(double v, int field, long line) {
            if (!Double.isFinite(v) && options.missing() == ReadOptions.MissingPolicy.ERROR) {
                throw new InputFileException(file, line, field + 1, (Double.isNaN(v) ? "missing value" : "non-finite value")
                        + " in column " + (field + 1) + " (use --missing skip to skip such rows)");
            }
            return v;
        }

        private RawSamples raw() {
            double[][] columns = new double[y.length][];
            for (int c = 0; c < y.length; c++) {
                columns[c] = y[c].toArray();
            }
            return new RawSamples(file, options, layout, rows, x.toArray(), columns,
                    Arrays.copyOf(lines, (int) rows), xText == null ? null : xText.toArray(new String[0]), notes,
                    integerOrigin == null && xText != null);
        }
    }
}
