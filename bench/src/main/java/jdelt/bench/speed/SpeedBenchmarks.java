package jdelt.bench.speed;

import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;


import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link FitDifferentiateBenchmark} for every registered method at n = 10^3 … 10^6 through the
 * JMH runner API, one size at a time from the smallest, skipping sizes a method is not meant for:
 * those above its limit in {@code size-limits.properties} (or {@code --max-n}), and those whose
 * time per operation, extrapolated from the sizes already measured, would exceed
 * {@code --max-seconds}. Writes {@code speed.md} and {@code speed.csv}.
 */
public final class SpeedBenchmarks {

    private static final String USAGE = String.join("\n",
            "usage: java -cp bench/target/benchmarks.jar jdelt.bench.speed.SpeedBenchmarks [options]",
            "  --methods a,b      only these registered methods (default: all)",
            "  --sizes n1,n2      sample counts (default 1000,10000,100000,1000000)",
            "  --max-n method=N   do not run a method above N samples (repeatable; adds to size-limits.properties)",
            "  --max-seconds S    skip a size whose extrapolated time per fit exceeds S (default 20)",
            "  -f F -wi W -i I    JMH forks, warm-up and measurement iterations (default 1, 3, 5)",
            "  -w S -r S          seconds per warm-up / measurement iteration (default 1, 1)",
            "  --out DIR          output directory (default bench/results, or results inside bench/)",
            "  --help             print this text");

    /** How long to wait for another JMH run (on the same machine) to release the JMH lock. */
    private static final double LOCK_WAIT_MINUTES = 20;

    /** One measured or skipped (method, n). */
    private record Row(String method, int n, double millis, double error, String note) {
    }

    private SpeedBenchmarks() {
    }

    /**
     * Runs the speed benchmarks.
     *
     * @param args options, see the usage text
     * @throws IOException if the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, String> opt = new LinkedHashMap<>();
        Map<String, Integer> maxN = limits();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("-")) {
                fail("expected an option and its value at '" + args[i] + "'");
            }
            if (args[i].equals("--max-n")) {
                String[] kv = args[i + 1].split("=", 2);
                if (kv.length != 2) {
                    fail("--max-n expects method=N, got '" + args[i + 1] + "'");
                }
                maxN.put(kv[0], Integer.parseInt(kv[1]));
            } else if (List.of("--methods", "--sizes", "--max-seconds", "-f", "-wi", "-i", "-w", "-r", "--out")
                    .contains(args[i])) {
                opt.put(args[i], args[i + 1]);
            } else {
                fail("unknown option '" + args[i] + "'");
            }
        }
        List<String> methods = MethodRegistry.all().stream().map(MethodDescriptor::name)
                .filter(m -> !opt.containsKey("--methods") || List.of(opt.get("--methods").split(",")).contains(m))
                .toList();
        int[] sizes = Arrays.stream(opt.getOrDefault("--sizes", "1000,10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).sorted().toArray();
        double maxSeconds = Double.parseDouble(opt.getOrDefault("--max-seconds", "20"));
        Path out = Path.of(opt.getOrDefault("--out",
                Files.isDirectory(Path.of("bench")) ? "bench/results" : "results"));
        List<Row> rows = new ArrayList<>();
        for (String method : methods) {
            List<Row> measured = new ArrayList<>();
            for (int n : sizes) {
                Row row = runOne(method, n, maxN.get(method), measured, maxSeconds, opt);
                System.err.println(describe(row));
                rows.add(row);
                if (Double.isFinite(row.millis())) {
                    measured.add(row);
                }
            }
        }
        Files.createDirectories(out);
        write(rows, sizes, args, out);
        System.out.println("wrote " + out.resolve("speed.md"));
    }

    private static Row runOne(String method, int n, Integer limit, List<Row> measured, double maxSeconds,
                              Map<String, String> opt) {
        if (limit != null && n > limit) {
            return new Row(method, n, Double.NaN, Double.NaN, "not meant for n > " + limit);
        }
        double predicted = extrapolate(measured.stream().mapToInt(Row::n).toArray(),
                measured.stream().mapToDouble(Row::millis).toArray(), n);
        if (predicted > maxSeconds * 1e3) {
            return new Row(method, n, Double.NaN, Double.NaN,
                    String.format(Locale.ROOT, "skipped: ~%.3g s per fit extrapolated", predicted / 1e3));
        }
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(FitDifferentiateBenchmark.class.getName() + ".fitAndDifferentiate")
                .param("method", method).param("n", Integer.toString(n))
                .forks(Integer.parseInt(opt.getOrDefault("-f", "1")))
                .warmupIterations(Integer.parseInt(opt.getOrDefault("-wi", "3")))
                .measurementIterations(Integer.parseInt(opt.getOrDefault("-i", "5")))
                .warmupTime(TimeValue.seconds(Long.parseLong(opt.getOrDefault("-w", "1"))))
                .measurementTime(TimeValue.seconds(Long.parseLong(opt.getOrDefault("-r", "1"))))
                .timeout(TimeValue.seconds((long) Math.max(60, 3 * maxSeconds)))
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT);
        long waitUntil = System.nanoTime() + (long) (LOCK_WAIT_MINUTES * 60e9);
        while (true) {
            try {
                Collection<RunResult> results = new Runner(b.build()).run();
                RunResult r = results.iterator().next();
                return new Row(method, n, r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(), "");
            } catch (RunnerException | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                String message = String.valueOf(cause.getMessage());
                if (message.contains("JMH lock") && System.nanoTime() < waitUntil) {
                    System.err.println("another JMH run holds the lock; waiting 15 s (measurements would disturb each other)");
                    sleep(15);
                    continue;
                }
                return new Row(method, n, Double.NaN, Double.NaN, "failed: "
                        + (message.length() > 120 ? message.substring(0, 120) + "…" : message));
            }
        }
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Time at {@code n} extrapolated as a power law through the last two measured sizes, with the
     * exponent clamped to [1, 3] (linear with one measurement); 0 with none.
     *
     * @param sizes measured sizes, increasing
     * @param millis their times
     * @param n the size to predict
     * @return the predicted time in the unit of {@code millis}
     */
    static double extrapolate(int[] sizes, double[] millis, int n) {
        int k = sizes.length;
        if (k == 0) {
            return 0;
        }
        double exponent = 1;
        if (k >= 2) {
            exponent = Math.log(millis[k - 1] / millis[k - 2]) / Math.log((double) sizes[k - 1] / sizes[k - 2]);
            exponent = Math.min(3, Math.max(1, exponent));
        }
        return millis[k - 1] * Math.pow((double) n / sizes[k - 1], exponent);
    }

