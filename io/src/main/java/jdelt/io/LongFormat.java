package jdelt.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A long-format file, one row per observation with a group column (a sensor id, a well, a
 * channel), split into its groups: each {@link Group} is read by {@link CsvSampleReader} on its
 * own, with the same options and policies, so that each group is validated, sorted, de-duplicated
 * and reported exactly as a single series would be, and every line number in its table, its
 * report and its messages is the line in the original file.
 */
public final class LongFormat {

    /** A line number inside a message of {@link CsvSampleReader} (e.g. the other row of a duplicate x). */
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");

    private LongFormat() {
    }

    /**
     * The rows of one group, as CSV text (the header, if any, then the group's rows) and the
     * original line of each of its lines.
     *
     * @param id the group's value in the group column
     * @param csv the group's CSV text
     * @param lines {@code lines[k]} is the original line of the text's line {@code k + 1}
     * @param delimiter the file's delimiter
     * @param header whether the text starts with the file's header row
     * @param decimal the file's decimal separator, given or detected once for the whole file
     * @param note what the detection chose that the user should know (a decimal comma), the same for
     *     every group of the file, or {@code null}
     */
    public record Group(String id, String csv, int[] lines, char delimiter, boolean header, char decimal, String note) {
    }

    /**
     * Splits a file into its groups.
     *
     * @param file the file (UTF-8)
     * @param options the reading options (columns, delimiter, header)
     * @param by the group column, by header name or 1-based number
     * @return the groups in order of first appearance
     * @throws InputFileException if the group column does not exist, a row has no group id, a row is
     *     ragged, or a field holds a line break (each named by line and column)
     * @throws IOException if the file cannot be read
     */
    public static List<Group> split(Path file, ReadOptions options, String by) throws IOException {
        String source = file.toString();
        try (BufferedReader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            Delimiters.Choice choice = Delimiters.choose(in, options.delimiter(), options.decimal(), source);
            char delimiter = choice.delimiter();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
                    .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).build();
            CSVFormat out = CSVFormat.RFC4180.builder().setDelimiter(delimiter).build();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                return split(parser, source, options.withDecimal(choice.decimal()), by, out, choice.note());
            } catch (UncheckedIOException e) {
                throw new InputFileException(source, 1, 1, "malformed CSV: " + e.getCause().getMessage());
            }
        }
    }

    private static List<Group> split(CSVParser parser, String source, ReadOptions options, String by, CSVFormat out,
            String note) throws IOException {
        java.util.Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new InputFileException(source, 1, 1, "the file is empty: no header and no data rows");
        }
        CSVRecord first = records.next();
        long firstLine = parser.getCurrentLineNumber();
        List<String> fields = first.toList();
        ColumnLayout layout = ColumnLayout.resolve(fields, options, source, firstLine);
        int column = ColumnLayout.find(by.trim(), fields, layout.header(), true, source, firstLine);
        String byName = layout.header() ? fields.get(column) : "column " + (column + 1);
        if (column == layout.xIndex() || Arrays.stream(layout.yIndex()).anyMatch(c -> c == column)) {
            throw new InputFileException(source, firstLine, column + 1, "the --by column '" + byName
                    + "' is also selected as x or y");
        }
        StringBuilder headerText = new StringBuilder();
        if (layout.header()) {
            print(first, out, headerText);
        }
        String header = headerText.toString();
        Map<String, Builder> groups = new LinkedHashMap<>();
        if (!layout.header()) {
            add(groups, first, firstLine, column, byName, source, out, layout.width());
        }
        while (records.hasNext()) {
            CSVRecord r = records.next();
            add(groups, r, parser.getCurrentLineNumber(), column, byName, source, out, layout.width());
        }
        List<Group> result = new ArrayList<>();
        for (Map.Entry<String, Builder> e : groups.entrySet()) {
            Builder b = e.getValue();
            int[] lines = layout.header() ? new int[b.count + 1] : new int[b.count];
            if (layout.header()) {
                lines[0] = (int) firstLine;
            }
            System.arraycopy(b.lines, 0, lines, layout.header() ? 1 : 0, b.count);
            result.add(new Group(e.getKey(), header + b.text, lines, out.getDelimiterString().charAt(0), layout.header(),
                    options.decimalOrPoint(), note));
        }
        return result;
    }

    private static void add(Map<String, Builder> groups, CSVRecord r, long line, int column, String byName,
                            String source, CSVFormat out, int width) throws IOException {
        for (String v : r) {
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new InputFileException(source, line, 1, "a field holds a line break, which a long-format file cannot have");
            }
        }
        if (r.size() != width) {
            throw new InputFileException(source, line, Math.min(r.size(), width) + 1, "ragged row: it has " + r.size()
                    + " fields but the first row has " + width);
        }
        String id = r.get(column);
        if (id.isEmpty()) {
            throw new InputFileException(source, line, column + 1, "empty group id in the --by column '" + byName + "'");
        }
        Builder b = groups.computeIfAbsent(id, k -> new Builder());
        print(r, out, b.text);
        if (b.count == b.lines.length) {
            b.lines = Arrays.copyOf(b.lines, 2 * b.count);
        }
        b.lines[b.count++] = (int) line;
    }

    /** Appends a record as one CSV line, quoting only where needed. */
    private static void print(CSVRecord r, CSVFormat out, StringBuilder to) throws IOException {
        for (int i = 0; i < r.size(); i++) {
            out.print(r.get(i), to, i == 0);
        }
        to.append('\n');
    }

    /** The rows of one group collected so far. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[16];
        private int count;
    }

    /**
     * Reads one group as {@link CsvSampleReader} reads a file, with the original line numbers.
     *
     * @param group the group
     * @param source the file's name, for messages
     * @param options the reading options and policies
     * @return the group's prepared samples
     * @throws InputFileException for any problem in the group's rows, at the original line
     */
    public static SampleTable read(Group group, String source, ReadOptions options) {
        SampleTable t;
        try {
            t = CsvSampleReader.read(new StringReader(group.csv()), source, options.withDecimal(group.decimal()).withDelimiter(group.delimiter())
                    .withHeader(group.header() ? ReadOptions.Header.YES : ReadOptions.Header.NO));
        } catch (InputFileException e) {
            String prefix = source + ":" + e.line() + ":" + e.column() + ": ";
            String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            Matcher m = LINE.matcher(problem);
            StringBuilder mapped = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(mapped, "line " + original(group, Long.parseLong(m.group(1))));
            }
            m.appendTail(mapped);
            throw new InputFileException(source, original(group, e.line()), e.column(), mapped.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PreparationReport r = t.report();
        PreparationReport report = new PreparationReport(r.rowsRead(), original(group, r.skippedLines()),
                original(group, r.movedLines()), original(group, r.mergedLines()));
        return new SampleTable(t.source(), t.xName(), t.yNames(), t.x(), t.y(), original(group, t.lines()), t.xText(),
                t.xOrigin(), report, t.decimal());
    }

    private static long original(Group group, long line) {
        return line >= 1 && line <= group.lines().length ? group.lines()[(int) line - 1] : line;
    }

    private static int[] original(Group group, int[] lines) {
        int[] out = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = (int) original(group, lines[i]);
        }
        return out;
    }
}
