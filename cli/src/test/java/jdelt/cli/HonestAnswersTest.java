package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue 11, items 8, 16, 17 through the tool: warnings on stderr, clear messages for odd requests. */
class HonestAnswersTest extends CliTestCase {

    private Path sine() throws IOException {
        StringBuilder csv = new StringBuilder("t,y\n");
        for (int i = 0; i < 200; i++) {
            csv.append(0.05 * i).append(',').append(Math.sin(0.05 * i)).append('\n');
        }
        Path f = dir.resolve("sine.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void aFitThatMissesTheDataIsWarnedAboutOnStandardError() throws IOException {
        StringBuilder csv = new StringBuilder("t,y\n");
        // 0.1 % noise: on exact samples LOESS takes nearest-neighbour windows, which do not cross the gap
        java.util.Random noise = new java.util.Random(1);
        for (int i = 0; i < 2000; i++) {
            double t = i < 1000 ? i : 5e6 + i;
            csv.append(t).append(',').append(Math.sin(t / 50) + 1e-3 * noise.nextGaussian()).append('\n');
        }
        Path f = dir.resolve("two-runs.csv");
        Files.writeString(f, csv);
        // one fit across the gap (--gap none) misses the data and says so; the default splits at the gap
        Run r = run("differentiate", f.toString(), "--method", "loess", "--gap", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("jdelt: warning: " + f + ": column 'y': the fit misses the data"), r.err());
        Run split = run("differentiate", f.toString(), "--method", "loess");
        assertEquals(0, split.code(), split.err());
        assertFalse(split.err().contains("warning"), split.err());
    }

    @Test
    void duplicateOrdersAndColumnsAreRejected() throws IOException {
        Path f = sine();
        Run orders = run("differentiate", f.toString(), "--order", "1,1");
        assertEquals(2, orders.code());
        assertTrue(orders.err().contains("--order 1,1 lists an order twice"), orders.err());
        Run columns = run("differentiate", f.toString(), "--y", "y,y");
        assertEquals(2, columns.code());
        assertTrue(columns.err().contains("column 'y' is selected twice"), columns.err());
    }

    @Test
    void oddSettingsGetMessagesThatPointTheRightWay() throws IOException {
        Path f = sine();
        Run huge = run("differentiate", f.toString(), "--y", "99999999999999999999");
        assertEquals(2, huge.code());
        assertTrue(huge.err().contains("there is no column 99999999999999999999"), huge.err());
        Run wide = run("differentiate", f.toString(), "--method", "loess", "--param", "bandwidth=1e300");
        assertEquals(2, wide.code());
        assertTrue(wide.err().contains("bandwidth 1.0E300 is more than 10 times the range of x")
                && wide.err().contains("use a bandwidth of at most"), wide.err());
        Run lambda = run("differentiate", f.toString(), "--param", "lambda=1e30");
        assertEquals(0, lambda.code(), lambda.err());
        assertTrue(lambda.err().contains("the spline is its limit"), lambda.err());
        Run neural = run("differentiate", f.toString(), "--method", "neural", "--param", "hidden=50000,50000");
        assertEquals(2, neural.code());
        assertFalse(neural.err().contains("Exception"), neural.err());
    }

    @Test
    void eachYColumnIsFittedOnItsOwnRows() throws IOException {
        StringBuilder csv = new StringBuilder("t,a,b\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i).append(',').append(2.0 * i).append(',').append(i % 10 == 0 ? String.valueOf(3.0 * i) : "").append('\n');
        }
        Path f = dir.resolve("sparse.csv");
        Files.writeString(f, csv);
        Run r = run("differentiate", f.toString(), "--y", "a,b", "--method", "spline", "--plot",
                dir.resolve("sparse.png").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read 100 rows, used 100"), r.err());
        assertTrue(r.err().contains("column 'b': fitted on its 10 rows with a value; 90 rows have none in this column"
                + " (lines 3, 4, 5, 6, 7, ...)"), r.err());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals(101, lines.size());
        assertEquals("t,a,a_fit,a_d1,b,b_fit,b_d1", lines.get(0));
        for (int i = 1; i <= 100; i++) {
            String[] cells = lines.get(i).split(",", -1);
            assertEquals(2.0, Double.parseDouble(cells[3]), 1e-6, lines.get(i));
            assertEquals(3.0, Double.parseDouble(cells[6]), 1e-6, lines.get(i));
            assertEquals((i - 1) % 10 == 0, !cells[4].isEmpty(), lines.get(i));
        }
        assertFalse(r.out().contains("NaN"));
    }

    @Test
    void epochNanosecondsGiveEvenDerivativesAndComeBackAsGiven() throws IOException {
        StringBuilder csv = new StringBuilder("t_ns,y\n");
        for (int i = 0; i < 40; i++) {
            csv.append(1_773_475_200_000_000_000L + 1000L * i).append(',').append(0.5 * i).append('\n');
        }
        Path f = dir.resolve("ns.csv");
        Files.writeString(f, csv);
        Run r = run("differentiate", f.toString(), "--method", "fd");
        assertEquals(0, r.code(), r.err());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals("1773475200000001000", lines.get(2).split(",")[0]);
        for (int i = 1; i < lines.size(); i++) {
            assertEquals(5e-4, Double.parseDouble(lines.get(i).split(",")[3]), 1e-15, lines.get(i));
        }
    }
}
