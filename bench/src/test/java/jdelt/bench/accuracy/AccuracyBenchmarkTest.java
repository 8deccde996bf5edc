package jdelt.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small end-to-end run on the test-only method, and option parsing. */
class AccuracyBenchmarkTest {

    @Test
    void smallRunWritesReportCsvAndPlotsAndReportsSizeLimits(@TempDir Path dir) throws Exception {
        AccuracyBenchmark.main(new String[] {"--methods", "test-kernel", "--signals", "polynomial", "--seeds", "1", "--oracle-grid", "3",
            "--oracle-refine", "0", "--max-n", "test-kernel=1000", "--no-progress", "--out", dir.toString()});
        String md = Files.readString(dir.resolve("accuracy.md"));
        assertTrue(md.contains("`test-kernel-oracle`: `bandwidth` tuned on the truth"), md);
        assertTrue(md.contains("| `test-kernel` | SKIPPED | n > 1000 (--max-n) | 1 | polynomial/uniform/gaussian/0.05/10000 |"),
                md);
        for (String png : List.of("error_vs_noise_d1.png", "error_vs_noise_d2.png", "example.png")) {
            assertTrue(Files.size(dir.resolve(png)) > 1000, png);
        }
        List<String> csv = Files.readAllLines(dir.resolve("accuracy.csv"));
        List<TestSignal> polynomial = List.of(AnalyticSignal.catalogue().get(4));
        assertEquals(1 + 2 * (Grid.defaultGrid(polynomial).size() + Grid.hardGrid(polynomial, false).size()), csv.size());
        assertTrue(md.contains("## Headline (hard-data grid)"), md);
        assertTrue(md.contains("## Clean data"), md);
    }

    @Test
    void badOptionsAreRejectedWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccuracyOptions.parse(new String[] {"--seeds", "zero"}));
        assertTrue(e.getMessage().startsWith("--seeds expects a positive whole number, got 'zero'"), e.getMessage());
        assertTrue(e.getMessage().contains("usage:"));
        assertThrows(IllegalArgumentException.class, () -> AccuracyOptions.parse(new String[] {"--fast"}));
    }
}
