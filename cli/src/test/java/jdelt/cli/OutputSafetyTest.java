package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Issue 11, items 1-4 and 7: the tool never destroys or truncates data without saying so. */
class OutputSafetyTest extends CliTestCase {

    private static final String DATA = "t,y\n0,0\n1,1\n2,4\n3,9\n4,16\n5,25\n";

    private Path input(String name) throws IOException {
        return write(name, DATA);
    }

    /** A writer that fails, as a full disk does, after a few characters. */
    private static final class FullDisk extends Writer {
        private int room = 20;

        @Override
        public void write(char[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void failedWriteToStandardOutputExitsNonZeroWithAMessage() throws IOException {
        StringWriter err = new StringWriter();
        int code = Jdelt.run(new String[] {"differentiate", input("in.csv").toString(), "--method", "testpoly"},
                new PrintWriter(new FullDisk()), new PrintWriter(err),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Jdelt.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void standardOutputOnAFullDeviceIsAnError() throws Exception {
        Path in = input("in.csv");
        Path errors = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djdelt.stderr.tty=false", Jdelt.class.getName(),
                "differentiate", in.toString(), "--method", "fd")
                .redirectOutput(new File("/dev/full")).redirectError(errors.toFile()).start();
        int code = p.waitFor();
        String err = Files.readString(errors);
        assertNotEquals(0, code, err);
        assertTrue(err.contains("cannot write to standard output"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theInputIsNeverAnOutput() throws IOException {
        Path in = input("in.csv");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, in);
        for (String target : List.of(in.toString(), dir + "/./in.csv", link.toString())) {
            Run r = run("differentiate", in.toString(), "--method", "testpoly", "--output", target);
            assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("is the input file"), r.err());
            assertEquals(DATA, Files.readString(in));
        }
        Path png = dir.resolve("data.png");
        Files.writeString(png, DATA);
        Run r = run("differentiate", png.toString(), "--method", "testpoly", "--plot", png.toString());
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertEquals(DATA, Files.readString(png));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "precious\n");
        IOException e = assertThrows(IOException.class, () -> SafeOutput.replace(out, tmp -> {
            Files.writeString(tmp, "half a fi");
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("No space left"), e.getMessage());
        assertEquals("precious\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileThroughALinkAndLeavesNothingElse() throws IOException {
        Path in = input("in.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "old\n");
        Path link = dir.resolve("out-link.csv");
        Files.createSymbolicLink(link, out);
        Run r = run("differentiate", in.toString(), "--method", "testpoly", "--output", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(out).startsWith("t,y,fit,d1\n"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void outputAndPlotMustDifferAndNeitherMayBeADirectory() throws IOException {
        Path in = input("in.csv");
        Path same = dir.resolve("same.svg");
        Run r = run("differentiate", in.toString(), "--method", "testpoly", "--output", same.toString(),
                "--plot", same.toString());
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("are the same file"), r.err());
        r = run("differentiate", in.toString(), "--method", "testpoly", "--summary", in.toString());
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertEquals(DATA, Files.readString(in));
        assertFalse(Files.exists(same));
        Path empty = Files.createDirectory(dir.resolve("pictures.png"));
        r = run("differentiate", in.toString(), "--method", "testpoly", "--plot", empty.toString());
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("is a directory"), r.err());
        assertTrue(Files.isDirectory(empty));
        r = run("differentiate", in.toString(), "--method", "testpoly", "--output", "");
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--output: the file name is empty"), r.err());
    }

    @Test
    void aMissingDirectoryIsReportedBeforeAnythingIsWritten() throws IOException {
        Path in = input("in.csv");
        Path out = dir.resolve("out.csv");
        Run r = run("differentiate", in.toString(), "--method", "testpoly", "--output", out.toString(),
                "--plot", dir.resolve("no/such/plot.png").toString());
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDirectoryAsInputIsNamed() {
        Run r = run("differentiate", dir.toString(), "--method", "testpoly");
        assertEquals(Jdelt.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(dir + " is a directory"), r.err());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPipeAsOutputIsWrittenInPlaceNotReplaced() throws Exception {
        Path in = input("in.csv");
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                return e.toString();
            }
        });
        Run r = run("differentiate", in.toString(), "--method", "testpoly", "--output", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(read.get(30, java.util.concurrent.TimeUnit.SECONDS).startsWith("t,y,fit,d1\n"));
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }

    @Test
    void bugsAndExhaustedMemoryGiveOneLineAndNoStackTrace() throws IOException {
        Path in = input("in.csv");
        Run bug = run("differentiate", in.toString(), "--method", "testbroken");
        assertEquals(Jdelt.INTERNAL, bug.code());
        assertFalse(bug.err().contains("\tat "), bug.err());
        Run memory = run("differentiate", in.toString(), "--method", "testmemory");
        assertEquals(Jdelt.INTERNAL, memory.code());
        assertTrue(memory.err().contains("jdelt: out of memory (Java heap space): give Java more with JDELT_JAVA_OPTS"),
                memory.err());
        assertFalse(memory.err().contains("\tat "), memory.err());
    }
}
