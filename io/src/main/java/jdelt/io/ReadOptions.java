package jdelt.io;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * How {@link CsvSampleReader} reads a file: which columns, the delimiter, whether there is a
 * header row, and the reported policies for missing values and duplicate x.
 *
 * @param x the x column, by header name or 1-based index; {@code null} for the first column
 * @param y the y columns, by header name or 1-based index; empty for the second column
 * @param delimiter the field delimiter, or {@code null} to detect it from the first data line
 *     ({@code ,} {@code ;} or tab)
 * @param header whether the first record is a header row
 * @param missing what to do with rows whose x or a y is empty or non-finite
 * @param duplicates what to do with rows whose x equals another row's
 * @param timeZone the zone of local date-times without an offset, or {@code null} (see {@link #withTimeZone})
 * @param decimal the decimal separator of numbers, {@code '.'} or {@code ','}, or {@code null} to
 *     detect it (a comma only in a {@code ;} or tab delimited file; see {@link #withDecimal})
 */
public record ReadOptions(String x, List<String> y, Character delimiter, Header header,
        MissingPolicy missing, DuplicatePolicy duplicates, ZoneId timeZone, Character decimal) {

    /** Whether the first record of the file names the columns. */
    public enum Header {
        /** A header row if the first record's selected cells are not all numbers or date-times. */
        AUTO,
        /** The first record is a header row. */
        YES,
        /** There is no header row; columns are selected by index. */
        NO
    }

    /** What to do with a row whose x or a y is empty, {@code NaN}, {@code NA} or infinite. */
    public enum MissingPolicy {
        /** Skip the row and report it. */
        SKIP,
        /** Stop with an error naming the line and column. */
        ERROR
    }

    /** What to do with rows of equal x. */
    public enum DuplicatePolicy {
        /** Merge them into one row whose y is their mean, and report it. */
        MEAN,
        /** Stop with an error naming both lines. */
        ERROR
    }

    /** Why a decimal comma and a comma delimiter do not go together. */
    static final String COMMA_IN_COMMA_FILE = "a decimal comma needs a delimiter other than ',' (in a ','-delimited"
            + " file '1,5' is two fields); save the file with ';' or tab between fields, or give --delimiter";

    /** Checks and copies the arguments. */
    public ReadOptions {
        y = List.copyOf(y);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(duplicates, "duplicates");
        if (delimiter != null && (delimiter == '"' || delimiter == '#' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("the delimiter cannot be " + printable(delimiter));
        }
        if (decimal != null && decimal != '.' && decimal != ',') {
            throw new IllegalArgumentException("the decimal separator must be '.' or ',', not " + printable(decimal));
        }
        if (decimal != null && delimiter != null && decimal == ',' && delimiter == ',') {
            throw new IllegalArgumentException(COMMA_IN_COMMA_FILE);
        }
    }

    /** @return the defaults: first column as x, second as y, delimiter and header detected, skip missing, merge duplicates by mean */
    public static ReadOptions defaults() {
        return new ReadOptions(null, List.of(), null, Header.AUTO, MissingPolicy.SKIP, DuplicatePolicy.MEAN, null, null);
    }

    /** @return these options with the given x column */
    public ReadOptions withX(String column) {
        return new ReadOptions(column, y, delimiter, header, missing, duplicates, timeZone, decimal);
    }

    /** @return these options with the given y columns */
    public ReadOptions withY(List<String> columns) {
        return new ReadOptions(x, columns, delimiter, header, missing, duplicates, timeZone, decimal);
    }

    /** @return these options with the given delimiter ({@code null} to detect it) */
    public ReadOptions withDelimiter(Character d) {
        return new ReadOptions(x, y, d, header, missing, duplicates, timeZone, decimal);
    }

    /** @return these options with the given header mode */
    public ReadOptions withHeader(Header h) {
        return new ReadOptions(x, y, delimiter, h, missing, duplicates, timeZone, decimal);
    }

    /** @return these options with the given missing-value policy */
    public ReadOptions withMissing(MissingPolicy m) {
        return new ReadOptions(x, y, delimiter, header, m, duplicates, timeZone, decimal);
    }

    /** @return these options with the given duplicate-x policy */
    public ReadOptions withDuplicates(DuplicatePolicy d) {
        return new ReadOptions(x, y, delimiter, header, missing, d, timeZone, decimal);
    }

    /**
     * @param zone the time zone in which date-times without a UTC offset are local times (so that
     *     the hour repeated when clocks go back is read in order), or {@code null} to read them as
     *     one local time line and reject a clock change
     * @return these options with that zone
     */
    public ReadOptions withTimeZone(ZoneId zone) {
        return new ReadOptions(x, y, delimiter, header, missing, duplicates, zone, decimal);
    }

    /**
     * @param separator the decimal separator: {@code '.'}, {@code ','} (decimal commas, as
     *     spreadsheets in most of Europe write them; thousands separators are never read), or
     *     {@code null} to detect it: a comma when the delimiter is {@code ;} or tab and the first
     *     lines hold numbers with one comma and no dot, and none with a dot
     * @return these options with that separator
     */
    public ReadOptions withDecimal(Character separator) {
        return new ReadOptions(x, y, delimiter, header, missing, duplicates, timeZone, separator);
    }

    /** @return the decimal separator, a point when it is still to be detected */
    char decimalOrPoint() {
        return decimal == null ? '.' : decimal;
    }

    static String printable(char c) {
        return c == '\t' ? "tab" : c == '\n' ? "a line feed" : c == '\r' ? "a carriage return" : "'" + c + "'";
    }
}
