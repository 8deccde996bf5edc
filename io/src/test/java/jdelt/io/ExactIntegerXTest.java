package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, item 9: epoch nanoseconds are read exactly and written back as given. */
class ExactIntegerXTest {

    private static final long T0 = 1_773_475_200_000_000_000L;

    private static SampleTable read(String text) throws IOException {
        return CsvSampleReader.read(new StringReader(text), "ns.csv", ReadOptions.defaults());
    }

    private static String nanos(int n, long step) {
        StringBuilder csv = new StringBuilder("t_ns,y\n");
        for (int i = 0; i < n; i++) {
            csv.append(T0 + i * step).append(',').append(0.5 * i).append('\n');
        }
        return csv.toString();
    }

    @Test
    void nanosecondsOneMicrosecondApartAreExactOffsets() throws IOException {
        SampleTable t = read(nanos(50, 1000));
        for (int i = 0; i < t.size(); i++) {
            assertEquals(1000.0 * i, t.x()[i], 0.0);
        }
        assertFalse(t.dateTimeX());
        assertEquals(Long.toString(T0 + 7000), t.xText()[7]);
    }

    @Test
    void nanosecondsOneHundredApartAreNotMerged() throws IOException {
        SampleTable t = read(nanos(50, 100));
        assertEquals(50, t.size(), t.report().summary());
        assertEquals(0, t.report().mergedLines().length);
    }

    @Test
    void theXColumnIsWrittenBackAsGiven() throws IOException {
        SampleTable t = read(nanos(3, 1000));
        StringWriter out = new StringWriter();
        List<double[]> columns = new ArrayList<>();
        columns.add(t.y()[0]);
        CsvResultWriter.write(out, List.of("t_ns", "y"), t.x(), t.xText(), columns, n -> { });
        assertTrue(out.toString().startsWith("t_ns,y\n1773475200000000000,0.0\n1773475200000001000,0.5\n"), out.toString());
    }

    @Test
    void aLaterCellThatIsNotAWholeNumberIsNamed() {
        String m = assertThrows(InputFileException.class, () -> read("t,y\n" + T0 + ",1\n1.5e18,2\n")).getMessage();
        assertTrue(m.startsWith("ns.csv:3:1: not a whole number: '1.5e18' in x column 't'"), m);
    }

    @Test
    void smallIntegersStayOrdinaryNumbers() throws IOException {
        SampleTable t = read("t,y\n5,1\n6,2\n7,4\n");
        assertEquals(5.0, t.x()[0], 0.0);
        assertEquals(null, t.xText());
    }
}
