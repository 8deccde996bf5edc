package jdelt.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Detection of a CSV file's delimiter and decimal separator from its first data lines, as a
 * spreadsheet saves them: {@code ,} with decimal points, or {@code ;} (or tab) with decimal commas
 * where the comma is the decimal sign (ISO 80000-1 allows both signs).
 */
final class Delimiters {

    /** The candidates, in the order that breaks ties. */
    private static final char[] CANDIDATES = {',', '\t', ';'};

    /** How far ahead detection may read before giving up and choosing a comma. */
    private static final int LOOKAHEAD = 1 << 20;

    /** How many data lines the decimal separator is judged on. */
    private static final int LINES = 50;

    /** A number with one decimal comma and no dot, such as {@code -1,5} or {@code 2,5e-3}. */
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?(\\d+,\\d*|,\\d+)([eE][+-]?\\d+)?");

    /**
     * What was chosen.
     *
     * @param delimiter the field delimiter
     * @param decimal the decimal separator, {@code '.'} or {@code ','}
     * @param note a line for the user when a decimal comma was detected, else {@code null}
     */
    record Choice(char delimiter, char decimal, String note) {
    }

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
        return choose(in, null, '.', "").delimiter();
    }

    /**
     * Chooses the delimiter and the decimal separator of the text, each unless given. The
     * delimiter is the candidate most frequent on the first data line ({@link #detect}), except
     * that a {@code ;} or tab on it wins over more commas when it splits each of the first
     * {@value #LINES} data lines into as many fields and every comma is then inside a number with a
     * decimal comma ({@code 0,0;1,5}). The decimal separator is a comma only with a {@code ;} or
     * tab delimiter, when those lines hold a number with one comma and no dot and no number with a
     * dot; otherwise a point. In a {@code ,}-delimited file a comma is never a decimal sign.
     *
     * @param in the reader, positioned at the start of the text; must support mark; reset
     * @param delimiter the given delimiter, or {@code null} to detect it
     * @param decimal the given decimal separator, or {@code null} to detect it
     * @param source the file's name, for the note
     * @return the choice
     * @throws IOException if reading fails
     * @throws InputFileException if a decimal comma is given and the delimiter is a comma
     */
    static Choice choose(BufferedReader in, Character delimiter, Character decimal, String source) throws IOException {
        if (delimiter != null && decimal != null) {
            return checked(delimiter, decimal, source, null);
        }
        List<Line> lines = dataLines(in);
        char d = delimiter != null ? delimiter : lines.isEmpty() ? ',' : delimiterOf(lines);
        if (decimal != null) {
            return checked(d, decimal, source, null);
        }
        if (d != ';' && d != '\t') {
            return new Choice(d, '.', null);
        }
        String example = null;
        long exampleLine = 0;
        for (Line line : lines) {
            for (String field : split(line.text(), d)) {
                if (field.indexOf('.') >= 0 && Cells.isNumber(field)) {
                    return new Choice(d, '.', null);
                }
                if (example == null && COMMA_NUMBER.matcher(field).matches()) {
                    example = field;
                    exampleLine = line.number();
                }
            }
        }
        if (example == null) {
            return new Choice(d, '.', null);
        }
        return new Choice(d, ',', "read ',' as the decimal separator (the file is " + ReadOptions.printable(d)
                + "-delimited and its numbers have decimal commas, such as '" + example + "' on line "
                + exampleLine + "); give --decimal . if the commas are thousands separators");
    }

    private static Choice checked(char delimiter, char decimal, String source, String note) {
        if (delimiter == ',' && decimal == ',') {
            throw new InputFileException(source, 1, 1, ReadOptions.COMMA_IN_COMMA_FILE);
        }
        return new Choice(delimiter, decimal, note);
    }

    /** A data line and its number in the file. */
    private record Line(String text, long number) {
    }

    /** The first {@value #LINES} data lines within {@value #LOOKAHEAD} characters (the last one possibly cut), the reader reset. */
    private static List<Line> dataLines(BufferedReader in) throws IOException {
        in.mark(LOOKAHEAD + 1);
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        long number = 1;
        int read = 0;
        int previous = -1;
        for (int c = in.read(); c >= 0 && lines.size() < LINES; c = read < LOOKAHEAD ? in.read() : -1) {
            read++;
            if (c == '\n' || c == '\r') {
                if (isData(line)) {
                    lines.add(new Line(line.toString(), number));
                }
                line.setLength(0);
                number += c == '\n' && previous == '\r' ? 0 : 1;
            } else {
                line.append((char) c);
            }
            previous = c;
        }
        in.reset();
        if (lines.size() < LINES && isData(line)) {
            lines.add(new Line(line.toString(), number));
        }
        return lines;
    }

    private static char delimiterOf(List<Line> lines) {
        int[] counts = counts(lines.get(0).text());
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        if (CANDIDATES[best] == ',') {
            for (int k = 1; k < CANDIDATES.length; k++) {
                if (counts[k] > 0 && commasAreDecimal(lines, k, counts[k])) {
                    return CANDIDATES[k];
                }
            }
        }
        return CANDIDATES[best];
    }

    /** Whether candidate {@code k} occurs {@code count} times on every line and every comma is in a decimal-comma number. */
    private static boolean commasAreDecimal(List<Line> lines, int k, int count) {
        for (Line line : lines) {
            if (counts(line.text())[k] != count) {
                return false;
            }
            for (String field : split(line.text(), CANDIDATES[k])) {
                if (field.indexOf(',') >= 0 && !COMMA_NUMBER.matcher(field).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return how often each candidate occurs outside quotes */
    private static int[] counts(String line) {
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
        return counts;
    }

    /** @return the fields of a line split at the delimiter outside quotes, trimmed and unquoted */
    private static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : delimiter;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted || i == line.length()) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        return fields;
    }
}
