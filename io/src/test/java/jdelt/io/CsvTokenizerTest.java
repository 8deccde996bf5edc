package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    /** Pieces of hostile CSV: quotes, delimiters, every line break, spaces of several kinds, comments, non-ASCII text. */
    private static final String[] PIECES = {",", ",", ";", "\t", "\"", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "  ",
        "\u2003", "\u0001", "\u00a0", "#", "1.5", "-2e-3", "42", "abc", "é", "NaN", "x\"y", "\uD83D\uDE00"};

    /** The format jdelt read with before the tokenizer, which the tokenizer must read identically. */
    private static CSVFormat commons(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).build();
    }

    /** Each record as its line and fields, "error" if the text is malformed. */
    private static List<String> byCommons(String text, char delimiter) {
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), commons(delimiter))) {
            for (CSVRecord r : parser) {
                out.add(startLine(text, (int) r.getCharacterPosition()) + " " + r.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.add("error");
        }
        return out;
    }

    /**
     * The line a record starts on, from where Commons CSV says it starts (before the empty and
     * comment lines it skipped), counting LF, CR and CRLF as one line break each. (The parser's own
     * line number less the LFs in the fields is wrong when trimming removed a line break of a field.)
     */
    private static long startLine(String text, int at) {
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r' || text.charAt(at) == '#')) {
            if (text.charAt(at) == '#') {
                while (at + 1 < text.length() && text.charAt(at + 1) != '\n' && text.charAt(at + 1) != '\r') {
                    at++;
                }
            }
            at += text.startsWith("\r\n", at) ? 2 : 1;
        }
        String before = text.substring(0, at).replace("\r\n", "\n");
        return 1 + before.chars().filter(c -> c == '\n' || c == '\r').count();
    }

    private static List<String> byTokenizer(Reader text, char delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            CsvTokenizer t = new CsvTokenizer(text, delimiter, "f.csv");
            while (t.next()) {
                out.add(t.line() + " " + t.fields());
            }
        } catch (InputFileException e) {
            assertTrue(e.getMessage().startsWith("f.csv:") && e.getMessage().contains(": malformed CSV: "), e.getMessage());
            out.add("error");
        }
        return out;
    }

    /** A reader that hands out at most a few characters per call, so that records straddle every refill. */
    private static Reader trickle(String text, SplittableRandom random) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at >= text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + random.nextInt(3)), text.length() - at);
                text.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void readsHostileTextExactlyAsCommonsCsvDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(20261201);
        int compared = 0;
        int malformed = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            char delimiter = random.nextInt(4) == 0 ? ';' : random.nextInt(3) == 0 ? '\t' : ',';
            List<String> expected = byCommons(text, delimiter);
            List<String> actual = byTokenizer(new StringReader(text), delimiter);
            List<String> trickled = byTokenizer(trickle(text, random), delimiter);
            String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
            if (expected.contains("error")) {
                assertEquals("error", actual.get(actual.size() - 1), shown);
                malformed++;
            } else {
                assertEquals(expected, actual, shown);
                compared++;
            }
            assertEquals(actual, trickled, shown);
        }
        assertTrue(compared > 5000 && malformed > 1000, compared + " well-formed, " + malformed + " malformed");
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndQuotes() throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader("a, \"b,\"\"c\"\"\r\nd\" ,e\r\n\r\n"
                + "# a comment, \"unbalanced\n  \"  x \"\t, f\u2003\n"), ',', "f.csv");
        assertTrue(t.next());
        assertEquals(List.of("a", "b,\"c\"\r\nd", "e"), t.fields());
        assertEquals(1, t.line());
        assertTrue(t.next());
        assertEquals(List.of("x", "f"), t.fields());
        assertEquals(5, t.line());
        assertFalse(t.next());
    }

    @Test
    void numbersAreParsedFromTheBlockAsFromTheirText() throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader("0.1, -2.5e-300 ,\"1e5\",\"1\"\"\",,NA,inf,1.0000000000000001\n"),
                ',', "f.csv");
        assertTrue(t.next());
        assertEquals(0.1, t.number(0));
        assertEquals(-2.5e-300, t.number(1));
        assertEquals(1e5, t.number(2));
        assertThrows(NumberFormatException.class, () -> t.number(3));
        assertEquals("1\"", t.field(3));
        assertTrue(Double.isNaN(t.number(4)) && Double.isNaN(t.number(5)));
        assertEquals(Double.POSITIVE_INFINITY, t.number(6));
        assertEquals(Double.parseDouble("1.0000000000000001"), t.number(7));
    }

    @Test
    void aFieldLargerThanTheBlockIsReadWhole() throws IOException {
        String huge = "z".repeat(300_000) + "\n" + "\"\"".repeat(70_000);
        CsvTokenizer t = new CsvTokenizer(new StringReader("1,\"" + huge + "\",2\n3,4,5"), ',', "f.csv");
        assertTrue(t.next());
        assertEquals(3, t.size());
        assertEquals(huge.replace("\"\"", "\""), t.field(1));
        assertTrue(t.next());
        assertEquals(3, t.line());
        assertArrayEquals(new double[] {3, 4, 5}, new double[] {t.number(0), t.number(1), t.number(2)});
        assertFalse(t.next());
    }

    @Test
    void malformedQuotingNamesLineAndField() {
        InputFileException open = assertThrows(InputFileException.class, () -> byTokenizerStrict("a,b\n1,2\n3,\"4\n5,6\n"));
        assertTrue(open.getMessage().startsWith("f.csv:3:2: malformed CSV: the quoted field starting here has no closing quote"),
                open.getMessage());
        InputFileException after = assertThrows(InputFileException.class, () -> byTokenizerStrict("a,b\n\"1\n\"2,3\n"));
        assertTrue(after.getMessage().startsWith("f.csv:3:1: malformed CSV: '2' after the closing quote"), after.getMessage());
    }

    private static void byTokenizerStrict(String text) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), ',', "f.csv");
        while (t.next()) {
            t.fields();
        }
    }
}
