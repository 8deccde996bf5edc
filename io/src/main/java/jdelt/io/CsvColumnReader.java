package jdelt.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads several numeric columns of a CSV file (split by {@link CsvTokenizer}) in file order, for samples of functions of several
 * variables, where rows are points and must be neither sorted nor merged by one column. Accepts
 * the input {@link CsvSampleReader} accepts (delimiter detected or given, optional header,
 * comments, quotes) and resolves columns the same way; rows with a missing or non-finite value
 * are skipped and reported by line; a ragged row or a cell that is not a number is an
 * {@link InputFileException} naming file, line and column.
 */
public final class CsvColumnReader {

    private CsvColumnReader() {
    }

    /**
     * The columns read.
     *
     * @param source the file's name
     * @param names each column's header name (or {@code "c"} plus its number without a header)
     * @param columns the values of each column, one entry per kept row
     * @param lines each kept row's input line
     * @param skippedLines the lines of rows skipped for a missing or non-finite value
     * @param notes what the reader chose that the user should know (a detected decimal comma)
     */
    public record Columns(String source, List<String> names, double[][] columns, int[] lines, int[] skippedLines,
            List<String> notes) {

        /** @return the number of kept rows */
        public int rows() {
            return lines.length;
        }
    }

    /**
     * @param reader the text, read to its end, not closed
     * @param source the name used in messages
     * @param refs the columns, by header name or number from 1
     * @param delimiter the delimiter, or null to detect it
     * @param header whether the first row names the columns
     * @return the columns
     * @throws IOException if the text cannot be read
     */
    public static Columns read(Reader reader, String source, List<String> refs, Character delimiter,
            ReadOptions.Header header) throws IOException {
        return read(reader, source, refs, delimiter, header, null);
    }

    /**
     * @param reader the text, read to its end, not closed
     * @param source the name used in messages
     * @param refs the columns, by header name or number from 1
     * @param delimiter the delimiter, or null to detect it
     * @param header whether the first row names the columns
     * @param decimal the decimal separator ({@code '.'} or {@code ','}), or null to detect it as
     *     {@link CsvSampleReader} does ({@link ReadOptions#withDecimal})
     * @return the columns
     * @throws IOException if the text cannot be read
     */
    public static Columns read(Reader reader, String source, List<String> refs, Character delimiter,
            ReadOptions.Header header, Character decimal) throws IOException {
        if (refs.size() < 2) {
            throw new IllegalArgumentException("at least two columns are needed, got " + refs);
        }
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        Encodings.rejectUtf16(in, source);
        Delimiters.Choice choice = Delimiters.choose(in, delimiter, decimal, source);
        return collect(new CsvTokenizer(in, choice.delimiter(), choice.decimal(), source), source, refs, header,
                choice);
    }

    private static Columns collect(CsvTokenizer records, String source, List<String> refs, ReadOptions.Header header,
            Delimiters.Choice choice) throws IOException {
        if (!records.next()) {
            throw new InputFileException(source, 1, 1, "the file is empty: no header and no data rows");
        }
        ReadOptions options = ReadOptions.defaults().withX(refs.get(0)).withY(refs.subList(1, refs.size())).withHeader(header)
                .withDecimal(choice.decimal());
        ColumnLayout layout = ColumnLayout.resolve(records.fields(), options, source, records.line());
        int[] fields = new int[refs.size()];
        List<String> names = new ArrayList<>();
        fields[0] = layout.xIndex();
        names.add(layout.header() ? layout.xName() : "c" + (fields[0] + 1));
        for (int c = 1; c < fields.length; c++) {
            fields[c] = layout.yIndex()[c - 1];
            names.add(layout.header() ? layout.yNames().get(c - 1) : "c" + (fields[c] + 1));
            for (int e = 0; e < c; e++) {
                if (fields[e] == fields[c]) {
                    throw new InputFileException(source, records.line(), fields[c] + 1,
                            "column " + (fields[c] + 1) + " is selected twice");
                }
            }
        }
        GrowableColumn[] columns = new GrowableColumn[fields.length];
        for (int c = 0; c < fields.length; c++) {
            columns[c] = new GrowableColumn();
        }
        List<Integer> lines = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        long last = records.line();
        if (!layout.header()) {
            add(records, layout, fields, names, source, columns, lines, skipped);
        }
        while (records.next()) {
            last = records.line();
            add(records, layout, fields, names, source, columns, lines, skipped);
        }
        if (lines.isEmpty()) {
            throw new InputFileException(source, last, 1,
                    skipped.isEmpty() ? "no data rows" : "every data row has a missing or non-finite value");
        }
        double[][] out = new double[fields.length][];
        for (int c = 0; c < fields.length; c++) {
            out[c] = columns[c].toArray();
        }
        return new Columns(source, names, out, lines.stream().mapToInt(Integer::intValue).toArray(),
                skipped.stream().mapToInt(Integer::intValue).toArray(),
                choice.note() == null ? List.of() : List.of(choice.note()));
    }

    private static void add(CsvTokenizer record, ColumnLayout layout, int[] fields, List<String> names, String source,
            GrowableColumn[] columns, List<Integer> lines, List<Integer> skipped) {
        long line = record.line();
        int width = layout.width();
        if (record.size() != width) {
            throw new InputFileException(source, line, Math.min(record.size(), width) + 1, "ragged row: it has "
                    + record.size() + (record.size() == 1 ? " field" : " fields") + " but the "
                    + (layout.header() ? "header has " : "first row has ") + width);
        }
        double[] row = new double[fields.length];
        boolean finite = true;
        for (int c = 0; c < fields.length; c++) {
            try {
                row[c] = record.number(fields[c]);
            } catch (NumberFormatException e) {
                String cell = record.field(fields[c]);
                throw new InputFileException(source, line, fields[c] + 1, "not a number: '" + cell + "' in column '"
                        + names.get(c) + "'" + Cells.numberHint(cell, record.decimal()));
            }
            finite &= Double.isFinite(row[c]);
        }
        if (!finite) {
            skipped.add((int) line);
            return;
        }
        lines.add((int) line);
        for (int c = 0; c < fields.length; c++) {
            columns[c].add(row[c]);
        }
    }
}
