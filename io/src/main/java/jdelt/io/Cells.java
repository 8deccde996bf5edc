package jdelt.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parsing of single CSV cells: decimal numbers (with the missing-value tokens jdelt recognises)
 * and ISO-8601 date-times (ISO 8601:2004, as implemented by {@link DateTimeFormatter#ISO_DATE_TIME}).
 */
final class Cells {

    private Cells() {
    }

    /**
     * Parses a number cell. An empty cell and the tokens {@code NaN}, {@code NA}, {@code N/A} and
     * {@code null} (any case) are missing and give {@code NaN}; {@code inf}, {@code Infinity} and
     * their signed forms give an infinity. Unlike {@link Double#parseDouble}, suffixes such as
     * {@code 1f} or {@code 2d} and hexadecimal forms are rejected. Numbers are parsed by Werner
     * Randelshofer's FastDoubleParser (a port of Lemire's fast_float, "Number Parsing at a
     * Gigabyte per Second", 2021), correctly rounded like {@code Double.parseDouble} and several
     * times faster.
     *
     * @param cell the trimmed cell text
     * @return the value, {@code NaN} for a missing value
     * @throws NumberFormatException if the cell is not a decimal number nor a missing-value token
     */
    static double number(String cell) {
        return number(cell, '.');
    }

    /**
     * Parses a number cell as {@link #number(String)} does, with the given decimal separator: with
     * {@code ','} the cell {@code 1,5} is 1.5 (read exactly as {@code 1.5} is) and a dot is not
     * accepted, so that a thousands separator ({@code 1.234,5}) is an error rather than a guess.
     *
     * @param cell the trimmed cell text
     * @param decimal {@code '.'} or {@code ','}
     * @return the value, {@code NaN} for a missing value
     * @throws NumberFormatException if the cell is not a decimal number nor a missing-value token
     */
    static double number(String cell, char decimal) {
        char[] text = cell.toCharArray();
        return number(text, 0, text.length, decimal);
    }

    /**
     * Parses a number cell held in {@code text[from, to)}, as {@link #number(String)} parses it,
     * without making a string of a plain decimal number.
     *
     * @throws NumberFormatException if the cell is not a decimal number nor a missing-value token
     */
    static double number(char[] text, int from, int to) {
        return number(text, from, to, '.');
    }

    /**
     * Parses a number cell held in {@code text[from, to)}, as {@link #number(String, char)} parses
     * it. A decimal comma is read by putting a dot in its place for the parser and the comma back.
     *
     * @throws NumberFormatException if the cell is not a decimal number nor a missing-value token
     */
    static double number(char[] text, int from, int to, char decimal) {
        if (to > from) {
            char last = text[to - 1];
            if (last >= '0' && last <= '9' || last == decimal) {
                int comma = -1;
                for (int i = from; i < to; i++) {
                    char c = text[i];
                    if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                        if (c != ',' || decimal != ',' || comma >= 0) {
                            throw new NumberFormatException(new String(text, from, to - from));
                        }
                        comma = i;
                    }
                }
                if (comma < 0) {
                    if (decimal == ',' && hasDot(text, from, to)) {
                        throw new NumberFormatException(new String(text, from, to - from));
                    }
                    return JavaDoubleParser.parseDouble(text, from, to - from);
                }
                if (hasDot(text, from, to)) {
                    throw new NumberFormatException(new String(text, from, to - from));
                }
                text[comma] = '.';
                try {
                    return JavaDoubleParser.parseDouble(text, from, to - from);
                } finally {
                    text[comma] = ',';
                }
            }
        }
        String cell = new String(text, from, to - from);
        if (isMissing(cell)) {
            return Double.NaN;
        }
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "inf": case "+inf": case "infinity": case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new NumberFormatException(cell);
        }
    }

    /** Digits in groups of three, by dots then an optional decimal comma, or by commas then an optional decimal point. */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}((\\.\\d{3})+(,\\d*)?|(,\\d{3})+(\\.\\d*)?)");

    private static boolean hasDot(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '.') {
                return true;
            }
        }
        return false;
    }

    /** @return whether the cell is a number or a missing-value token */
    static boolean isNumber(String cell) {
        return isNumber(cell, '.');
    }

    /** @return whether the cell is a number, with the given decimal separator, or a missing-value token */
    static boolean isNumber(String cell, char decimal) {
        try {
            number(cell, decimal);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param cell a cell that is not a number with the separator {@code decimal}
     * @param decimal the decimal separator in use
     * @return a hint for the message about it, starting with a space, or an empty string: what to
     *     do about a decimal comma, a decimal point in a decimal-comma file, or a thousands separator
     */
    static String numberHint(String cell, char decimal) {
        long commas = cell.chars().filter(c -> c == ',').count();
        long dots = cell.chars().filter(c -> c == '.').count();
        if (commas + dots > 1 && THOUSANDS.matcher(cell).matches()) {
            return " (thousands separators are not read: write the number without them)";
        }
        if (decimal == '.' && commas > 0 && isNumber(cell.replace(',', '.'))) {
            return " (a decimal comma? give --decimal , to read '1,5' as 1.5)";
        }
        if (decimal == ',' && dots > 0 && isNumber(cell)) {
            return " (the file is read with decimal commas, so '.' is not a decimal point; give --decimal . if the"
                    + " file uses decimal points)";
        }
        return "";
    }

    /**
     * A parsed date-time: seconds and nanoseconds on the UTC time line if the text had a zone or
     * offset, or on the local time line (read as if it were UTC, so no daylight-saving jumps) if not.
     *
     * @param seconds whole seconds since 1970-01-01T00:00
     * @param nanos nanoseconds within the second
     * @param zoned whether the text carried a zone or offset
     */
    record DateTime(long seconds, int nanos, boolean zoned) {

        /** @return the seconds from {@code origin} to this date-time */
        double secondsSince(DateTime origin) {
            return (seconds - origin.seconds) + (nanos - origin.nanos) * 1e-9;
        }
    }

    /**
     * Parses an ISO-8601 date-time such as {@code 2026-03-14T08:15:02.137+01:00},
     * {@code 2026-03-14T07:15:02Z} or {@code 2026-03-14T08:15:02.5} (no zone); a space may stand
     * for the {@code T}; a date alone ({@code 1958-03-29}) is the start of that day ({@link DateTimes}).
     *
     * @param cell the trimmed cell text
     * @return the date-time
     * @throws DateTimeException if the text is not an ISO-8601 date-time
     */
    static DateTime dateTime(String cell) {
        DateTime fast = commonForm(cell);
        return fast != null ? fast : DateTimes.looksLikeDate(cell) ? DateTimes.date(cell) : viaFormatter(cell);
    }

    /** Parses with {@link DateTimeFormatter#ISO_DATE_TIME}, after replacing a space separator by {@code T}. */
    static DateTime viaFormatter(String cell) {
        String text = cell.length() > 10 && cell.charAt(10) == ' '
                ? cell.substring(0, 10) + 'T' + cell.substring(11) : cell;
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(text);
        if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
            Instant i = Instant.from(t);
            return new DateTime(i.getEpochSecond(), i.getNano(), true);
        }
        LocalDateTime local = LocalDateTime.from(t);
        return new DateTime(local.toEpochSecond(ZoneOffset.UTC), local.getNano(), false);
    }

    /**
     * The fast path for the form loggers write, {@code yyyy-MM-ddTHH:mm:ss[.f...][Z|+hh:mm|-hh:mm]}
     * (or a space for the {@code T}); it gives exactly what {@link #viaFormatter} gives, several
     * times faster.
     *
     * @return the date-time, or {@code null} if the text is not in that form (the formatter decides)
     * @throws DateTimeException for an impossible date such as February 30
     */
    private static DateTime commonForm(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' && s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start || i - start > 9) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = 0;
        boolean zoned = i < n;
        if (i < n && !(s.charAt(i) == 'Z' && i + 1 == n)) {
            char sign = s.charAt(i);
            int hh = n - i == 6 && s.charAt(i + 3) == ':' ? digits(s, i + 1, 2) : -1;
            int mm = hh >= 0 ? digits(s, i + 4, 2) : -1;
            if (sign != '+' && sign != '-' || hh < 0 || hh > 18 || mm < 0 || mm > 59 || hh == 18 && mm > 0) {
                return null;
            }
            offset = (sign == '+' ? 1 : -1) * (hh * 3600 + mm * 60);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return new DateTime(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos, zoned);
    }

    /** @return the value of {@code count} decimal digits at {@code from}, or -1 if one is not a digit */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** @return whether the cell is empty or a missing-value token ({@code NaN}, {@code NA}, {@code N/A}, {@code null}) */
    static boolean isMissing(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        if (cell.length() > 4 || cell.charAt(0) != 'n' && cell.charAt(0) != 'N') {
            return false;
        }
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "nan": case "na": case "n/a": case "null":
                return true;
            default:
                return false;
        }
    }

    /** @return whether the cell is a date-time whose seconds read 60, a leap second (ISO 8601 allows them) */
    static boolean isLeapSecond(String cell) {
        return cell.length() >= 19 && cell.charAt(4) == '-' && cell.charAt(16) == ':' && cell.startsWith("60", 17);
    }

    /** @return whether the cell parses as an ISO-8601 date-time */
    static boolean isDateTime(String cell) {
        if (cell.length() < 10 || cell.charAt(4) != '-') {
            return false;
        }
        try {
            dateTime(cell);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
