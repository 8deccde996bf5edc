package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DateTimeException;

import org.junit.jupiter.api.Test;

class DateTimesTest {

    @Test
    void aDateAloneIsTheStartOfItsDay() {
        assertEquals(Cells.dateTime("1958-03-29T00:00:00"), Cells.dateTime("1958-03-29"));
        assertEquals(Cells.dateTime("1958-03-29T00:00:00Z"), Cells.dateTime("1958-03-29Z"));
        assertEquals(Cells.dateTime("1958-03-29T00:00:00+05:30"), Cells.dateTime("1958-03-29+05:30"));
        assertFalse(Cells.dateTime("1958-03-29").zoned());
        assertTrue(Cells.dateTime("1958-03-29Z").zoned());
        assertEquals(Cells.dateTime("2026-03-01T12:00:00"), Cells.dateTime("2026-03-01 12:00:00"));
        assertEquals(Cells.dateTime("2026-03-01T12:00:00+01:00"), Cells.dateTime("2026-03-01 12:00:00+01:00"));
        assertTrue(Cells.isDateTime("1958-03-29"));
        assertFalse(Cells.isDateTime("1958-3-29"));
        assertThrows(DateTimeException.class, () -> Cells.dateTime("1958-02-30"));
    }

    @Test
    void aWeeklyRecordOfDatesIsReadInSeconds() throws Exception {
        String csv = "date,co2\n1958-03-29,316.1\n1958-04-05,317.3\n1958-04-12,\n1958-04-19,317.5\n";
        SampleTable t = CsvSampleReader.read(new StringReader(csv), "co2.csv", ReadOptions.defaults());
        assertArrayEquals(new double[] {0, 7 * 86400, 21 * 86400}, t.x());
        assertEquals("1958-03-29", t.xOrigin());
        assertEquals(1, t.report().skippedLines().length);
        InputFileException bad = assertThrows(InputFileException.class, () -> CsvSampleReader.read(
                new StringReader("date,co2\n1958-03-29,316.1\n1958-02-30,317\n"), "co2.csv", ReadOptions.defaults()));
        assertTrue(bad.getMessage().startsWith("co2.csv:3:1: not an ISO-8601 date-time: '1958-02-30'"), bad.getMessage());
    }
}