    private static Map<String, Integer> limits() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SpeedBenchmarks.class.getResourceAsStream("size-limits.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Map<String, Integer> limits = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> limits.put(k, Integer.parseInt(p.getProperty(k).trim())));
        return limits;
    }

    private static String describe(Row r) {
        return Double.isFinite(r.millis())
                ? String.format(Locale.ROOT, "%s n=%d: %.4g ± %.2g ms per fit + d1 + d2", r.method(), r.n(), r.millis(),
                        r.error())
                : r.method() + " n=" + r.n() + ": " + r.note();
    }

    private static void write(List<Row> rows, int[] sizes, String[] args, Path out) throws IOException {
        StringBuilder md = new StringBuilder("# jdelt speed benchmark\n\n");
        md.append("Fit + first and second derivative at every sample, default settings, jittered x, 5 % noise;"
                + " JMH average time per operation (± 99.9 % confidence half-width in speed.csv), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(String.format(Locale.ROOT, ", load average %.2f at the end (other processes share the cores:"
                        + " compare sizes and methods of one run, not runs)",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(".\nCommand: `java -cp bench/target/benchmarks.jar jdelt.bench.speed.SpeedBenchmarks")
                .append(args.length == 0 ? "" : " " + String.join(" ", args)).append("`.\n\n| method |");
        StringBuilder csv = new StringBuilder("method,n,ms_per_op,error_ms,ns_per_point,note\n");
        for (int n : sizes) {
            md.append(" n = ").append(n).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(sizes.length)).append('\n');
        String current = null;
        for (Row r : rows) {
            if (!r.method().equals(current)) {
                md.append(current == null ? "" : "\n").append("| `").append(r.method()).append("` |");
                current = r.method();
            }
            md.append(' ').append(Double.isFinite(r.millis())
                    ? time(r.millis()) + String.format(Locale.ROOT, " (%.0f ns/pt)", r.millis() * 1e6 / r.n())
                    : r.note().replace('|', '/')).append(" |");
            csv.append(String.format(Locale.ROOT, "%s,%d,%.6g,%.3g,%.4g,\"%s\"%n", r.method(), r.n(), r.millis(),
                    r.error(), r.millis() * 1e6 / r.n(), r.note().replace("\"", "'")));
        }
        md.append('\n');
        Files.writeString(out.resolve("speed.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("speed.csv"), csv.toString(), StandardCharsets.UTF_8);
    }

    private static String time(double millis) {
        if (millis < 1) {
            return String.format(Locale.ROOT, "%.3g µs", millis * 1e3);
        }
        return millis < 1000 ? String.format(Locale.ROOT, "%.3g ms", millis)
                : String.format(Locale.ROOT, "%.3g s", millis / 1e3);
    }

    private static void fail(String message) {
        System.err.println(message + "\n" + USAGE);
        System.exit(2);
    }
}
