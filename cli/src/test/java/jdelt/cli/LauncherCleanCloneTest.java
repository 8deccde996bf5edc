package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jdelt} launcher for real: clones the repository this build runs in (its committed
 * state), and runs the launcher there with the machine's own Maven and Java, so the first use builds
 * the tool from nothing but the clone. Skipped where the build does not run inside a git checkout.
 * It takes a Maven build's time (about half a minute).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherCleanCloneTest {

    @TempDir
    Path dir;

    private static String run(Path workingDirectory, long minutes, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    @Test
    void freshCloneBuildsTheToolOnFirstUseAndRunsIt() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve(".git")) && Files.isRegularFile(root.resolve("jdelt")),
                "not inside a git checkout of jdelt");
        Path clone = dir.resolve("clone");
        run(dir, 2, "git", "clone", "--quiet", root.toString(), clone.toString());
        String first = run(clone, 10, clone.resolve("jdelt").toString(), "methods");
        assertTrue(first.contains("jdelt: building the tool"), first);
        List<String> names = first.lines().map(l -> l.split("\\s+")[0]).toList();
        assertTrue(names.contains("spline") && names.contains("fd"), first);
        String csv = run(clone, 2, clone.resolve("jdelt").toString(), "differentiate",
                "examples/data/noisy-sine.csv", "--order", "1");
        assertTrue(csv.lines().anyMatch(l -> l.equals("x,y,fit,d1")), csv.length() > 300 ? csv.substring(0, 300) : csv);
        assertTrue(!csv.contains("building the tool"), "the second use does not rebuild");
    }
}
