package jdelt.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output that never destroys data: checks, before any work, that output files are not the input,
 * not each other, not directories and lie in writable directories (comparing real paths, so
 * symbolic links and {@code ./} spellings are seen through); writes each file to a temporary file
 * in the target's directory and renames it into place atomically (POSIX {@code rename(2)}), so a
 * failed write leaves the old file as it was; and detects failed writes to standard output,
 * which {@link java.io.PrintStream} and {@link PrintWriter} otherwise swallow.
 */
final class SafeOutput {

    /** Writes a file's content to the path it is given. */
    @FunctionalInterface
    interface Body {
        /**
         * @param file where to write (a temporary file next to the target)
         * @throws IOException if writing fails
         */
        void write(Path file) throws IOException;
    }

    /** Writes a text file's content. */
    @FunctionalInterface
    interface TextBody {
        /**
         * @param out the buffered UTF-8 writer of the file
         * @throws IOException if writing fails
         */
        void write(java.io.Writer out) throws IOException;
    }

    private SafeOutput() {
    }

    /**
     * {@link #replace} for text: the body writes UTF-8 through a buffered writer.
     *
     * @param target the file to create or replace
     * @param body writes the text
     * @throws IOException naming the target, if writing or renaming fails
     */
    static void replaceText(Path target, TextBody body) throws IOException {
        replace(target, tmp -> {
            try (java.io.Writer out = Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.UTF_8)) {
                body.write(out);
            }
        });
    }

    /**
     * An output file and the option that names it.
     *
     * @param option the option, for messages, e.g. {@code --plot}
     * @param path the file, or {@code null} if the option was not given
     */
    record Target(String option, Path path) {
    }

    /**
     * Checks the input and the output targets before any reading or fitting. The input may be a
     * pipe or FIFO (such as the {@code /dev/fd/63} of a shell's {@code <(...)}), not a directory.
     *
     * @param input the input file
     * @param targets the output files (those with a {@code null} path are not written)
     * @throws IllegalArgumentException naming the option and path, if a target is unusable, or if
     *     the input is a directory
     * @throws IOException if a path cannot be resolved
     */
    static void checkTargets(Path input, Target... targets) throws IOException {
        if (Files.isDirectory(input)) {
            throw new IllegalArgumentException(input + " is a directory; give the CSV file to read");
        }
        Path in = Files.exists(input) && !isStream(input) ? input.toRealPath() : null;
        Path[] real = new Path[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i].path() == null) {
                continue;
            }
            real[i] = target(targets[i].option(), targets[i].path(), in, input);
            for (int k = 0; k < i; k++) {
                if (real[i].equals(real[k])) {
                    throw new IllegalArgumentException(targets[k].option() + " " + targets[k].path() + " and "
                            + targets[i].option() + " " + targets[i].path() + " are the same file; one would replace"
                            + " the other: give them different names");
                }
            }
        }
    }

    /** @return the real path a target resolves to, after checking it */
    private static Path target(String option, Path target, Path realInput, Path input) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IllegalArgumentException(option + ": the file name is empty");
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(option + " " + target + " is a directory; give a file name in it");
        }
        Path real = resolve(target);
        if (isStream(real)) {
            return real;
        }
        Path dir = real.getParent();
        if (realInput != null && Files.exists(real) && Files.isSameFile(real, realInput)) {
            throw new IllegalArgumentException(option + " " + target + " is the input file " + input
                    + "; jdelt never overwrites its input: give another output name");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(option + " " + target + ": cannot create files in the directory "
                    + dir + " (no permission)");
        }
        return real;
    }

    /**
     * The real path a file is or would be written at: the file's own real path if it exists
     * (following symbolic links), else its real directory and its name.
     *
     * @throws IllegalArgumentException if the directory does not exist
     */
    private static Path resolve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return isStream(absolute) ? absolute : absolute.toRealPath();
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such file or directory: " + target + " (the directory " + dir
                    + " does not exist; create it first)");
        }
        return dir.toRealPath().resolve(absolute.getFileName());
    }

    /**
     * @return whether an existing path is a device, pipe or socket ({@code /dev/stdout}, a FIFO):
     *     written in place, as a stream, never renamed over
     */
    private static boolean isStream(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /**
     * Writes a file all or nothing: to a new temporary file in the target's directory, then renamed
     * over the target. On any failure the temporary file is removed and the target is untouched.
     * A device or pipe ({@code /dev/stdout}, a FIFO) is written in place instead.
     *
     * @param target the file to create or replace
     * @param body writes the content
     * @throws IOException naming the target, if writing or renaming fails
     */
    static void replace(Path target, Body body) throws IOException {
        Path real = resolve(target);
        if (isStream(real)) {
            try {
                body.write(real);
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + reason(e) + " (the output is incomplete)", e);
            }
            return;
        }
        Path temporary = createTemporary(real);
        try {
            body.write(temporary);
            try {
                Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("cannot write " + target + ": " + reason(e) + " (nothing was written; "
                    + (Files.exists(real) ? "its previous content is unchanged)" : "it was not created)"), e);
        }
    }

    /**
     * @return a new empty file next to {@code real}, created with the default permissions, whose
     *     name ends with the target's (so its extension still names the format)
     */
    private static Path createTemporary(Path real) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path t = real.resolveSibling(".jdelt-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + "-" + real.getFileName());
            try {
                return Files.createFile(t);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * @return a writer on the process's standard output that, unlike {@link System#out}, records a
     *     failed write (full disk, closed pipe) in {@link PrintWriter#checkError()}
     */
    static PrintWriter standardOutput() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * Flushes a writer and fails if any write to it failed.
     *
     * @param out the writer
     * @param what what it writes to, for the message
     * @throws IOException if a write failed
     */
    static void checkWritten(PrintWriter out, String what) throws IOException {
        if (out.checkError()) {
            throw new IOException("cannot write to " + what + " (disk full or pipe closed?): the output is incomplete");
        }
    }
}
