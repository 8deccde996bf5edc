package jdelt.bench.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes the Markdown report of an accuracy run: what was run, a headline table, a plain
 * recommendation, a ranking per scenario by the geometric mean of each method's error ratio to the
 * best method of each cell (the summary statistic of Fleming &amp; Wallace, CACM 29, 1986), the gap
 * between automatic and oracle smoothing, the plots, and every failure, timeout and skip.
 */
public final class Report {

    /** A group of cells the report ranks methods on. */
    record Scenario(String name, Predicate<Cell> includes) {
    }

    /** Per-method summary over a set of cells. */
    record Summary(Variant variant, double d1Inner, double d1All, double d2Inner, double d2All, double d1Edge,
                   double d2Edge, int ok, int total, double medianSeconds) {
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("Smooth signals, little noise (0–1 % Gaussian, uniform, n = 1000)",
                    c -> c.signal().smooth() && base(c) && c.level() <= 0.01),
            new Scenario("Smooth signals, 5–20 % Gaussian noise (uniform, n = 1000)",
                    c -> c.signal().smooth() && base(c) && c.level() >= 0.05),
            new Scenario("Hard signals (|t| kink, Lorenz x), Gaussian noise (uniform, n = 1000)",
                    c -> !c.signal().smooth() && base(c)),
            new Scenario("Laplace (heavy-tailed) noise", c -> c.noise() == NoiseModel.LAPLACE),
            new Scenario("1 % gross outliers", c -> c.noise() == NoiseModel.OUTLIERS),
            new Scenario("Jittered sampling", c -> c.sampling() == Sampling.JITTERED),
            new Scenario("Gappy sampling", c -> c.sampling() == Sampling.GAPPY),
            new Scenario("Small samples (n = 100)", c -> c.n() == 100),
            new Scenario("Large samples (n = 10000)", c -> c.n() == 10000),
            new Scenario("Heteroscedastic noise (deviation rising 25× along the record)",
                    c -> c.noise() == NoiseModel.HETEROSCEDASTIC),
            new Scenario("Log-spaced x", c -> c.sampling() == Sampling.LOG),
            new Scenario("Clustered x", c -> c.sampling() == Sampling.CLUSTERED),
            new Scenario("Nearly noise-free (0.01 % Gaussian)", c -> c.level() == Grid.NEARLY_CLEAN),
            new Scenario("Short records (n = 20 and 40, 1 % Gaussian)", c -> c.n() == Grid.SHORT[0] || c.n() == Grid.SHORT[1]),
            new Scenario("Long record (120 periods, n = 20000)", c -> c.n() == Grid.LONG_N));

    private Report() {
    }

    private static boolean base(Cell c) {
        return !Grid.hard(c) && c.noise() == NoiseModel.GAUSSIAN && c.sampling() == Sampling.UNIFORM && c.n() == Grid.BASE_N;
    }

