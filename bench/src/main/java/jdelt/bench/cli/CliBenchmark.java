package jdelt.bench.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import jdelt.io.DoubleFormat;

/**
 * The end-to-end benchmark of the command-line tool: generates CSV files of 10^6 and 10^7 rows
 * (irregular x, a noisy sum of sines), runs {@code jdelt differentiate FILE --order 1,2 --output
 * ... --plot ...} on each in a fresh JVM under {@code /usr/bin/time -v}, through the {@code ./jdelt} launcher
 * (so with the JVM options users get) or, with {@code --jar}, as {@code java -jar JAR}, and reports the wall time,
 * CPU time and peak resident set size of the whole run and of its stages (read, fit, write, plot),
 * which the tool prints when run with {@code -Djdelt.timings=true} ({@code jdelt.cli.StageTimings}).
 * Writes {@code bench/results/cli.md}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar jdelt.bench.cli.CliBenchmark [--rows 1000000,10000000]
 * [--runs 3] [--java-opts "-Xmx1280m"] [--jar JAR] [--work bench/target/cli]
 * [--out bench/results/cli.md]}; {@code --java-opts} are given to the tool's JVM (space-separated; through the
 * launcher's {@code JDELT_JAVA_OPTS}, after its own, which they override).
 * Each size is run {@code --runs} times and the run with the least wall time is reported (the
 * machine is shared: the least is the least disturbed).
 */
public final class CliBenchmark {

    /** Targets of issue 13, for the 10^6- and the 10^7-row file: wall seconds, and peak MB (10^7 only). */
    private static final double TARGET_1E6_S = 1.5;
    private static final double TARGET_1E7_S = 10;
    private static final double TARGET_1E7_MB = 1.5 * 1024;
    private static final String USAGE = "usage: java -cp bench/target/benchmarks.jar jdelt.bench.cli.CliBenchmark"
            + " [--rows 1000000,10000000] [--runs 3] [--java-opts \"-Xmx1280m\"] [--jar JAR] [--work bench/target/cli]"
            + " [--out bench/results/cli.md]";
    /** The launcher users run, relative to the repository's root. */
    private static final Path LAUNCHER = Path.of("./jdelt");

    private CliBenchmark() {
    }

