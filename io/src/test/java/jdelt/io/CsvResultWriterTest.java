package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

    @Test
    void writesHeaderQuotedTextAndFullPrecisionNumbers() throws IOException {
        StringWriter out = new StringWriter();
        List<Integer> progress = new ArrayList<>();
        CsvResultWriter.write(out, List.of("t", "pos, m", "fit"), new double[] {0.1, 1e-7},
                null, List.of(new double[] {1.0 / 3, -2}, new double[] {Math.PI, 1e300}), progress::add);
        assertEquals("t,\"pos, m\",fit\n0.1,0.3333333333333333,3.141592653589793\n1.0E-7,-2.0,1.0E300\n",
                out.toString());
        assertEquals(List.of(2), progress);
    }

    @Test
    void dateTimeXRoundTripsThroughWriterAndReader() throws IOException {
        String csv = "time,pos\n2026-03-14T08:15:00.125+01:00,1\n2026-03-14T08:15:00.5+01:00,2\n"
                + "2026-03-14T07:15:02Z,4\n";
        SampleTable first = CsvSampleReader.read(new StringReader(csv), "in.csv", ReadOptions.defaults());
        double[] slope = {0.1, 0.2, 0.3};
        StringWriter out = new StringWriter();
        CsvResultWriter.write(out, List.of(first.xName(), first.yNames().get(0), "d1"), first.x(), first.xText(),
                List.of(first.y()[0], slope), n -> { });
        SampleTable again = CsvSampleReader.read(new StringReader(out.toString()), "out.csv",
                ReadOptions.defaults().withY(List.of("pos", "d1")));
        assertArrayEquals(first.xText(), again.xText());
        assertArrayEquals(first.x(), again.x(), 0.0);
        assertArrayEquals(new double[] {0, 0.375, 1.875}, again.x(), 1e-12);
        assertArrayEquals(first.y()[0], again.y()[0], 0.0);
        assertArrayEquals(slope, again.y()[1], 0.0);
    }

    @Test
    void manyRowsKeepTheirOrderAcrossParallelFormattedBlocks() throws IOException {
        int n = 100_003;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5;
            y[i] = Math.sin(i);
        }
        StringWriter out = new StringWriter();
        List<Integer> progress = new ArrayList<>();
        CsvResultWriter.write(out, List.of("x", "y"), x, null, List.of(y), progress::add);
        SampleTable back = CsvSampleReader.read(new StringReader(out.toString()), "out.csv", ReadOptions.defaults());
        assertArrayEquals(x, back.x(), 0.0);
        assertArrayEquals(y, back.y()[0], 0.0);
        assertEquals(n, progress.get(progress.size() - 1));
    }

    @Test
    void headerMustMatchTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvResultWriter.write(
                new StringWriter(), List.of("t"), new double[1], null, List.of(new double[1]), n -> { }));
        assertEquals("the header names 1 columns but there are 2", e.getMessage());
    }
}