    /**
     * Writes the report.
     *
     * @param results the run's results
     * @param options the options it ran with
     * @param args the command-line arguments, quoted in the report
     * @param took the run's wall-clock time
     * @param timedOutAt per variant, the smallest size at which a fit timed out
     * @param file where to write
     * @return the headline table (Markdown), for the console
     * @throws IOException if writing fails
     */
    public static String write(Results results, AccuracyOptions options, String[] args, Duration took,
                             Map<String, Integer> timedOutAt, Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        header(md, results, options, args, took);
        List<Summary> overall = summarise(results, results.cells());
        List<Cell> original = results.cells().stream().filter(c -> !Grid.hard(c)).toList();
        List<Cell> hard = results.cells().stream().filter(Grid::hard).toList();
        int headlineStart = md.length();
        if (!original.isEmpty()) {
            md.append("\n## Headline (default grid)\n\nGeometric-mean error ratio to the best variant of each cell"
                    + " (edge: the outer 10 % of the range); median seconds per fit over the cells (all sizes; for an"
                    + " oracle, the whole search).\n\n");
            table(md, summarise(results, original));
        }
        if (!hard.isEmpty()) {
            md.append("\n## Headline (hard-data grid)\n\nThe same over the hard-data cells: heteroscedastic noise,"
                    + " log-spaced and clustered x, 0.01 % noise, short and long records.\n\n");
            table(md, summarise(results, hard));
        }
        String headline = md.substring(headlineStart);
        md.append("\n## Recommendation\n\n");
        recommend(md, results);
        md.append("\n## Ranking per scenario\n\n");
        md.append("Ranked by the geometric mean, over the scenario's cells, of the ratio of the method's inner-90 %"
                + " first-derivative RMSE to the best variant's in that cell (1.00 = best everywhere). A method that"
                + " failed or was skipped in some cells (see *cells ok*) is averaged over the cells where it ran,"
                + " which the time budget spreads over all signals and factors; compare such rows with care.\n");
        for (Scenario s : SCENARIOS) {
            List<Cell> cells = results.cells().stream().filter(s.includes()).toList();
            if (!cells.isEmpty()) {
                md.append("\n### ").append(s.name()).append(" — ").append(cells.size()).append(" cells\n\n");
                table(md, summarise(results, cells));
            }
        }
        oracleGap(md, results, overall);
        ReportSections.edges(md, results);
        ReportSections.coverage(md, results, SCENARIOS);
        ReportSections.noiseFree(md, results, options.seeds());
        md.append("\n## Error against noise level\n\nGaussian noise, uniform sampling, n = 1000; mean over seeds of"
                + " the inner-90 % RMSE; oracles dashed; noise level 0 drawn at ").append(Plots.ZERO_NOISE_AT)
                .append(" %.\n\n![first derivative](error_vs_noise_d1.png)\n\n![second derivative]"
                        + "(error_vs_noise_d2.png)\n");
        md.append("\n## Example\n\nOne data set (seed 0) and each method's first derivative with default settings"
                + " (methods that failed or timed out on it are not drawn).\n\n![example](example.png)\n");
        problems(md, results, timedOutAt);
        md.append("\n## Raw data\n\nEvery cell and method (mean over seeds, ratios, time, first problem):"
                + " [accuracy.csv](accuracy.csv).\n");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        return headline;
    }

