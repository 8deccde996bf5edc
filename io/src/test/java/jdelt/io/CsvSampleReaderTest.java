package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSampleReaderTest {

    private static SampleTable read(String text, ReadOptions options) throws IOException {
        return CsvSampleReader.read(new StringReader(text), "log.csv", options);
    }

    private static SampleTable read(String text) throws IOException {
        return read(text, ReadOptions.defaults());
    }

    private static InputFileException error(String text, ReadOptions options) {
        return assertThrows(InputFileException.class, () -> read(text, options));
    }

    private static InputFileException error(String text) {
        return error(text, ReadOptions.defaults());
    }

    @Test
    void defaultsTakeFirstColumnAsXAndSecondAsYWithHeaderNames() throws IOException {
        SampleTable t = read("t,pos,speed\n0,1.5,9\n1,2.5,9\n2,4,9\n");
        assertEquals("t", t.xName());
        assertEquals(List.of("pos"), t.yNames());
        assertArrayEquals(new double[] {0, 1, 2}, t.x());
        assertArrayEquals(new double[] {1.5, 2.5, 4}, t.y()[0]);
        assertArrayEquals(new int[] {2, 3, 4}, t.lines());
        assertFalse(t.dateTimeX());
        assertEquals("read 3 rows, used 3", t.report().summary());
    }

    @Test
    void columnsByNameAndByOneBasedIndex() throws IOException {
        String csv = "a,b,c\n0,10,20\n1,11,21\n";
        SampleTable byName = read(csv, ReadOptions.defaults().withX("b").withY(List.of("c", "a")));
        assertArrayEquals(new double[] {10, 11}, byName.x());
        assertArrayEquals(new double[] {20, 21}, byName.y()[0]);
        assertArrayEquals(new double[] {0, 1}, byName.y()[1]);
        assertEquals(List.of("c", "a"), byName.yNames());
        SampleTable byIndex = read(csv, ReadOptions.defaults().withX("2").withY(List.of("3")));
        assertEquals("b", byIndex.xName());
        assertArrayEquals(new double[] {20, 21}, byIndex.y()[0]);
    }

    @Test
    void fileWithoutHeaderIsDetectedAndNamedXAndY() throws IOException {
        SampleTable t = read("0,5\n1,6\n2,8\n");
        assertEquals("x", t.xName());
        assertEquals(List.of("y"), t.yNames());
        assertArrayEquals(new double[] {0, 1, 2}, t.x());
        assertArrayEquals(new int[] {1, 2, 3}, t.lines());
        SampleTable two = read("0,5,7\n1,6,8\n", ReadOptions.defaults().withY(List.of("2", "3")));
        assertEquals(List.of("y2", "y3"), two.yNames());
    }

    @Test
    void headerModeCanBeForced() throws IOException {
        SampleTable numericHeader = read("1,2\n0,5\n1,6\n", ReadOptions.defaults().withHeader(ReadOptions.Header.YES));
        assertEquals("1", numericHeader.xName());
        assertEquals(2, numericHeader.size());
        InputFileException e = error("time,pos\n0,5\n1,6\n", ReadOptions.defaults().withHeader(ReadOptions.Header.NO));
        assertEquals("log.csv:1:1: not a number nor an ISO-8601 date-time: 'time' in x column 'x'", e.getMessage());
    }

    @Test
    void delimiterIsDetectedOrGiven() throws IOException {
        assertArrayEquals(new double[] {5, 6}, read("x;y\n0;5\n1;6\n").y()[0]);
        assertArrayEquals(new double[] {5, 6}, read("x\ty\n0\t5\n1\t6\n").y()[0]);
        assertArrayEquals(new double[] {5, 6}, read("# a, b, c, d\nx,y\n0,5\n1,6\n").y()[0]);
        SampleTable given = read("x|y\n0|5\n1|6\n", ReadOptions.defaults().withDelimiter('|'));
        assertArrayEquals(new double[] {5, 6}, given.y()[0]);
    }

    @Test
    void quotedFieldsBomCrlfCommentsBlankLinesAndSpaces() throws IOException {
        String csv = "\uFEFF# sensor log\r\n\"time, s\",\"speed \"\"raw\"\"\"\r\n\r\n"
                + "# calibrated\r\n 0 , \"1.5\"\r\n1,2.5\r\n\r\n2,3.5\r\n";
        SampleTable t = read(csv);
        assertEquals("time, s", t.xName());
        assertEquals(List.of("speed \"raw\""), t.yNames());
        assertArrayEquals(new double[] {1.5, 2.5, 3.5}, t.y()[0]);
        assertArrayEquals(new int[] {5, 6, 8}, t.lines());
    }

    @Test
    void lineNumbersStayRightAfterAQuotedFieldSpanningLines() throws IOException {
        String csv = "x,y,note\n0,1,\"two\nlines\"\n1,oops,x\n";
        InputFileException e = error(csv);
        assertEquals("log.csv:4:2: not a number: 'oops' in column 'y'", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void dateTimeXBecomesSecondsSinceTheEarliestSampleAndKeepsItsText() throws IOException {
        String csv = "time,pos\n"
                + "2026-03-14T08:15:00.250+01:00,1\n"
                + "2026-03-14T07:15:01.750Z,2\n"
                + "2026-03-14T08:15:04+01:00,3\n"
                + "2026-03-14T08:14:59.000+01:00,0\n";
        SampleTable t = read(csv);
        assertTrue(t.dateTimeX());
        assertArrayEquals(new double[] {0, 1.25, 2.75, 5}, t.x(), 1e-12);
        assertArrayEquals(new String[] {"2026-03-14T08:14:59.000+01:00", "2026-03-14T08:15:00.250+01:00",
            "2026-03-14T07:15:01.750Z", "2026-03-14T08:15:04+01:00"}, t.xText());
        assertEquals("2026-03-14T08:14:59.000+01:00", t.xOrigin());
        assertArrayEquals(new int[] {5, 2, 3, 4}, t.lines());
    }

    @Test
    void dateTimesWithoutZoneAndWithSpaceSeparator() throws IOException {
        SampleTable t = read("time,v\n2026-03-14 23:59:59.5,1\n2026-03-15T00:00:00.75,2\n");
        assertArrayEquals(new double[] {0, 1.25}, t.x(), 1e-12);
        assertEquals("2026-03-14 23:59:59.5", t.xOrigin());
    }

    @Test
    void mixingZonedAndLocalDateTimesIsAnError() {
        InputFileException e = error("time,v\n2026-03-14T08:00:00Z,1\n2026-03-14T08:00:01,2\n");
        assertEquals("log.csv:3:1: date-time '2026-03-14T08:00:01' has no zone offset but earlier ones have one;"
                + " mixing them is ambiguous", e.getMessage());
    }

    @Test
    void badDateTimeAndNumberInDateTimeColumnAreErrors() {
        assertEquals("log.csv:3:1: not an ISO-8601 date-time: '2026-03-14T25:00:00Z' in x column 'time'"
                + " (expected e.g. 2026-03-14T08:15:02.137+01:00 or 2026-03-14 08:15:02)",
                error("time,v\n2026-03-14T08:00:00Z,1\n2026-03-14T25:00:00Z,2\n").getMessage());
        assertEquals("log.csv:3:1: not a number: '2026-03-14T08:00:00Z' in x column 't' (earlier rows hold"
                + " numbers, not date-times)", error("t,v\n0,1\n2026-03-14T08:00:00Z,2\n").getMessage());
    }

    @Test
    void nonNumericCellNamesLineColumnAndValue() {
        InputFileException e = error("t,a,b\n0,1,2\n1,2,3\n2,3,4.5.6\n", ReadOptions.defaults().withY(List.of("a", "b")));
        assertEquals("log.csv:4:3: not a number: '4.5.6' in column 'b'", e.getMessage());
        assertEquals("log.csv:3:2: not a number: '12f' in column 'v'", error("t,v\n0,1\n1,12f\n").getMessage());
    }

    @Test
    void raggedRowIsAnError() {
        assertEquals("log.csv:4:3: ragged row: it has 2 fields but the header has 3",
                error("t,a,b\n0,1,2\n1,2,3\n2,3\n").getMessage());
        assertEquals("log.csv:2:3: ragged row: it has 3 fields but the first row has 2",
                error("0,1\n1,2,3\n").getMessage());
    }

    @Test
    void aNameTheHeaderGivesTwoColumnsIsAnError() throws IOException {
        assertEquals("log.csv:1:1: the header names columns 2 and 3 both 'v'; give the column's number (from 1) instead",
                error("t,v,v\n0,1,2\n1,2,3\n", ReadOptions.defaults().withY(List.of("v"))).getMessage());
        assertArrayEquals(new double[] {2, 3},
                read("t,v,v\n0,1,2\n1,2,3\n", ReadOptions.defaults().withY(List.of("3"))).y()[0]);
    }

    @Test
    void unknownColumnNameListsTheColumns() {
        InputFileException e = error("# log\ntime,position (m)\n0,1\n1,2\n", ReadOptions.defaults().withY(List.of("speed")));
        assertEquals("log.csv:2:1: no column named 'speed'; the columns are: 'time', 'position (m)'", e.getMessage());
        assertEquals("log.csv:1:1: there is no column 4: the header has 2 columns (columns are numbered from 1)",
                error("t,v\n0,1\n", ReadOptions.defaults().withY(List.of("4"))).getMessage());
        assertEquals("log.csv:1:1: column 'speed' is given by name but the file has no header row;"
                + " give its number (from 1) instead", error("0,1\n1,2\n", ReadOptions.defaults()
                .withHeader(ReadOptions.Header.NO).withY(List.of("speed"))).getMessage());
        assertEquals("log.csv:1:1: column 1 is selected both as x and as y",
                error("t,v\n0,1\n", ReadOptions.defaults().withY(List.of("t"))).getMessage());
    }

    @Test
    void wrongDelimiterGivesAHint() {
        assertEquals("log.csv:1:1: there is no column 2: the header has 1 column (columns are numbered from 1);"
                + " is the delimiter right?", error("t|v\n0|1\n").getMessage());
    }

    @Test
    void emptyFileHeaderOnlyAndTooFewRowsAreErrors() {
        assertEquals("log.csv:1:1: the file is empty: no header and no data rows", error("").getMessage());
        assertEquals("log.csv:1:1: the file is empty: no header and no data rows", error("# only\n\n").getMessage());
        assertEquals("log.csv:2:1: no data rows after the header", error("t,v\n").getMessage());
        assertEquals("log.csv:4:1: too few usable rows: 1 of 3 read (2 skipped for a missing or non-finite value,"
                + " 0 merged for a duplicate x); at least 2 distinct x are needed to estimate a derivative",
                error("t,v\n0,1\n1,\n2,NaN\n").getMessage());
        assertEquals("log.csv:3:1: too few usable rows: 1 of 2 read (0 skipped for a missing or non-finite value,"
                + " 1 merged for a duplicate x); at least 2 distinct x are needed to estimate a derivative",
                error("t,v\n5,1\n5,2\n").getMessage());
    }

    @Test
    void malformedQuotingIsReportedWithItsLine() {
        InputFileException e = error("t,v\n0,1\n1,\"2\n");
        assertTrue(e.getMessage().startsWith("log.csv:3:2: malformed CSV: the quoted field starting here has no closing"
                + " quote"), e.getMessage());
        assertEquals("log.csv:4:2: malformed CSV: 'x' after the closing quote of a quoted field; only the delimiter ','"
                + " or the end of the line may follow it (a quote inside a quoted field is written as two)",
                error("t,v\n0,1\n1,\"2\"\n2,\"3\"x\n").getMessage());
    }

    @Test
    void missingAndNonFiniteRowsAreSkippedAndReportedByLine() throws IOException {
        SampleTable t = read("t,v\n0,1\n1,\n2,NA\n3,inf\n,5\n5,6\n6,7\n");
        assertArrayEquals(new double[] {0, 5, 6}, t.x());
        assertArrayEquals(new double[] {1, 6, 7}, t.y()[0]);
        assertArrayEquals(new int[] {3, 4, 5, 6}, t.report().skippedLines());
        assertEquals("read 7 rows, used 3: skipped 4 with a missing or non-finite value (lines 3, 4, 5, 6)",
                t.report().summary());
    }

    @Test
    void missingPolicyErrorStopsAtTheFirstMissingCell() {
        ReadOptions strict = ReadOptions.defaults().withMissing(ReadOptions.MissingPolicy.ERROR);
        assertEquals("log.csv:3:2: missing value in column 2 (use --missing skip to skip such rows)",
                error("t,v\n0,1\n1,\n", strict).getMessage());
        assertEquals("log.csv:2:2: non-finite value in column 2 (use --missing skip to skip such rows)",
                error("t,v\n0,-Infinity\n1,2\n", strict).getMessage());
    }

    @Test
    void unsortedRowsAreSortedAndReported() throws IOException {
        SampleTable t = read("t,v\n0,0\n2,20\n1,10\n3,30\n");
        assertArrayEquals(new double[] {0, 1, 2, 3}, t.x());
        assertArrayEquals(new double[] {0, 10, 20, 30}, t.y()[0]);
        assertArrayEquals(new int[] {2, 4, 3, 5}, t.lines());
        assertEquals("read 4 rows, used 4: sorted 2 that were out of x order (lines 3, 4)", t.report().summary());
    }

    @Test
    void duplicateXAreMergedByMeanAndReported() throws IOException {
        SampleTable t = read("t,a,b\n0,1,10\n1,2,20\n1,4,40\n2,5,50\n", ReadOptions.defaults().withY(List.of("a", "b")));
        assertArrayEquals(new double[] {0, 1, 2}, t.x());
        assertArrayEquals(new double[] {1, 3, 5}, t.y()[0]);
        assertArrayEquals(new double[] {10, 30, 50}, t.y()[1]);
        assertArrayEquals(new int[] {2, 3, 5}, t.lines());
        assertEquals("read 4 rows, used 3: merged 1 with a duplicate x into the row before (y averaged) (line 4)",
                t.report().summary());
    }

    @Test
    void duplicatePolicyErrorNamesBothLines() {
        ReadOptions strict = ReadOptions.defaults().withDuplicates(ReadOptions.DuplicatePolicy.ERROR);
        assertEquals("log.csv:4:1: duplicate x: 1.0 also occurs on line 3 (use --duplicates mean to merge such rows"
                + " by their mean)", error("t,v\n0,1\n1,2\n1,3\n", strict).getMessage());
        assertEquals("log.csv:3:1: duplicate x: '2026-01-01T00:00:01Z' also occurs on line 2 (use --duplicates mean"
                + " to merge such rows by their mean)", error("t,v\n2026-01-01T00:00:01Z,1\n2026-01-01T00:00:01Z,2\n"
                + "2026-01-01T00:00:00Z,0\n", strict).getMessage());
    }

    @Test
    void summaryAbbreviatesLongLineLists() throws IOException {
        StringBuilder csv = new StringBuilder("t,v\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i).append(',').append(i % 3 == 0 ? "" : "1").append('\n');
        }
        assertEquals("read 20 rows, used 13: skipped 7 with a missing or non-finite value (lines 2, 5, 8, 11, 14, ...)",
                read(csv.toString()).report().summary());
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "t;v\n0;1\n1;3\n", StandardCharsets.UTF_8);
        SampleTable t = CsvSampleReader.read(file, ReadOptions.defaults());
        assertEquals(file.toString(), t.source());
        assertArrayEquals(new double[] {1, 3}, t.y()[0]);
        assertNull(t.xText());
        InputFileException e = assertThrows(InputFileException.class,
                () -> CsvSampleReader.read(file, ReadOptions.defaults().withY(List.of("w"))));
        assertTrue(e.getMessage().startsWith(file + ":1:1: no column named 'w'"), e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "t,v,note\n0,1,ok\n1,2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        InputFileException e = assertThrows(InputFileException.class, () -> CsvSampleReader.read(file, ReadOptions.defaults()));
        assertEquals(file + ":3:3: the file is not UTF-8 text: an invalid byte follows 'caf'; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void optionsRejectImpossibleDelimiters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.defaults().withDelimiter('"'));
        assertEquals("the delimiter cannot be '\"'", e.getMessage());
    }
}
