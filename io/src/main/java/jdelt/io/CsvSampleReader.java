package jdelt.io;

import jdelt.interpolation.DataPreparation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads samples from a CSV file (RFC 4180, split by {@link CsvTokenizer}) into primitive arrays,
 * streaming record by record so that no value is boxed and no number becomes a string, then applies the reported steps of
 * {@link DataPreparation}: rows with a missing or non-finite value are skipped (or rejected), x is
 * sorted, and rows with equal x are merged by their mean (or rejected).
 *
 * <p>Accepted input: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; delimiter
 * {@code ,} {@code ;} or tab, given or detected from the first data lines; a decimal point or, in a
 * {@code ;} or tab delimited file, a decimal comma, given or detected ({@link ReadOptions#withDecimal});
 * records up to 16 Mi characters; quoted fields; lines
 * starting with {@code #} are comments; blank lines are ignored; a header row is optional. The x
 * column may hold numbers or ISO-8601 date-times, which become seconds since the earliest one.
 * Every problem is an {@link InputFileException} naming file, line and column.
 */
public final class CsvSampleReader {

    /** The fewest usable rows a derivative can be estimated from. */
    static final int MIN_ROWS = 2;

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
        Delimiters.Choice choice = Delimiters.choose(in, options.delimiter(), options.decimal(), source);
        ReadOptions resolved = options.withDecimal(choice.decimal()).withDelimiter(choice.delimiter());
        Pass pass = new Pass(new CsvTokenizer(in, choice.delimiter(), choice.decimal(), source), source, resolved);
        if (choice.note() != null) {
            pass.notes.add(choice.note());
        }
        return pass.run();
    }

    /** One reading of one file: the state of the streaming parse. */
    private static final class Pass {
        private final CsvTokenizer records;
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

        Pass(CsvTokenizer records, String file, ReadOptions options) {
            this.records = records;
            this.file = file;
            this.options = options;
        }

        SampleTable run() throws IOException {
            boolean any = records.next();
            while (any && isBlankOrComment()) {
                any = records.next();
            }
            if (!any) {
                throw new InputFileException(file, 1, 1, "the file is empty: no header and no data rows");
            }
            long firstLine = records.line();
            List<String> first = records.fields();
            layout = ColumnLayout.resolve(first, options, file, firstLine);
            if (options.header() == ReadOptions.Header.AUTO && !layout.header() && ColumnLayout.areColumnNumbers(first)) {
                notes.add("read line " + firstLine + " '" + String.join(",", first) + "' as data; if it is the"
                        + " column numbers pandas writes as a header, use --header yes");
            }
            y = new GrowableColumn[layout.yIndex().length];
            for (int c = 0; c < y.length; c++) {
                y[c] = new GrowableColumn();
            }
            if (!layout.header()) {
                add();
            }
            while (records.next()) {
                add();
            }
            if (rows == 0) {
                throw new InputFileException(file, firstLine + 1, 1, "no data rows after the header");
            }
            return Preparation.apply(raw());
        }

        /** Whether the record is a line of spaces or a comment indented by spaces (the tokenizer skips only unindented ones). */
        private boolean isBlankOrComment() {
            return records.size() == 1 && records.isEmpty(0) || records.startsWith(0, '#');
        }

        private void add() {
            if (isBlankOrComment()) {
                return;
            }
            long line = records.line();
            int size = records.size();
            if (size != layout.width()) {
                throw new InputFileException(file, line, Math.min(size, layout.width()) + 1,
                        "ragged row: it has " + size + (size == 1 ? " field" : " fields")
                        + " but the " + (layout.header() ? "header has " : "first row has ") + layout.width());
            }
            if (line > Integer.MAX_VALUE) {
                throw new InputFileException(file, line, 1, "too many lines (at most " + Integer.MAX_VALUE + ")");
            }
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1));
            }
            lines[(int) rows++] = (int) line;
            x.add(numericX ? numericX(line) : xValue(records.field(layout.xIndex()), line));
            for (int c = 0; c < y.length; c++) {
                int field = layout.yIndex()[c];
                y[c].add(checkMissing(yValue(field, line), field, line));
            }
        }

        /** x once the first row showed numbers: parsed straight from the tokenizer's text. */
        private double numericX(long line) {
            try {
                return checkMissing(records.number(layout.xIndex()), layout.xIndex(), line);
            } catch (NumberFormatException e) {
                String cell = records.field(layout.xIndex());
                throw new InputFileException(file, line, layout.xIndex() + 1, "not a number: '" + cell + "' in x column '"
                        + layout.xName() + "'" + (Cells.isDateTime(cell) ? " (earlier rows hold numbers, not date-times)"
                        : Cells.numberHint(cell, decimal())));
            }
        }

        private double yValue(int field, long line) {
            try {
                return records.number(field);
            } catch (NumberFormatException e) {
                String cell = records.field(field);
                throw new InputFileException(file, line, field + 1, "not a number: '" + cell + "' in column '"
                        + layout.yNames().get(indexOfField(field)) + "'" + Cells.numberHint(cell, decimal()));
            }
        }

        private char decimal() {
            return options.decimalOrPoint();
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
                } else if (Cells.isNumber(cell, decimal())) {
                    double v = Cells.number(cell, decimal());
                    numericX = !Double.isNaN(v);
                    return checkMissing(v, layout.xIndex(), line);
                }
                if (integerOrigin == null && !Cells.isDateTime(cell)) {
                    throw new InputFileException(file, line, column, "not a number nor an ISO-8601 date-time: '"
                            + cell + "' in x column '" + layout.xName() + "'" + Cells.numberHint(cell, decimal()));
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
