package jdelt.examples;

import jdelt.interpolation.Curve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import jdelt.io.LongFormat;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;


/**
 * User story "jdelt as a library in a pipeline over many series": the growth curves of a
 * 384-well plate reader (optical density every ~10 minutes for 24 h, logistic growth with
 * different rates, lag times and yields, with noise) are each fitted and differentiated to find
 * the maximum growth rate and when it occurs, in parallel with one shared, immutable
 * {@link Interpolator}. The true rate of a logistic curve {@code K / (1 + exp(-r (t - t0)))} is
 * {@code r K / 4} at {@code t0}, which scores the estimates. The plate goes through a long-format
 * file ({@code well,t,od}, one row per reading, as plate readers export it), split by well with
 * {@link LongFormat} as {@code jdelt differentiate plate.csv --by well --x t --y od} does.
 *
 * <p>Run: {@code examples/run ManySeries [method] [wells] [samples per well]} (default {@code spline 384 145}).
 */
public final class ManySeries {

    private static final int GRID = 2000;

    private ManySeries() {
    }

    /** One well: its samples and its true growth parameters. */
    private record Well(double[] t, double[] od, double yield, double rate, double lag) {
        double trueMaxRate() {
            return rate * yield / 4;
        }
    }

    /** What the pipeline finds for one well. */
    private record Result(double maxRate, double atTime, double trueMaxRate, double trueTime) {
        double relativeError() {
            return Math.abs(maxRate - trueMaxRate) / trueMaxRate;
        }
    }

    /**
     * @param args optionally a method name, the number of wells and the samples per well
     * @throws IOException if the long-format file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        String method = args.length > 0 ? args[0] : "spline";
        int wells = args.length > 1 ? Integer.parseInt(args[1]) : 384;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 145;
        Interpolator interpolator = MethodRegistry.byName(method).create(Map.of());
        Well[] plate = IntStream.range(0, wells).mapToObj(i -> simulate(i, samples)).toArray(Well[]::new);
        Path file = Files.createTempFile("plate", ".csv");
        try {
            writeLongFormat(plate, file);
            long start = System.nanoTime();
            ReadOptions options = ReadOptions.defaults().withX("t").withY(List.of("od"));
            List<LongFormat.Group> groups = LongFormat.split(file, options, "well");
            Result[] results = IntStream.range(0, groups.size()).parallel().mapToObj(g -> {
                SampleTable table = LongFormat.read(groups.get(g), file.toString(), options);
                return analyse(interpolator, table.x(), table.y()[0], plate[g]);
            }).toArray(Result[]::new);
            double seconds = (System.nanoTime() - start) / 1e9;
            report(results, plate, method, seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void report(Result[] results, Well[] plate, String method, double seconds) {
        double[] errors = Arrays.stream(results).mapToDouble(Result::relativeError).sorted().toArray();
        double[] timing = Arrays.stream(results).mapToDouble(r -> Math.abs(r.atTime - r.trueTime)).sorted().toArray();
        System.out.printf("%d growth curves of %d samples each, read from one long-format file and fitted with method "
                + "%s on %d threads: %.2f s (%.0f series/s)%n", plate.length, plate[0].t.length, method,
                Runtime.getRuntime().availableProcessors(), seconds, plate.length / seconds);
        System.out.printf("maximum growth rate, relative error: median %.2f%%, 95th percentile %.2f%%%n",
                100 * errors[errors.length / 2], 100 * errors[(int) (0.95 * errors.length)]);
        System.out.printf("time of maximum growth, error: median %.1f min, 95th percentile %.1f min%n",
                60 * timing[timing.length / 2], 60 * timing[(int) (0.95 * timing.length)]);
        Result first = results[0];
        System.out.printf("well A1: %.4f OD/h at %.2f h (truth %.4f OD/h at %.2f h)%n", first.maxRate, first.atTime,
                first.trueMaxRate, first.trueTime);
    }

    /** Writes the plate as {@code well,t,od}, reading by reading (all wells at one time, then the next). */
    private static void writeLongFormat(Well[] plate, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("well,t,od\n");
            for (int i = 0; i < plate[0].t.length; i++) {
                for (int w = 0; w < plate.length; w++) {
                    out.write("w" + w + "," + plate[w].t[i] + "," + plate[w].od[i] + "\n");
                }
            }
        }
    }

    /** Fits one well (read back from the long-format file) and finds the largest slope of the fit on a fine grid. */
    private static Result analyse(Interpolator interpolator, double[] t, double[] od, Well well) {
        Curve slope = interpolator.fit(t, od).differentiate(1);
        double lo = t[0];
        double hi = t[t.length - 1];
        double best = Double.NEGATIVE_INFINITY;
        double at = lo;
        for (int i = 0; i <= GRID; i++) {
            double u = lo + (hi - lo) * i / GRID;
            double s = slope.value(u);
            if (s > best) {
                best = s;
                at = u;
            }
        }
        return new Result(best, at, well.trueMaxRate(), well.lag);
    }

    /** A seeded well: logistic growth over 24 h, {@code n} samples (every 10 min for 145) with jitter, noise sd 1% of the yield. */
    private static Well simulate(int index, int n) {
        Random random = new Random(1000L + index);
        double yield = 0.8 + 0.8 * random.nextDouble();
        double rate = 0.4 + 0.8 * random.nextDouble();
        double lag = 5 + 8 * random.nextDouble();
        double[] t = new double[n];
        double[] od = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 24.0 * i / (n - 1) + (i > 0 && i < n - 1 ? 1.44 / (n - 1) * random.nextGaussian() : 0);
            od[i] = 0.05 + yield / (1 + Math.exp(-rate * (t[i] - lag))) + 0.01 * yield * random.nextGaussian();
        }
        return new Well(t, od, yield, rate, lag);
    }
}