    private static void header(StringBuilder md, Results results, AccuracyOptions o, String[] args, Duration took) {
        md.append("# jdelt accuracy benchmark\n\n");
        md.append("Produced by `java -cp bench/target/benchmarks.jar jdelt.bench.accuracy.AccuracyBenchmark")
                .append(args.length == 0 ? "" : " " + String.join(" ", args)).append("` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" in ").append(took.toMinutes()).append(" min ").append(took.toSecondsPart())
                .append(" s (").append(o.threads()).append(" threads, load average ")
                .append(String.format(Locale.ROOT, "%.2f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" at the end, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(").\n\n");
        md.append("**Methods** (every method in `MethodRegistry.all()`, default settings):\n\n");
        for (Variant v : results.variants()) {
            if (v.oracle()) {
                var sm = v.method().smoothing().orElseThrow();
                md.append(String.format(Locale.ROOT, "- `%s`: `%s` tuned on the truth over [%.3g, %.3g] (log scale)%n",
                        v.name(), sm.parameter(), sm.min(), sm.max()));
            } else {
                md.append("- `").append(v.name()).append("`: ").append(v.method().description()).append('\n');
            }
        }
        md.append("\n**Grid**: ").append(Grid.describe(o.full(), o.grid())).append(' ').append(results.cells().size())
                .append(" cells × ").append(o.seeds()).append(" seeds.\n\n");
        md.append("**Signals**: sines (three sines, [0, 2]), gaussian-bump (σ = 0.15), logistic (slope 8),"
                + " damped-oscillation (e^(−t/2) cos 3πt), polynomial (quartic), abs-kink (|t|, true d2 taken"
                + " as 0), ode-logistic, lorenz-x (Lorenz x component, t ∈ [0, 4]), ode-damped-pendulum;"
                + " ODEs integrated by Dormand–Prince 8(5,3) at tolerance 1e-12, derivatives from the"
                + " right-hand side. Hard signals (no smoothness assumption holds): abs-kink, lorenz-x.\n\n");
        md.append("**Noise**: standard deviation = level × standard deviation of the clean signal; Gaussian;"
                + " Laplace with the same standard deviation; outliers = Gaussian plus, at 1 % of the points, ±")
                .append((int) NoiseModel.OUTLIER_SIZE).append(" signal standard deviations.\n\n");
        md.append(String.format(Locale.ROOT, "**Metrics**: RMSE of the first (d1) and second (d2) derivative at the"
                + " sample times, on the inner 90 %% of the range, on the whole range and on the outer 10 %% (edge),"
                + " averaged over the seeds"
                + " that succeeded; ratio = RMSE / smallest RMSE of any variant in the cell (oracles included);"
                + " time = wall-clock seconds for fit + d1 + d2 at all samples (for an oracle: the whole search)."
                + " Oracle: %d log-spaced values then %d golden-section fits per derivative order, tuned"
                + " separately for d1 and d2 (a parameter whose range has whole-number ends, such as a window, is"
                + " rounded to whole numbers); not run where the default fit took over %.3g s."
                + " Limits: %.3g s per fit; %s per variant (cells run seed by seed, in a fixed shuffled order with"
                + " n = 10000 last, so a budget cut leaves a spread of cells).%n",
                o.oracleGrid(), o.oracleRefine(), o.oracleFitLimit(), o.timeoutSeconds(),
                o.budgetSeconds() > 0 ? String.format(Locale.ROOT, "%.0f s of fitting", o.budgetSeconds())
                        : "no time budget"));
    }

    static List<Summary> summarise(Results results, List<Cell> cells) {
        List<Summary> out = new ArrayList<>();
        for (Variant v : results.variants()) {
            int ok = 0;
            List<Double> seconds = new ArrayList<>();
            for (Cell c : cells) {
                if (Double.isFinite(results.mean(c, v, Results.Metric.D1_INNER))) {
                    ok++;
                }
                double s = results.seconds(c, v);
                if (Double.isFinite(s)) {
                    seconds.add(s);
                }
            }
            seconds.sort(Comparator.naturalOrder());
            out.add(new Summary(v, geoMean(results, cells, v, Results.Metric.D1_INNER),
                    geoMean(results, cells, v, Results.Metric.D1_ALL), geoMean(results, cells, v, Results.Metric.D2_INNER),
                    geoMean(results, cells, v, Results.Metric.D2_ALL), geoMean(results, cells, v, Results.Metric.D1_EDGE),
                    geoMean(results, cells, v, Results.Metric.D2_EDGE), ok, cells.size(),
                    seconds.isEmpty() ? Double.NaN : seconds.get(seconds.size() / 2)));
        }
        out.sort(Comparator.comparing(s -> Double.isNaN(s.d1Inner()) ? Double.POSITIVE_INFINITY : s.d1Inner()));
        return out;
    }

    static double geoMean(Results results, List<Cell> cells, Variant v, Results.Metric metric) {
        double logSum = 0;
        int count = 0;
        for (Cell c : cells) {
            double r = results.ratio(c, v, metric);
            if (Double.isFinite(r) && r > 0) {
                logSum += Math.log(r);
                count++;
            }
        }
        return count == 0 ? Double.NaN : Math.exp(logSum / count);
    }

    private static void table(StringBuilder md, List<Summary> rows) {
        md.append("| rank | method | d1 inner | d1 whole | d1 edge | d2 inner | d2 whole | d2 edge | cells ok"
                + " | median s/fit |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int rank = 1;
        for (Summary s : rows) {
            md.append(String.format(Locale.ROOT, "| %d | `%s` | %s | %s | %s | %s | %s | %s | %d/%d | %s |%n", rank++,
                    s.variant().name(), ratio(s.d1Inner()), ratio(s.d1All()), ratio(s.d1Edge()), ratio(s.d2Inner()),
                    ratio(s.d2All()), ratio(s.d2Edge()),
                    s.ok(), s.total(), Double.isNaN(s.medianSeconds()) ? "–"
                            : String.format(Locale.ROOT, "%.3g", s.medianSeconds())));
        }
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static void recommend(StringBuilder md, Results results) {
        md.append("Best method with default (automatic) settings per scenario, by the geometric-mean error ratio"
                + " (1.00 = best of all variants, oracles included, in every cell), among methods that ran in at"
                + " least half of the scenario's cells:\n\n");
        for (Scenario s : SCENARIOS) {
            List<Cell> cells = results.cells().stream().filter(s.includes()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            List<Summary> rows = summarise(results, cells).stream().filter(r -> !r.variant().oracle()).toList();
            Summary d1 = best(rows, Summary::d1Inner);
            Summary d2 = best(rows, Summary::d2Inner);
            md.append("- **").append(s.name()).append("**: ");
            if (d1 == null) {
                md.append("no method succeeded.\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "for first derivatives use `%s` (%.2f× the best)",
                    d1.variant().name(), d1.d1Inner()));
            if (d2 != null) {
                md.append(String.format(Locale.ROOT, "; for second derivatives `%s` (%.2f×)", d2.variant().name(),
                        d2.d2Inner()));
            }
            md.append(".\n");
        }
    }

    private static Summary best(List<Summary> rows, java.util.function.ToDoubleFunction<Summary> key) {
        Summary best = null;
        for (Summary r : rows) {
            double v = key.applyAsDouble(r);
            boolean enough = 2 * r.ok() >= r.total();
            if (enough && Double.isFinite(v) && (best == null || v < key.applyAsDouble(best))) {
                best = r;
            }
        }
        return best;
    }

    private static void oracleGap(StringBuilder md, Results results, List<Summary> overall) {
        Map<String, Summary> byName = new LinkedHashMap<>();
        overall.forEach(s -> byName.put(s.variant().name(), s));
        StringBuilder rows = new StringBuilder();
        for (Variant v : results.variants()) {
            Summary oracle = byName.get(v.name() + "-oracle");
            if (v.oracle() || oracle == null) {
                continue;
            }
            Summary auto = byName.get(v.name());
            rows.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s |%n", v.name(), ratio(auto.d1Inner()),
                    ratio(oracle.d1Inner()), ratio(auto.d2Inner()), ratio(oracle.d2Inner())));
        }
        if (rows.length() > 0) {
            md.append("\n## Automatic against oracle smoothing\n\nGeometric-mean error ratio over all cells, default"
                    + " settings against the smoothing parameter tuned on the truth (the cells where the oracle ran"
                    + " may be fewer, see the failures section).\n\n| method | d1 default | d1 oracle | d2 default"
                    + " | d2 oracle |\n|---|---:|---:|---:|---:|\n").append(rows);
        }
    }

    private static void problems(StringBuilder md, Results results, Map<String, Integer> timedOutAt) {
        md.append("\n## Failures, timeouts and skips\n\n");
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Variant v : results.variants()) {
            for (Cell c : results.cells()) {
                for (Outcome o : results.outcomes(c, v)) {
                    if (o != null && !o.ok()) {
                        String kind = v.name() + o.status() + o.message().replaceAll("[-+]?[0-9][0-9.eE+-]*", "#");
                        grouped.computeIfAbsent(kind, k -> new ArrayList<>(List.of("`" + v.name() + "` | "
                                + o.status() + " | " + o.message().replace('|', '/').replace('\n', ' ')))).add(c.key());
                    }
                }
            }
        }
        if (grouped.isEmpty()) {
            md.append("None: every method gave finite derivatives on every data set.\n");
            return;
        }
        md.append("Problems of the same kind are grouped (numbers in messages differ); the message shown is the"
                + " first one.\n\n| method | status | first message | data sets | first cell |\n|---|---|---|---:|---|\n");
        grouped.forEach((k, rows) -> md.append("| ").append(rows.get(0)).append(" | ").append(rows.size() - 1)
                .append(" | ").append(rows.get(1)).append(" |\n"));
        if (!timedOutAt.isEmpty()) {
            md.append("\nTimed out (and then skipped at that size and above): ").append(timedOutAt).append(".\n");
        }
    }
}