    /** One measured run: whole-process figures and per-stage {wall ms, cpu ms, peak kB}. */
    record Run(long rows, double wallS, double cpuS, long peakKb, Map<String, long[]> stages) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     * @throws Exception if a file cannot be written or a run fails
     */
    public static void main(String[] args) throws Exception {
        StringBuilder commandLine = new StringBuilder();
        for (String a : args) {
            commandLine.append(a.contains(" ") || a.isEmpty() ? " \"" + a + "\"" : " " + a);
        }
        List<Long> sizes = List.of(1_000_000L, 10_000_000L);
        int runs = 3;
        Path jar = null;
        Path work = Path.of("bench/target/cli");
        Path out = Path.of("bench/results/cli.md");
        List<String> javaOpts = List.of();
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--help") || i + 1 == args.length) {
                System.err.println((args[i].equals("--help") ? "" : args[i] + " needs a value\n") + USAGE);
                System.exit(args[i].equals("--help") ? 0 : 2);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--rows" -> sizes = List.of(value.split(",")).stream().map(Long::valueOf).toList();
                case "--runs" -> runs = Integer.parseInt(value);
                case "--jar" -> jar = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--java-opts" -> javaOpts = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jar != null && !Files.isRegularFile(jar) || jar == null && !Files.isExecutable(LAUNCHER)) {
            throw new IllegalArgumentException((jar != null ? jar : LAUNCHER) + " not found: run from the repository's root,"
                    + " or build the jar with mvn -B -q -pl cli -am package -DskipTests");
        }
        Files.createDirectories(work);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        Instant started = Instant.now();
        List<Run> best = new ArrayList<>();
        StringBuilder every = new StringBuilder();
        for (long n : sizes) {
            Path csv = work.resolve("rows-" + n + ".csv");
            generate(csv, n, 13);
            Run fastest = null;
            for (int r = 0; r < runs; r++) {
                Run run = run(jar, javaOpts, csv, work, n);
                String line = String.format(Locale.ROOT, "%,d rows, run %d: %.2f s wall, %.2f s CPU, %,d MB peak RSS%n",
                        n, r + 1, run.wallS(), run.cpuS(), run.peakKb() / 1024);
                System.out.print(line);
                every.append("- ").append(line);
                if (fastest == null || run.wallS() < fastest.wallS()) {
                    fastest = run;
                }
            }
            best.add(fastest);
            Files.delete(csv);
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(best, every.toString(), runs, jar, javaOpts, commandLine.toString(), started, loadBefore,
                loadAfter));
        System.out.println("wrote " + out);
    }

    /** Writes n rows {@code t,y}: t increasing with jittered steps of about 1 ms, y a noisy sum of two sines. */
    static void generate(Path file, long n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        char[] buf = new char[2 * DoubleFormat.MAX_LENGTH + 2];
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("t,y\n");
            double t = 0;
            for (long i = 0; i < n; i++) {
                t += 0.001 * (0.5 + random.nextDouble());
                double y = Math.sin(t) + 0.3 * Math.sin(7.1 * t) + 0.01 * random.nextGaussian();
                int end = DoubleFormat.format(t, buf, 0);
                buf[end++] = ',';
                end = DoubleFormat.format(y, buf, end);
                buf[end++] = '\n';
                w.write(buf, 0, end);
            }
        }
    }

    /** @param jar the jar to run with {@code java -jar}, or {@code null} to run the launcher */
    private static Run run(Path jar, List<String> javaOpts, Path csv, Path work, long n)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-v"));
        }
        if (jar != null) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOpts);
            command.addAll(List.of("-Djdelt.timings=true", "-Djava.awt.headless=true", "-jar", jar.toString()));
        } else {
            command.add(LAUNCHER.toString());
        }
        command.addAll(List.of("differentiate", csv.toString(), "--order", "1,2", "--output",
                work.resolve("out-" + n + ".csv").toString(), "--plot", work.resolve("out-" + n + ".png").toString()));
        Path err = work.resolve("stderr-" + n + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        if (jar == null) {
            builder.environment().put("JDELT_JAVA_OPTS", String.join(" ", javaOpts) + " -Djdelt.timings=true");
        }
        long t0 = System.nanoTime();
        Process p = builder.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException("jdelt failed with exit code " + code + ":\n" + String.join("\n", lines));
        }
        Map<String, long[]> stages = new LinkedHashMap<>();
        double cpu = 0;
        long peak = -1;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length == 5 && f[0].equals("jdelt-timing")) {
                long[] sum = stages.computeIfAbsent(group(f[1]), k -> new long[3]);
                sum[0] += Long.parseLong(f[2]);
                sum[1] += Long.parseLong(f[3]);
                sum[2] = Math.max(sum[2], Long.parseLong(f[4]));
            } else if (line.contains("User time (seconds):") || line.contains("System time (seconds):")) {
                cpu += Double.parseDouble(line.substring(line.lastIndexOf(':') + 1).trim());
            } else if (line.contains("Maximum resident set size (kbytes):")) {
                peak = Long.parseLong(line.substring(line.lastIndexOf(':') + 1).trim());
            }
        }
        // resetting VmHWM for a stage (clear_refs) also resets the high-water mark that the kernel
        // reports to time(1) at exit, so the run's peak is the greater of that and every stage's
        for (long[] stage : stages.values()) {
            peak = Math.max(peak, stage[2]);
        }
        return new Run(n, wall, cpu, peak, stages);
    }

    /** @return the benchmark's stage for one of the tool's stage names */
    private static String group(String stage) {
        if (stage.startsWith("reading")) {
            return "read";
        }
        if (stage.startsWith("fitting") || stage.startsWith("evaluating")) {
            return "fit (and evaluate at every x)";
        }
        if (stage.startsWith("writing")) {
            return "write";
        }
        if (stage.startsWith("drawing")) {
            return "plot";
        }
        return stage;
    }

    /**
     * @return whether a wall-time target is met and, if not, whether an idle machine could meet it: not if
     *     the run's CPU time exceeds what all processors give in the target's time
     */
    private static String verdict(Run r, double targetS) {
        if (r.wallS() <= targetS) {
            return "met";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double idleBound = r.cpuS() / cores;
        return String.format(Locale.ROOT, "not met; its %.2f s of CPU time mean at least %.2f s on %d idle cores, %s",
                r.cpuS(), idleBound, cores, idleBound > targetS ? "so not met on an idle machine either"
                        : "within the target, so an idle machine might meet it");
    }

    private static String report(List<Run> runs, String every, int repeats, Path jar, List<String> javaOpts, String arguments,
            Instant started,
            String loadBefore, String loadAfter) {
        StringBuilder s = new StringBuilder("# CLI benchmark\n\n");
        s.append("`jdelt differentiate FILE --order 1,2 --output OUT.csv --plot OUT.png` (spline, the default method), ")
                .append("one fresh JVM per run, ").append(jar == null ? "through the `./jdelt` launcher (its JVM options"
                        : "as `java -jar " + jar + "` (").append(javaOpts.isEmpty() ? ")" : ", and `" + String.join(" ", javaOpts) + "`)")
                .append(", best of ").append(repeats).append(" runs by wall time. Generated by\n\n")
                .append("```bash\nmvn -B -q -pl cli,bench -am package -DskipTests && java -cp bench/target/benchmarks.jar jdelt.bench.cli.CliBenchmark")
                .append(arguments).append("\n```\n\n")
                .append(String.format(Locale.ROOT, "Run %s, Java %s, %d processors; load average before: %s, after: %s.%n%n",
                        started.truncatedTo(ChronoUnit.MINUTES), System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter))
                .append("**The machine is shared** (2 cores, other engineers' builds and benchmarks running): wall times are ")
                .append("inflated by the load, by several times when the load average is well above 2; the CPU time ")
                .append("(all threads of the process, JIT and GC included) is the steadier figure.\n\n");
        s.append("| rows | stage | wall s | CPU s | peak RSS MB |\n|---:|---|---:|---:|---:|\n");
        for (Run r : runs) {
            double staged = 0;
            for (Map.Entry<String, long[]> e : r.stages().entrySet()) {
                long[] v = e.getValue();
                staged += v[0] / 1e3;
                s.append(String.format(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %s |%n", r.rows(), e.getKey(), v[0] / 1e3,
                        v[1] / 1e3, v[2] < 0 ? "n/a" : String.valueOf(v[2] / 1024)));
            }
            s.append(String.format(Locale.ROOT, "| %,d | JVM start and exit (the rest) | %.2f | | |%n", r.rows(), r.wallS() - staged));
            s.append(String.format(Locale.ROOT, "| %,d | **whole run** | **%.2f** | **%.2f** | **%s** |%n", r.rows(), r.wallS(),
                    r.cpuS(), r.peakKb() < 0 ? "n/a" : String.valueOf(r.peakKb() / 1024)));
        }
        s.append("\nPeak RSS per stage is Linux's VmHWM, reset at the start of each stage; the whole run's is ")
                .append("the greatest of `/usr/bin/time -v`'s maximum resident set size (which covers only what follows ")
                .append("the last reset) and every stage's. It counts garbage not yet collected: ")
                .append("without `-Xmx` the JVM may grow its heap up to a quarter of the RAM rather than collect.\n\n")
                .append("Every run (the peak RSS varies from run to run with the JVM's heap sizing):\n\n").append(every)
                .append("\n## Targets (issue 13), on the best run\n\n");
        for (Run r : runs) {
            if (r.rows() == 1_000_000) {
                s.append(String.format(Locale.ROOT, "- 10^6 rows with --plot <= %.1f s wall: %.2f s, %s%n", TARGET_1E6_S,
                        r.wallS(), verdict(r, TARGET_1E6_S)));
            } else if (r.rows() == 10_000_000) {
                s.append(String.format(Locale.ROOT, "- 10^7 rows <= %.0f s wall: %.2f s, %s%n", TARGET_1E7_S, r.wallS(),
                        verdict(r, TARGET_1E7_S)));
                s.append(String.format(Locale.ROOT, "- 10^7 rows <= 1.5 GB peak RSS: %d MB, %s%n", r.peakKb() / 1024,
                        r.peakKb() >= 0 && r.peakKb() <= TARGET_1E7_MB * 1024 ? "met" : "not met"));
            }
        }
        return s.toString();
    }
}
