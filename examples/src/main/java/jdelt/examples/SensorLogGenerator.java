package jdelt.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the bundled sensor log {@code examples/data/vehicle-log.csv}: 180 s of a vehicle's
 * distance along the road as a GPS receiver would log it ({@link VehicleTrajectory} is the truth).
 * Everything is seeded, so the file is reproducible byte for byte:
 * <ul>
 *   <li>time stamps: ISO-8601 with milliseconds and a +01:00 offset, nominally 5 Hz with
 *       Gaussian jitter (sd 20 ms, clipped to 120–300 ms between fixes);</li>
 *   <li>GPS-like error: white noise (sd 0.7 m) plus a slowly wandering bias, an AR(1) process with
 *       a 20 s correlation time and sd 0.3 m;</li>
 *   <li>a gap: no fix from t = 95 s to t = 103 s (a tunnel);</li>
 *   <li>a duplicate: one fix logged twice with the same time stamp (the second with fresh noise);</li>
 *   <li>one fix without a position (empty cell) and one pair of lines written out of order.</li>
 * </ul>
 * The third column, the number of satellites used, is there as a receiver would log it.
 *
 * <p>Run: {@code examples/run SensorLogGenerator [output-file]}.
 */
public final class SensorLogGenerator {

    static final long SEED = 20260314L;
    static final double DURATION = 180;
    static final double GAP_START = 95;
    static final double GAP_END = 103;
    static final OffsetDateTime START = OffsetDateTime.parse("2026-03-14T08:15:00.000+01:00");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private SensorLogGenerator() {
    }

    /**
     * @param args optionally, the output file (default {@code examples/data/vehicle-log.csv})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/data/vehicle-log.csv");
        List<String> lines = lines();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            lines.forEach(w::println);
        }
        System.out.println("wrote " + out + " (" + (lines.size() - 3) + " data lines)");
    }

    /** @return the lines of the log, comments and header first */
    static List<String> lines() {
        Random random = new Random(SEED);
        List<String> rows = new ArrayList<>();
        double bias = 0;
        double t = 0;
        double previous = 0;
        int satellites = 9;
        boolean duplicated = false;
        boolean blanked = false;
        while (t <= DURATION) {
            if (t < GAP_START || t > GAP_END) {
                double dt = t - previous;
                double rho = Math.exp(-dt / 20.0);
                bias = rho * bias + Math.sqrt(1 - rho * rho) * 0.3 * random.nextGaussian();
                previous = t;
                satellites = Math.max(5, Math.min(12, satellites + (random.nextInt(9) - 4) / 4));
                double position = VehicleTrajectory.position(t) + bias + 0.7 * random.nextGaussian();
                String stamp = START.plusNanos(Math.round(t * 1e3) * 1_000_000L).format(STAMP);
                boolean blank = !blanked && t > 140;
                blanked |= blank;
                rows.add(stamp + "," + (blank ? "" : String.format(Locale.ROOT, "%.2f", position)) + "," + satellites);
                if (!duplicated && t > 40) {
                    duplicated = true;
                    double again = VehicleTrajectory.position(t) + bias + 0.7 * random.nextGaussian();
                    rows.add(stamp + "," + String.format(Locale.ROOT, "%.2f", again) + "," + satellites);
                }
            }
            t += Math.max(0.12, Math.min(0.30, 0.2 + 0.02 * random.nextGaussian()));
            t = Math.round(t * 1e3) / 1e3;
        }
        int swap = rows.size() * 3 / 4;
        rows.add(swap + 1, rows.remove(swap));
        List<String> lines = new ArrayList<>();
        lines.add("# Synthetic GPS log of a vehicle's distance along the road; written by");
        lines.add("# jdelt.examples.SensorLogGenerator (seed " + SEED + "); the truth is jdelt.examples.VehicleTrajectory.");
        lines.add("time,position (m),satellites");
        lines.addAll(rows);
        return lines;
    }
}
