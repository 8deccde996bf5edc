package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelColumnsTest extends CliTestCase {

    @Test
    void resultsComeInColumnOrder() {
        assertEquals(IntStream.range(0, 9).map(c -> c * c).boxed().toList(), ParallelColumns.map(9, c -> c * c));
        assertEquals(List.of("only"), ParallelColumns.map(1, c -> "only"));
    }

    @Test
    void theFirstFailingColumnsExceptionIsRethrownUnchanged() {
        IllegalArgumentException second = new IllegalArgumentException("column 2 is bad");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> ParallelColumns.map(5, c -> {
            if (c == 2) {
                throw second;
            }
            if (c == 4) {
                throw new IllegalArgumentException("column 4 is bad too");
            }
            return c;
        }));
        assertSame(second, thrown);
    }

    /** Four columns fitted together by the spline give, digit for digit, what each column gives alone. */
    @Test
    void severalColumnsFromTheCommandLineEqualEachColumnAlone() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("t,a,b,c,d\n");
        double t = 0;
        for (int i = 0; i < 3000; i++) {
            t += 0.01 * (0.5 + random.nextDouble());
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s%n", t, Math.sin(t) + 0.01 * random.nextGaussian(),
                    Math.cos(2 * t) + 0.05 * random.nextGaussian(), t * t, Math.exp(-t) + 0.001 * random.nextGaussian()));
        }
        Path file = dir.resolve("four.csv");
        Files.writeString(file, csv);
        Run all = run("differentiate", file.toString(), "--y", "a,b,c,d", "--order", "1,2");
        assertEquals(Jdelt.OK, all.code(), all.err());
        List<String[]> rows = rows(all.out());
        String[] names = {"a", "b", "c", "d"};
        for (int k = 0; k < names.length; k++) {
            Run one = run("differentiate", file.toString(), "--y", names[k], "--order", "1,2");
            assertEquals(Jdelt.OK, one.code(), one.err());
            List<String[]> alone = rows(one.out());
            assertEquals(alone.size(), rows.size());
            for (int r = 1; r < rows.size(); r++) {  // after the header, whose names differ
                for (int f = 0; f < 4; f++) {
                    assertEquals(alone.get(r)[1 + f], rows.get(r)[1 + 4 * k + f], "column " + names[k] + ", row " + r);
                }
            }
        }
    }

    private static List<String[]> rows(String csv) {
        List<String[]> out = new ArrayList<>();
        for (String line : csv.split("\n")) {
            out.add(line.split(","));
        }
        return out;
    }
}
