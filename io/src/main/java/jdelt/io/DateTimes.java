package jdelt.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 calendar dates without a time of day ({@code 1958-03-29}, or with an offset,
 * {@code 1958-03-29+01:00} or {@code 1958-03-29Z}), read as the start of that day, as
 * {@link DateTimeFormatter#ISO_DATE} defines them. Daily, weekly and monthly records (climate
 * series, accounts) come this way. Also gives the time line position of a table's origin, for
 * calendar axes.
 */
public final class DateTimes {

    private DateTimes() {
    }

    /**
     * @param cell the trimmed cell text
     * @return midnight at the start of the date, zoned if the text has an offset
     * @throws DateTimeParseException if the text is not an ISO-8601 date
     */
    static Cells.DateTime date(String cell) {
        TemporalAccessor t = DateTimeFormatter.ISO_DATE.parse(cell);
        LocalDate day = LocalDate.from(t);
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            OffsetDateTime start = day.atStartOfDay().atOffset(ZoneOffset.from(t));
            return new Cells.DateTime(start.toEpochSecond(), 0, true);
        }
        return new Cells.DateTime(day.toEpochDay() * 86_400, 0, false);
    }

    /**
     * @param text a date-time or date as {@link CsvSampleReader} accepts it (a {@link SampleTable#xOrigin()})
     * @return its seconds since 1970-01-01T00:00 UTC; a date-time without a zone is read as if it were UTC
     * @throws java.time.DateTimeException if the text is not one
     */
    public static double epochSeconds(String text) {
        Cells.DateTime t = Cells.dateTime(text);
        return t.seconds() + t.nanos() * 1e-9;
    }

    /**
     * @param origin the date-time of x = 0 (a {@link SampleTable#xOrigin()})
     * @param text another date-time or date
     * @return the seconds from {@code origin} to {@code text}, as {@link CsvSampleReader} computes x
     * @throws java.time.DateTimeException if the text is not a date-time, or has a zone where the
     *     origin has none or the reverse
     */
    public static double secondsSince(String origin, String text) {
        Cells.DateTime o = Cells.dateTime(origin);
        Cells.DateTime t = Cells.dateTime(text);
        if (o.zoned() != t.zoned()) {
            throw new java.time.DateTimeException(t.zoned() ? "it has a zone offset but the data's date-times have none"
                    : "it has no zone offset but the data's date-times have one");
        }
        return t.secondsSince(o);
    }

    /**
     * @param origin the date-time of x = 0 (a {@link SampleTable#xOrigin()})
     * @param seconds an x, in seconds since the origin
     * @return that instant as ISO-8601 text, to the millisecond: in UTC ({@code ...Z}) if the origin has
     *     a zone, on the origin's local time line if not
     */
    public static String plusSeconds(String origin, double seconds) {
        Cells.DateTime o = Cells.dateTime(origin);
        long millis = Math.round((o.seconds() + seconds) * 1000 + o.nanos() / 1e6);
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000,
                ZoneOffset.UTC);
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t) + (o.zoned() ? "Z" : "");
    }

    /** @return whether the text has the shape of a date without a time ({@code yyyy-MM-dd}, maybe an offset) */
    static boolean looksLikeDate(String cell) {
        return cell.length() >= 10 && cell.charAt(4) == '-' && cell.charAt(7) == '-'
                && (cell.length() == 10 || cell.charAt(10) == 'Z' || cell.charAt(10) == '+' || cell.charAt(10) == '-');
    }
}
