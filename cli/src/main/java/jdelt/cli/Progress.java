package jdelt.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar on standard error for long work. It appears only when standard error is
 * a terminal and only once a stage has run for {@link #DELAY_MS} milliseconds, so quick runs and
 * redirected output stay clean; a background thread redraws it, so stages with no measurable
 * progress (a fit) still show that work is going on.
 */
final class Progress implements AutoCloseable {

    /** How long a stage runs before the bar appears. */
    static final long DELAY_MS = 400;

    private static final int WIDTH = 30;
    private static final long FRAME_MS = 120;

    private final PrintStream err;
    private final ScheduledExecutorService ticker;
    private final StageTimings timings;
    private volatile String label = "";
    private volatile long done;
    private volatile long total;
    private volatile long started;
    private boolean drawn;
    private int frame;

    private Progress(PrintStream err, boolean enabled, boolean timed) {
        this.err = err;
        this.timings = timed ? StageTimings.fromProperty(err) : null;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "jdelt-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, FRAME_MS, FRAME_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * @param err standard error
     * @param terminal whether standard error is a terminal (the launcher tells the tool through the
     *     {@code jdelt.stderr.tty} system property; without it, whether the JVM has a console)
     * @return a progress bar that draws only when {@code terminal}
     */
    static Progress on(PrintStream err, boolean terminal) {
        return new Progress(err, terminal, true);
    }

    /** @return a progress bar that shows and times nothing, for work done in parallel under one stage of another bar */
    static Progress quiet() {
        return new Progress(new PrintStream(OutputStream.nullOutputStream()), false, false);
    }

    /** @return whether standard error is a terminal, as far as this JVM can tell */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("jdelt.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /**
     * Starts a stage.
     *
     * @param what what is being done
     * @param units the amount of work, or 0 if it cannot be measured
     */
    void stage(String what, long units) {
        if (timings != null) {
            timings.stage(what);
        }
        synchronized (this) {
            label = what;
            total = units;
            done = 0;
            started = System.nanoTime();
        }
    }

    /** @param units the amount of work done so far in this stage */
    void advance(long units) {
        done = units;
    }

    private synchronized void draw() {
        if (System.nanoTime() - started < DELAY_MS * 1_000_000L) {
            return;
        }
        StringBuilder line = new StringBuilder("\r");
        long t = total;
        if (t > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / t);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.min(100, 100 * done / t)));
        } else {
            int pos = frame++ % (2 * WIDTH - 2);
            int at = pos < WIDTH ? pos : 2 * WIDTH - 2 - pos;
            line.append('[').append(" ".repeat(at)).append('#').append(" ".repeat(WIDTH - 1 - at)).append("]      ");
        }
        line.append(label).append(String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9));
        err.print(line.append("\033[K"));
        err.flush();
        drawn = true;
    }

    /**
     * Prints a line on standard error, erasing the bar first so the two do not mix.
     *
     * @param text the line
     */
    synchronized void println(String text) {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        err.println(text);
        err.flush();
    }

    /** Stops the bar and erases it. */
    @Override
    public void close() {
        if (timings != null) {
            timings.stage(null);
        }
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
