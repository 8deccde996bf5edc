package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jdelt} launcher's logic, run for real on a copy of the script in a scratch tree
 * that looks like a fresh clone, with stand-ins for {@code mvn} (records the call and "builds" the
 * jar) and {@code java} (prints its arguments), so the test takes well under a second. The real
 * build from a fresh clone is {@link LauncherCleanCloneTest}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @TempDir
    Path tree;

    private Path builds;
    private Path source;
    private Path jar;

    @BeforeEach
    void freshClone() throws IOException {
        Files.copy(Path.of("..", "jdelt"), tree.resolve("jdelt"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(tree.resolve("pom.xml"), "<project/>");
        source = tree.resolve("cli/src/main/java/jdelt/cli/Jdelt.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Jdelt {}");
        jar = tree.resolve("cli/target/jdelt.jar");
        builds = tree.resolve("builds.log");
        Path bin = Files.createDirectories(tree.resolve("bin"));
        script(bin.resolve("mvn"), "echo \"$*\" >> '" + builds + "'\n"
                + "[ -f '" + tree.resolve("fail-build") + "' ] && { echo 'BUILD FAILURE' >&2; exit 1; }\n"
                + "mkdir -p '" + jar.getParent() + "' && echo jar > '" + jar + "'\n");
        script(bin.resolve("java"), "echo \"java $*\"\n[ \"${@: -1}\" = fail ] && exit 2\nexit 0\n");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int code, String out) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(tree.resolve("jdelt").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tree.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", tree.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("JDELT_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private int buildCount() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    @Test
    void buildsOnFirstUseOnlyAndRunsTheJarWithTheArguments() throws Exception {
        Result first = launch("methods", "--parameters");
        assertEquals(0, first.code(), first.out());
        assertTrue(first.out().contains("jdelt: building the tool (first use, or sources changed)"), first.out());
        assertEquals(List.of("-B -q -Dstyle.color=never -pl cli -am package -DskipTests"), Files.readAllLines(builds));
        // the launcher's JVM options for a short batch run, then the user's (none here), which override them
        assertTrue(first.out().contains("java -XX:TieredStopAtLevel=1 -XX:GCTimeRatio=4 -XX:MaxHeapFreeRatio=10 -XX:MinHeapFreeRatio=1"
                + " -Djava.awt.headless=true"
                + " -Djdelt.stderr.tty=false -jar " + jar + " methods --parameters"), first.out());
        Result second = launch("methods");
        assertEquals(1, buildCount(), "an up-to-date jar is not rebuilt");
        assertFalse(second.out().contains("building"), second.out());
    }

    @Test
    void rebuildsWhenASourceOrPomChanges() throws Exception {
        launch("--version");
        age(source, 200);
        age(jar, 100);
        launch("--version");
        assertEquals(2, buildCount(), "the pom is newer than the jar");
        launch("--version");
        assertEquals(2, buildCount());
        age(tree.resolve("pom.xml"), 300);
        age(source, 50);
        age(jar, 100);
        launch("--version");
        assertEquals(3, buildCount(), "the source is newer than the jar");
        age(source, 300);
        age(jar, 100);
        launch("--version");
        assertEquals(3, buildCount(), "pom and source are older than the jar");
    }

    /** Sets a file's modification time to some seconds ago. */
    private static void age(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }

    @Test
    void changesOutsideMainSourcesDoNotRebuild() throws Exception {
        launch("--version");
        Path test = tree.resolve("cli/src/test/java/SomeTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "class SomeTest {}");
        Files.writeString(tree.resolve("README.md"), "changed");
        age(source, 300);
        age(tree.resolve("pom.xml"), 300);
        launch("--version");
        assertEquals(1, buildCount());
    }

    @Test
    void worksThroughASymbolicLink() throws Exception {
        Path link = Files.createDirectories(tree.resolve("elsewhere")).resolve("jdelt");
        Files.createSymbolicLink(link, Path.of("..", "jdelt"));
        ProcessBuilder pb = new ProcessBuilder(link.toString(), "methods").redirectErrorStream(true);
        pb.environment().put("PATH", tree.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("-jar " + jar + " methods"), out);
    }

    @Test
    void passesTheToolsExitCodeThrough() throws Exception {
        assertEquals(2, launch("differentiate", "fail").code());
    }

    @Test
    void aFailedBuildStopsWithExitCodeOne() throws Exception {
        Files.writeString(tree.resolve("fail-build"), "");
        Result r = launch("methods");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("BUILD FAILURE\njdelt: the build failed; see the Maven output above"), r.out());
        assertFalse(r.out().contains("java "), "the tool is not run: " + r.out());
    }
}
