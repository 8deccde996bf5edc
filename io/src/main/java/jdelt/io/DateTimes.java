package jdelt.io;

import java.time.LocalDate;
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

    /** @return whether the text has the shape of a date without a time ({@code yyyy-MM-dd}, maybe an offset) */
    static boolean looksLikeDate(String cell) {
        return cell.length() >= 10 && cell.charAt(4) == '-' && cell.charAt(7) == '-'
                && (cell.length() == 10 || cell.charAt(10) == 'Z' || cell.charAt(10) == '+' || cell.charAt(10) == '-');
    }
}
