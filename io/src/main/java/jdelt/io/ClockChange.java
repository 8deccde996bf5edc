package jdelt.io;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Detects the autumn daylight-saving change in local time stamps (ISO-8601 without a UTC offset):
 * clocks go back by an hour, so the next samples repeat an hour of local times, and reading them
 * on one time line would reorder and merge rows that were an hour apart. A step back by 10 to 60
 * minutes (an hour less one sampling interval) that lands between 00:00 and 04:00, when zones
 * change their clocks, is taken as such a change and rejected with the remedy; with a time zone
 * given ({@link ReadOptions#withTimeZone}), local times are placed in it instead ({@link #inZone}).
 */
final class ClockChange {

    private static final long MIN_STEP = 10 * 60;
    private static final long MAX_STEP = 60 * 60;
    private static final long LATEST_HOUR = 4;

    private ClockChange() {
    }

    /**
     * @param previous the previous row's local date-time, or {@code null}
     * @param t this row's local date-time
     * @param cell this row's text
     * @param file the file's name
     * @param line this row's line
     * @param column the x column (1-based)
     * @throws InputFileException if the step from {@code previous} to {@code t} looks like a clock change
     */
    static void check(Cells.DateTime previous, Cells.DateTime t, String cell, String file, long line, int column) {
        if (previous == null) {
            return;
        }
        double back = previous.secondsSince(t);
        long hour = Math.floorMod(t.seconds(), 86_400) / 3600;
        if (back >= MIN_STEP && back <= MAX_STEP && hour < LATEST_HOUR) {
            throw new InputFileException(file, line, column, "local time '" + cell + "' is " + Math.round(back / 60)
                    + " min earlier than the row before: this looks like a daylight-saving clock change (local times"
                    + " without a UTC offset repeat an hour in autumn), which would reorder and merge rows an hour apart;"
                    + " give the zone the times were recorded in (--timezone Europe/Berlin), or write them with their UTC"
                    + " offset (e.g. 2026-10-25T02:30:00+01:00) or in UTC (ending in Z); if the file holds several series"
                    + " one after the other, name their id column with --by (jdelt differentiate)");
        }
    }

    /**
     * Places a local date-time in a time zone. In the hour repeated when clocks go back, the
     * earlier (summer) offset is kept as long as time does not run backwards from the previous
     * row; the first repeated local time takes the later offset. A local time that the zone skips
     * when clocks go forward does not exist and is rejected.
     *
     * @param local this row's local date-time
     * @param zone the zone the times were recorded in
     * @param previous the previous row's date-time in that zone, or {@code null}
     * @param cell this row's text
     * @param file the file's name
     * @param line this row's line
     * @param column the x column (1-based)
     * @return the date-time on the UTC time line
     * @throws InputFileException if the local time does not exist in the zone
     */
    static Cells.DateTime inZone(Cells.DateTime local, ZoneId zone, Cells.DateTime previous, String cell, String file,
                                 long line, int column) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(local.seconds(), local.nanos(), ZoneOffset.UTC);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(t);
        if (offsets.isEmpty()) {
            throw new InputFileException(file, line, column, "local time '" + cell + "' does not exist in " + zone
                    + ": the clocks skip it (daylight saving starts); check the zone or the time stamp");
        }
        long earlier = t.toEpochSecond(offsets.get(0));
        Cells.DateTime first = new Cells.DateTime(earlier, local.nanos(), true);
        if (offsets.size() == 1 || previous == null || first.secondsSince(previous) >= 0) {
            return first;
        }
        return new Cells.DateTime(t.toEpochSecond(offsets.get(offsets.size() - 1)), local.nanos(), true);
    }
}
