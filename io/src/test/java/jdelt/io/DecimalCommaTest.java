package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Decimal commas as spreadsheets in most of Europe save them: detected, given, and never guessed in a comma file. */
class DecimalCommaTest {

    private static SampleTable read(String text, ReadOptions options) throws IOException {
        return CsvSampleReader.read(new StringReader(text), "dc.csv", options);
    }

    private static InputFileException error(String text, ReadOptions options) {
        return assertThrows(InputFileException.class, () -> read(text, options));
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsDetectedAndSaidSo() throws IOException {
        SampleTable t = read("time;pos\n0,0;1,5\n1,0;2,5\n2,0;-4,25e-1\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {0, 1, 2}, t.x());
        assertArrayEquals(new double[] {1.5, 2.5, -0.425}, t.y()[0]);
        assertEquals(List.of("pos"), t.yNames());
        String summary = t.report().summary();
        assertTrue(summary.contains("read ',' as the decimal separator") && summary.contains("'0,0' on line 2")
                && summary.contains("--decimal ."), summary);
    }

    @Test
    void withoutAHeaderTheSemicolonStillWinsOverTheDecimalCommas() throws IOException {
        SampleTable t = read("0,0;1,5\n1,0;2,5\n2,5;4\n", ReadOptions.defaults());
        assertEquals("x", t.xName());
        assertArrayEquals(new double[] {0, 1, 2.5}, t.x());
        assertArrayEquals(new double[] {1.5, 2.5, 4}, t.y()[0]);
    }

    @Test
    void tabFilesAndQuotedCellsToo() throws IOException {
        SampleTable t = read("t\tv\n0,5\t\"1,25\"\n1,5\t2\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {0.5, 1.5}, t.x());
        assertArrayEquals(new double[] {1.25, 2}, t.y()[0]);
    }

    @Test
    void decimalCommasAreReadExactlyAsDecimalPointsAre() throws IOException {
        Random random = new Random(12);
        StringBuilder comma = new StringBuilder("t;v\n");
        double[] expected = new double[200];
        for (int i = 0; i < expected.length; i++) {
            String v = Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            expected[i] = Double.parseDouble(v);
            comma.append(i).append(';').append(v.replace('.', ',')).append('\n');
        }
        double[] read = read(comma.toString(), ReadOptions.defaults()).y()[0];
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(read[i]), "row " + i);
        }
    }

    @Test
    void aCommaFileNeverHasDecimalCommas() throws IOException {
        // "1,500" in a comma file is two fields: a ragged row against the header, not 1.5 nor 1500
        InputFileException ragged = error("t,v\n0,1,500\n1,2\n", ReadOptions.defaults());
        assertEquals("dc.csv:2:3: ragged row: it has 3 fields but the header has 2", ragged.getMessage());
        // without a header, three columns: nothing is read as a decimal comma
        SampleTable t = read("0,1,500\n1,2,600\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {1, 2}, t.y()[0]);
        assertFalse(t.report().summary().contains("decimal"), t.report().summary());
        // asking for decimal commas in a comma file is refused, not half done
        InputFileException refused = error("t,v\n0,1\n1,2\n", ReadOptions.defaults().withDecimal(','));
        assertTrue(refused.getMessage().contains("a decimal comma needs a delimiter other than ','"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withDelimiter(',').withDecimal(','));
    }

    @Test
    void theGivenSeparatorWinsOverDetection() throws IOException {
        // integers only, so nothing to detect: the option makes the later 2,5 a number
        SampleTable given = read("t;v\n0;1\n1;2,5\n", ReadOptions.defaults().withDecimal(','));
        assertArrayEquals(new double[] {1, 2.5}, given.y()[0]);
        assertFalse(given.report().summary().contains("decimal"), "a given separator is not reported as a choice");
        InputFileException points = error("t;v\n0,0;1,5\n1,0;2,5\n", ReadOptions.defaults().withDecimal('.'));
        assertTrue(points.getMessage().startsWith("dc.csv:2:1: not a number nor an ISO-8601 date-time: '0,0' in x column 't'"),
                points.getMessage());
        assertTrue(points.getMessage().contains("give --decimal ,"), points.getMessage());
    }

    @Test
    void mixedRowsAreAnErrorAtTheRowNotAGuess() {
        // one decimal point among decimal commas: detection reads points, and the comma row is named
        InputFileException e = error("t;v\n0;1,5\n1;2.5\n2;3,5\n", ReadOptions.defaults());
        assertEquals("dc.csv:2:2: not a number: '1,5' in column 'v' (a decimal comma? give --decimal , to read '1,5'"
                + " as 1.5)", e.getMessage());
        InputFileException given = error("t;v\n0;1,5\n1;2.5\n2;3,5\n", ReadOptions.defaults().withDecimal(','));
        assertEquals("dc.csv:3:2: not a number: '2.5' in column 'v' (the file is read with decimal commas, so '.' is"
                + " not a decimal point; give --decimal . if the file uses decimal points)", given.getMessage());
    }

    @Test
    void thousandsSeparatorsAreRejectedClearly() {
        InputFileException grouped = error("t;v\n0;1.234,5\n1;2.000,25\n", ReadOptions.defaults());
        assertEquals("dc.csv:2:2: not a number: '1.234,5' in column 'v' (thousands separators are not read: write the"
                + " number without them)", grouped.getMessage());
        InputFileException english = error("t,v\n0,\"1,234.5\"\n1,2\n", ReadOptions.defaults());
        assertTrue(english.getMessage().endsWith("(thousands separators are not read: write the number without them)"),
                english.getMessage());
    }

    @Test
    void headerAndXTypeDetectionHonourTheSeparator() throws IOException {
        // the first row 0,5;1,5 is data (numbers with decimal commas), not a header
        SampleTable data = read("0,5;1,5\n1,5;2\n", ReadOptions.defaults().withDecimal(','));
        assertEquals(2, data.size());
        // x of date-times beside y of decimal commas
        SampleTable dates = read("t;v\n2026-03-14T08:00:00Z;1,5\n2026-03-14T08:00:01Z;2,5\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {0, 1}, dates.x());
        assertArrayEquals(new double[] {1.5, 2.5}, dates.y()[0]);
    }

    @Test
    void theColumnReaderOfSeveralVariablesDetectsThemToo() throws IOException {
        CsvColumnReader.Columns c = CsvColumnReader.read(new StringReader("a;b;f\n0,5;1;2,25\n1;0,5;3\n"), "dc.csv",
                List.of("a", "b", "f"), null, ReadOptions.Header.AUTO);
        assertArrayEquals(new double[] {0.5, 1}, c.columns()[0]);
        assertArrayEquals(new double[] {2.25, 3}, c.columns()[2]);
        assertEquals(1, c.notes().size());
        InputFileException e = assertThrows(InputFileException.class, () -> CsvColumnReader.read(
                new StringReader("a;b;f\n0,5;1;2,25\n1;0.5;3\n"), "dc.csv", List.of("a", "b", "f"), null,
                ReadOptions.Header.AUTO, ','));
        assertEquals("dc.csv:3:2: not a number: '0.5' in column 'b' (the file is read with decimal commas, so '.' is"
                + " not a decimal point; give --decimal . if the file uses decimal points)", e.getMessage());
    }
}
