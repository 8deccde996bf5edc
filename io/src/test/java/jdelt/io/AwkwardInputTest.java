package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, items 10, 11, 14-17: awkward files are read, or rejected with a message that helps. */
class AwkwardInputTest {

    private static SampleTable read(String text, ReadOptions options) throws IOException {
        return CsvSampleReader.read(new StringReader(text), "log.csv", options);
    }

    private static String error(String text, ReadOptions options) {
        return assertThrows(InputFileException.class, () -> read(text, options)).getMessage();
    }

    @Test
    void pandasColumnNumbersAsAHeaderAreNotAveragedIntoTheData() throws IOException {
        String csv = "0,1\n0.5,2\n1.5,3\n2.5,5\n";
        String m = read(csv, ReadOptions.defaults()).report().summary();
        assertTrue(m.endsWith("read line 1 '0,1' as data; if it is the column numbers pandas writes as a header,"
                + " use --header yes"), m);
        SampleTable header = read(csv, ReadOptions.defaults().withHeader(ReadOptions.Header.YES));
        assertArrayEquals(new double[] {0.5, 1.5, 2.5}, header.x());
        assertTrue(header.report().notes().isEmpty());
        assertEquals(4, read(csv, ReadOptions.defaults().withHeader(ReadOptions.Header.NO)).size());
        assertTrue(read(",0,1\n0,0.5,2\n1,1.5,3\n", ReadOptions.defaults()).report().summary().contains("pandas"));
    }

    @Test
    void localTimesAcrossTheAutumnClockChangeAreRejected() {
        StringBuilder csv = new StringBuilder("time,y\n");
        String[] times = {"01:45", "01:50", "01:55", "02:00", "02:05", "02:10", "02:15", "02:20", "02:25",
            "02:30", "02:35", "02:40", "02:45", "02:50", "02:55", "02:00", "02:05", "02:10", "02:15", "02:20"};
        for (int i = 0; i < times.length; i++) {
            csv.append("2026-10-25T").append(times[i]).append(":00,").append(i).append('\n');
        }
        String m = error(csv.toString(), ReadOptions.defaults());
        assertTrue(m.startsWith("log.csv:17:1: local time '2026-10-25T02:00:00' is 55 min earlier than the row before")
                && m.contains("UTC offset") && m.contains("--timezone"), m);
    }

    /** With the zone given, the repeated hour is read in order: every row five minutes after the one before. */
    @Test
    void localTimesInAGivenZoneCrossTheAutumnClockChangeInOrder() throws IOException {
        StringBuilder csv = new StringBuilder("time,y\n");
        String[] times = {"01:50", "01:55", "02:00", "02:30", "02:55", "02:00", "02:05", "02:55", "03:00", "03:05"};
        for (int i = 0; i < times.length; i++) {
            csv.append("2026-10-25T").append(times[i]).append(":00,").append(i).append('\n');
        }
        SampleTable t = read(csv.toString(), ReadOptions.defaults().withTimeZone(java.time.ZoneId.of("Europe/Berlin")));
        double[] minutes = java.util.Arrays.stream(t.x()).map(s -> s / 60).toArray();
        assertArrayEquals(new double[] {0, 5, 10, 40, 65, 70, 75, 125, 130, 135}, minutes, 1e-9);
        assertEquals(0, t.report().movedLines().length);
        String m = error("time,y\n2026-03-29T01:55:00,1\n2026-03-29T02:30:00,2\n",
                ReadOptions.defaults().withTimeZone(java.time.ZoneId.of("Europe/Berlin")));
        assertTrue(m.startsWith("log.csv:3:1: local time '2026-03-29T02:30:00' does not exist in Europe/Berlin"), m);
    }

    @Test
    void rowsSlightlyOutOfOrderAreStillSorted() throws IOException {
        SampleTable t = read("time,y\n2026-10-25T01:00:00,1\n2026-10-25T01:00:02,2\n2026-10-25T01:00:01,3\n"
                + "2026-10-25T01:00:03,4\n", ReadOptions.defaults());
        assertEquals(2, t.report().movedLines().length);
    }

    @Test
    void aFirstLineOrCommentsOverAMebibyteAreRead() throws IOException {
        String longComment = "# " + "x".repeat(1 << 21) + "\n";
        SampleTable t = read(longComment + longComment + "t,y\n0,1\n1,2\n2,4\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {1, 2, 4}, t.y()[0]);
        SampleTable semicolons = read(longComment + "t;y\n0;1\n1;2\n2;4\n", ReadOptions.defaults().withDelimiter(';'));
        assertArrayEquals(new double[] {1, 2, 4}, semicolons.y()[0]);
        String wide = "t,y," + "c,".repeat(600_000) + "c\n";
        String row = "0,1," + "0,".repeat(600_000) + "0\n";
        SampleTable w = read(wide + row + row.replaceFirst("0,1", "1,3"), ReadOptions.defaults());
        assertEquals(2, w.size());
    }

    @Test
    void whitespaceOnlyLinesAndIndentedCommentsAreIgnored() throws IOException {
        SampleTable t = read("   \nt,y\n0,1\n \t \n  # a comment, with a comma\n1,2\n2,4\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {1, 2, 4}, t.y()[0]);
    }

    @Test
    void messagesNameTheColumnPathOrEncodingAndAdvise() {
        String huge = error("t,y\n0,1\n1,2\n", ReadOptions.defaults().withY(List.of("99999999999999999999")));
        assertTrue(huge.contains("there is no column 99999999999999999999"), huge);
        String leap = error("t,y\n2016-12-31T23:59:59Z,1\n2016-12-31T23:59:60Z,2\n2017-01-01T00:00:00Z,3\n",
                ReadOptions.defaults());
        assertTrue(leap.startsWith("log.csv:3:1: leap second '2016-12-31T23:59:60Z' in x column 't'") && leap.contains("23:59:59.999"), leap);
        String utf16 = error("t\0,\0y\0\n\0" + "0\0,\0" + "1\0\n\0", ReadOptions.defaults());
        assertTrue(utf16.contains("UTF-16") && utf16.contains("save it as UTF-8"), utf16);
    }

    @Test
    void aColumnSelectedTwiceIsRejected() {
        String m = error("t,y\n0,1\n1,2\n", ReadOptions.defaults().withY(List.of("y", "y")));
        assertTrue(m.contains("column 'y' is selected twice"), m);
    }
}
