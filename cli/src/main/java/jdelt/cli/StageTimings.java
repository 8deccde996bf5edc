package jdelt.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures each stage of a run for the CLI benchmark ({@code jdelt.bench.cli.CliBenchmark}): when
 * the system property {@value #PROPERTY} is {@code true}, every stage's wall time, the CPU time
 * of the whole process (all threads, so it may exceed the wall time) and the peak resident set
 * size of the process during it are printed on standard error as
 * {@code jdelt-timing<TAB>stage<TAB>wall-ms<TAB>cpu-ms<TAB>peak-kB}. On a machine shared with
 * other work the CPU time is the steadier figure. The peak is Linux's {@code VmHWM}
 * (from {@code /proc/self/status}), reset at the start of each stage by writing {@code 5} to
 * {@code /proc/self/clear_refs} (proc(5)); where that is not possible the peak is -1, or the
 * peak so far if only the reset fails.
 */
final class StageTimings {

    /** The system property that turns the timings on. */
    static final String PROPERTY = "jdelt.timings";
    /** The first field of every timing line. */
    static final String TAG = "jdelt-timing";

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final PrintStream err;
    private final com.sun.management.OperatingSystemMXBean os;
    private String stage;
    private long started;
    private long cpuStarted;

    private StageTimings(PrintStream err) {
        this.err = err;
        java.lang.management.OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        this.os = bean instanceof com.sun.management.OperatingSystemMXBean b ? b : null;
    }

    /** @return timings printing on {@code err} if {@value #PROPERTY} is {@code true}, else {@code null} */
    static StageTimings fromProperty(PrintStream err) {
        return Boolean.getBoolean(PROPERTY) ? new StageTimings(err) : null;
    }

    /**
     * Ends the current stage (printing its line) and starts the next.
     *
     * @param next the next stage's name, or {@code null} to end the last one
     */
    synchronized void stage(String next) {
        if (stage != null) {
            err.println(TAG + "\t" + stage + "\t" + (System.nanoTime() - started) / 1_000_000 + "\t"
                    + (cpuNanos() - cpuStarted) / 1_000_000 + "\t" + peakKilobytes());
            err.flush();
        }
        stage = next;
        resetPeak();
        started = System.nanoTime();
        cpuStarted = cpuNanos();
    }

    /** @return the CPU time of the process so far, or 0 if this JVM cannot tell */
    private long cpuNanos() {
        return os != null ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** @return the process's peak resident set size since the last reset, in kB, or -1 if unknown */
    static long peakKilobytes() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed: the peak printed is then the peak so far
        }
    }
}
