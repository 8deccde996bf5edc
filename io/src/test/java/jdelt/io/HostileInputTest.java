package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no one means to feed jdelt: each gets a message naming file, line and column, or is read as it should be. */
class HostileInputTest {

    @TempDir
    Path dir;

    private static SampleTable read(String text) throws IOException {
        return CsvSampleReader.read(new StringReader(text), "h.csv", ReadOptions.defaults());
    }

    private static String error(String text) {
        return assertThrows(InputFileException.class, () -> read(text)).getMessage();
    }

    @Test
    void utf16WithAByteOrderMarkIsNamed() throws IOException {
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE"}) {
            Path f = dir.resolve(charset + ".csv");
            Files.write(f, ("\uFEFFt,v\n0,1\n1,2\n").getBytes(charset));
            String m = assertThrows(InputFileException.class, () -> CsvSampleReader.read(f, ReadOptions.defaults()))
                    .getMessage();
            assertTrue(m.startsWith(f + ":1:1: the file is UTF-16 text (it starts with the UTF-16 ") && m.endsWith(
                    "save it as UTF-8"), m);
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedByTheColumnReaderToo() {
        String text = new String("a,b,f\n0,0,1\n".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
        String m = assertThrows(InputFileException.class, () -> CsvColumnReader.read(new StringReader(text), "h.csv",
                List.of("a", "b", "f"), null, ReadOptions.Header.AUTO)).getMessage();
        assertTrue(m.contains("it looks like UTF-16 text"), m);
    }

    @Test
    void aNulByteLaterInTheFileIsShownAsAnEscapeNotRaw() {
        StringBuilder csv = new StringBuilder("t,v\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(i).append(',').append(i).append('\n');
        }
        csv.append("1000,4\u000000\n");
        assertEquals("h.csv:1002:2: not a number: '4\\u000000' in column 'v'", error(csv.toString()));
        assertEquals("h.csv:3:2: not a number: 'a\\u001b[31mb' in column 'v'", error("t,v\n0,1\n1,a\u001b[31mb\n"));
    }

    @Test
    void carriageReturnsAloneBlankLinesAndEmptyFilesAreReadOrNamed() throws IOException {
        SampleTable cr = read("t,v\r0,1\r\r1,2\r2,4\r");
        assertArrayEquals(new double[] {1, 2, 4}, cr.y()[0]);
        assertArrayEquals(new int[] {2, 4, 5}, cr.lines());
        assertEquals("h.csv:1:1: the file is empty: no header and no data rows", error("\n\n\r\n"));
        assertEquals("h.csv:2:1: no data rows after the header", error("t,v\r\n"));
    }

    @Test
    void aRecordBeyondTheLimitIsAnErrorNotAnOutOfMemoryError() throws IOException {
        // the real limit (16 Mi characters) scaled down, so that the test holds 100 kB, more than a block of 64 Ki
        String line = "1".repeat(100_000);
        for (String text : new String[] {"t,v\n0," + line + "\n", "t,v\n0,\"1\n" + "1,2\n".repeat(30_000)}) {
            CsvTokenizer records = new CsvTokenizer(new StringReader(text), ',', '.', "h.csv", 4096);
            assertTrue(records.next());
            InputFileException e = assertThrows(InputFileException.class, records::next);
            assertTrue(e.getMessage().startsWith("h.csv:2:1: the record starting on this line is longer than 4096"
                    + " characters"), e.getMessage());
        }
        // a record under the limit is read however much it had to grow the block
        CsvTokenizer records = new CsvTokenizer(new StringReader("t,v\n0," + line + "\n"), ',', '.', "h.csv", 1 << 18);
        assertTrue(records.next() && records.next());
        assertEquals(line, records.field(1));
    }

    @Test
    void locatingABadByteHoldsAtMostTheLimitOfALine() throws IOException {
        Path f = dir.resolve("latin1.csv");
        byte[] bytes = ("t,v\n0," + "1".repeat(100_000) + "\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, bytes);
        assertEquals(f + ":2:1: the file is not UTF-8 text, and line 2 is longer than 4096 bytes: this is not a table"
                + " of numbers", Utf8Check.locate(f, ',', 4096).getMessage());
        assertEquals(f + ":2:2: the file is not UTF-8 text: an invalid byte follows '" + "1".repeat(100_000)
                + "'; save the file as UTF-8", Utf8Check.locate(f, ',').getMessage());
    }

    @Test
    void whatNumbersAreAccepted() throws IOException {
        SampleTable t = read("t,v\n-0,1e-400\n1,2\n2,1e400\n3,-1E+2\n");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.x()[0]));
        assertEquals(0.0, t.y()[0][0], "1e-400 rounds to zero, as Double.parseDouble does");
        assertArrayEquals(new double[] {-0.0, 1, 3}, t.x(), "1e400 overflows: skipped and reported, not infinite");
        assertTrue(t.report().summary().contains("skipped 1 with a missing or non-finite value (line 4)"),
                t.report().summary());
        assertEquals("h.csv:2:2: not a number: '0x1p3' in column 'v'", error("t,v\n0,0x1p3\n1,2\n"));
        assertEquals("h.csv:2:2: not a number: '1d' in column 'v'", error("t,v\n0,1d\n1,2\n"));
    }

    @Test
    void aReaderThatFailsMidwayIsAnIOExceptionNotAWrongAnswer() {
        Reader failing = new Reader() {
            private int calls;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (calls++ > 0) {
                    throw new IOException("device gone");
                }
                String s = "t,v\n0,1\n1,";
                s.getChars(0, s.length(), buf, off);
                return s.length();
            }

            @Override
            public void close() {
            }
        };
        IOException e = assertThrows(IOException.class, () -> CsvSampleReader.read(failing, "h.csv", ReadOptions.defaults()));
        assertEquals("device gone", e.getMessage());
    }
}
