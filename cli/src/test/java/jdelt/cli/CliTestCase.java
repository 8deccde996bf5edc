package jdelt.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command-line tests share: a temporary directory for their files, a headless AWT with
 * no progress bar (standard error is not a terminal), and a run of the tool in process that
 * captures standard output and standard error.
 */
abstract class CliTestCase {

    @TempDir
    Path dir;

    /** The outcome of one run of the tool: the exit code, standard output, standard error with the progress stream. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("jdelt.stderr.tty", "false");
    }

    /** Runs {@code jdelt args...} in this JVM. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        int code = Jdelt.run(args, new PrintWriter(out), new PrintWriter(err), new PrintStream(bar, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(), err + bar.toString(StandardCharsets.UTF_8));
    }

    /** Writes a UTF-8 file in the temporary directory. */
    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
