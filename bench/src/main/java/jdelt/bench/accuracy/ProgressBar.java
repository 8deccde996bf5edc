package jdelt.bench.accuracy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on standard error, redrawn in place when standard error is a terminal; otherwise
 * one plain line per tenth of the work, so logs stay readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int lastTenth = -1;

    /**
     * @param total the number of work units
     * @param terminal whether to redraw in place
     * @param err where to draw
     */
    public ProgressBar(int total, boolean terminal, PrintStream err) {
        this.total = total;
        this.terminal = terminal;
        this.err = err;
    }

    /**
     * Whether standard error is a terminal: on Linux, where file descriptor 2 points; elsewhere,
     * whether the JVM has a console.
     *
     * @return true if standard error appears to be a terminal
     */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    /**
     * Records finished units and redraws.
     *
     * @param units how many units just finished
     * @param label what is being worked on
     */
    public synchronized void advance(int units, String label) {
        done += units;
        double elapsed = (System.nanoTime() - start) * 1e-9;
        double eta = done == 0 ? 0 : elapsed * (total - done) / done;
        int filled = (int) ((long) WIDTH * done / Math.max(total, 1));
        String line = String.format("[%s%s] %3d%% %d/%d  %s elapsed, ~%s left  %s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), 100L * done / Math.max(total, 1), done, total,
                clock(elapsed), clock(eta), label);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            if (done >= total) {
                err.println();
            }
        } else {
            int tenth = (int) (10L * done / Math.max(total, 1));
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(line);
            }
        }
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
