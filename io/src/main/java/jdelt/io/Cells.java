package jdelt.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

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
     * {@code 1f} or {@code 2d} and hexadecimal forms are rejected.
     *
     * @param cell the trimmed cell text
     * @return the value, {@code NaN} for a missing value
     * @throws NumberFormatException if the cell is not a decimal number nor a missing-value token
     */
    static double number(String cell) {
        int n = cell.length();
        if (n == 0) {
            return Double.NaN;
        }
        char last = cell.charAt(n - 1);
        if (last >= '0' && last <= '9' || last == '.') {
            for (int i = 0; i < n; i++) {
                char c = cell.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                    throw new NumberFormatException(cell);
                }
            }
            return Double.parseDouble(cell);
        }
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "nan": case "na": case "n/a": case "null":
                return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new NumberFormatException(cell);
        }
    }

    /** @return whether the cell is a number or a missing-value token */
    static boolean isNumber(String cell) {
        try {
            number(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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
     * for the {@code T}.
     *
     * @param cell the trimmed cell text
     * @return the date-time
     * @throws DateTimeException if the text is not an ISO-8601 date-time
     */
    static DateTime dateTime(String cell) {
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

    /** @return whether the cell parses as an ISO-8601 date-time */
    static boolean isDateTime(String cell) {
        if (cell.length() < 16 || cell.charAt(4) != '-') {
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
