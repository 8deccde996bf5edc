package jdelt.bench.accuracy;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;


/**
 * The noise-robustness accuracy benchmark: every registered method, with its default settings and
 * (where it has a smoothing parameter) tuned on the truth, on test signals with known derivatives
 * under several noise models, levels, samplings and sizes; writes a Markdown report, a CSV of all
 * cells and PNG plots. The design follows van Breugel, Kutz &amp; Brunton (IEEE Access 8, 2020).
 */
public final class AccuracyBenchmark {

    /** The cell whose fits are drawn in the example picture. */
    static final String EXAMPLE_SIGNAL = "sines";

    private final AccuracyOptions options;
    private final Results results;
    private final FitRunner runner;
    private final OracleSearch search;
    private final Map<String, Integer> timedOutAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> usedNanos = new ConcurrentHashMap<>();

    private AccuracyBenchmark(AccuracyOptions options, Results results) {
        this.options = options;
        this.results = results;
        this.runner = new FitRunner(options.timeoutSeconds());
        this.search = new OracleSearch(options.oracleGrid(), options.oracleRefine());
    }

    /**
     * Runs the benchmark.
     *
     * @param args options, see {@link AccuracyOptions#USAGE}
     * @throws Exception if the output cannot be written
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (List.of(args).contains("--help")) {
            System.out.println(AccuracyOptions.USAGE);
            return;
        }
        AccuracyOptions parsed;
        try {
            parsed = AccuracyOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<MethodDescriptor> methods = MethodRegistry.all().stream()
                .filter(m -> parsed.methods().isEmpty() || parsed.methods().contains(m.name())).toList();
        if (methods.isEmpty()) {
            System.err.println("no methods to benchmark: registered methods are "
                    + MethodRegistry.all().stream().map(MethodDescriptor::name).toList());
            System.exit(1);
        }
        List<Variant> variants = new ArrayList<>();
        for (MethodDescriptor m : methods) {
            variants.add(new Variant(m, false));
            if (parsed.oracle() && m.smoothing().isPresent()) {
                variants.add(new Variant(m, true));
            }
        }
        AccuracyOptions options = parsed.resolveBudget(variants.size());
        List<TestSignal> signals = Grid.signals().stream()
                .filter(s -> options.signals().isEmpty() || options.signals().contains(s.name())).toList();
        boolean longRecord = options.signals().isEmpty() || options.signals().contains(AnalyticSignal.longRecord().name());
        List<Cell> cells = new ArrayList<>();
        if (!options.grid().equals("hard")) {
            cells.addAll(options.full() ? Grid.fullGrid(signals) : Grid.defaultGrid(signals));
        }
        if (!options.grid().equals("original")) {
            cells.addAll(Grid.hardGrid(signals, longRecord));
        }
        if (cells.isEmpty()) {
            System.err.println("no signals to run: known signals are "
                    + Grid.signals().stream().map(TestSignal::name).toList() + " and " + AnalyticSignal.longRecord().name());
            System.exit(1);
        }
        if (signals.isEmpty()) {
            signals = List.of(AnalyticSignal.longRecord());
        }
        Results results = new Results(cells, variants, options.seeds());
        AccuracyBenchmark bench = new AccuracyBenchmark(options, results);
        bench.warmUp(methods, signals);
        Instant start = Instant.now();
        bench.runAll();
        Duration took = Duration.between(start, Instant.now());
        Files.createDirectories(options.out());
        results.writeCsv(options.out().resolve("accuracy.csv"));
        Plots.errorVsNoise(results, options.out());
        Plots.example(bench.exampleCell(signals), bench.exampleFits(signals), options.out());
        String headline = Report.write(results, options, args, took, bench.timedOutAt,
                options.out().resolve("accuracy.md"));
        bench.runner.close();
        System.out.print(headline);
        System.out.println("wrote " + options.out().resolve("accuracy.md") + " (" + took.toSeconds() + " s)");
    }

    /**
     * Fits every method once on a small data set before timing anything, so class loading and
     * just-in-time compilation do not count against the first cells; failures here are ignored
     * (the run reports them where they matter).
     */
    private void warmUp(List<MethodDescriptor> methods, List<TestSignal> signals) {
        Cell.Dataset data = new Cell(signals.get(0), Sampling.JITTERED, NoiseModel.GAUSSIAN, Grid.BASE_LEVEL, 300)
                .dataset(0);
        for (MethodDescriptor m : methods) {
            try {
                runner.run(m.create(Map.of()), data);
            } catch (RuntimeException e) {
                // reported by the run itself
            }
        }
    }

    /**
     * Runs every cell and seed. Order: seed by seed; within a seed, the cells in a fixed shuffled
     * order with n = 10000 last, so a method that exhausts its time budget has been run on a
     * spread of cells (all signals and factors) rather than on the first few signals only.
     */
    private void runAll() throws InterruptedException {
        ProgressBar bar = new ProgressBar(results.cells().size() * options.seeds(), options.progressBar(), System.err);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        List<Cell> order = new ArrayList<>(results.cells());
        java.util.Collections.shuffle(order, new java.util.Random(2020));
        order.sort(java.util.Comparator.comparingInt(Cell::n));
        List<Future<?>> tasks = new ArrayList<>();
        for (int seed = 0; seed < options.seeds(); seed++) {
            for (Cell cell : order) {
                int s = seed;
                tasks.add(workers.submit(() -> {
                    runCell(cell, s);
                    bar.advance(1, cell.key());
                }));
            }
        }
        workers.shutdown();
        for (Future<?> f : tasks) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("benchmark harness error", e.getCause());
            }
        }
        workers.awaitTermination(1, TimeUnit.MINUTES);
    }

    private void runCell(Cell cell, int seed) {
        Cell.Dataset data = cell.dataset(seed);
        for (Variant v : results.variants()) {
            if (v.oracle()) {
                continue;
            }
            Outcome o = attempt(v, cell.n(), () -> runner.run(v.method().create(Map.of()), data));
            results.put(cell, v, seed, o);
            Variant oracle = new Variant(v.method(), true);
            if (results.variants().contains(oracle)) {
                results.put(cell, oracle, seed, runOracle(oracle, cell, data, o));
            }
        }
    }

    private Outcome runOracle(Variant oracle, Cell cell, Cell.Dataset data, Outcome byDefault) {
        if (byDefault.ok() && byDefault.seconds() > options.oracleFitLimit()) {
            return Outcome.notOk(Outcome.Status.SKIPPED, String.format(java.util.Locale.ROOT,
                    "default fit took %.2f s > %.2f s (--oracle-fit-limit)", byDefault.seconds(),
                    options.oracleFitLimit()));
        }
        if (byDefault.status() == Outcome.Status.TIMEOUT) {
            return Outcome.notOk(Outcome.Status.SKIPPED, "default fit timed out");
        }
        MethodDescriptor.Smoothing smoothing = oracle.method().smoothing().orElseThrow();
        return attempt(oracle, cell.n(), () -> {
            long start = System.nanoTime();
            boolean[] stop = new boolean[1];
            OracleSearch.Result r = search.search(p -> {
                if (stop[0]) {
                    return Outcome.notOk(Outcome.Status.SKIPPED, "search stopped after a timeout");
                }
                Interpolator method;
                try {
                    method = oracle.method().create(Map.of(smoothing.parameter(), settingText(smoothing, p)));
                } catch (RuntimeException e) {
                    return Outcome.notOk(Outcome.Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                Outcome o = runner.run(method, data);
                stop[0] = o.status() == Outcome.Status.TIMEOUT;
                return o;
            }, smoothing.min(), smoothing.max());
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (!r.bestD1().ok()) {
                return r.bestD1();
            }
            ErrorMetrics d1 = r.bestD1().metrics();
            ErrorMetrics d2 = r.bestD2() == null ? d1 : r.bestD2().metrics();
            boolean none = r.bestD2() == null;
            return Outcome.ok(new ErrorMetrics(d1.d1Inner(), d1.d1All(), none ? Double.NaN : d2.d2Inner(),
                    none ? Double.NaN : d2.d2All(), d1.d1Edge(), none ? Double.NaN : d2.d2Edge(), d1.d1Coverage(),
                    none ? Double.NaN : d2.d2Coverage(), d1.d1Se(), none ? Double.NaN : d2.d2Se()), seconds).withParameter(r.bestD1().parameter());
        });
    }

    /**
     * The text of a smoothing-parameter value: a parameter whose search range has whole-number ends
     * (a window, lag or embedding size) gets the nearest whole number, since such settings are
     * parsed as integers; any other gets the decimal value.
     */
    static String settingText(MethodDescriptor.Smoothing smoothing, double p) {
        boolean whole = smoothing.min() == Math.rint(smoothing.min()) && smoothing.max() == Math.rint(smoothing.max());
        return whole ? Long.toString(Math.round(p)) : Double.toString(p);
    }

    /** Runs one fit unless a size limit, an earlier timeout or the time budget rules it out. */
    private Outcome attempt(Variant v, int n, Supplier<Outcome> fit) {
        Integer limit = options.maxN().get(v.method().name());
        if (limit != null && n > limit) {
            return Outcome.notOk(Outcome.Status.SKIPPED, "n > " + limit + " (--max-n)");
        }
        Integer timedOut = timedOutAt.get(v.name());
        if (timedOut != null && n >= timedOut) {
            return Outcome.notOk(Outcome.Status.SKIPPED, "timed out earlier at n = " + timedOut);
        }
        AtomicLong used = usedNanos.computeIfAbsent(v.name(), k -> new AtomicLong());
        if (options.budgetSeconds() > 0 && used.get() * 1e-9 > options.budgetSeconds()) {
            return Outcome.notOk(Outcome.Status.SKIPPED, String.format(java.util.Locale.ROOT,
                    "time budget of %.0f s used up (--budget, --minutes)", options.budgetSeconds()));
        }
        long start = System.nanoTime();
        Outcome o;
        try {
            o = fit.get();
        } catch (RuntimeException e) {
            o = Outcome.notOk(Outcome.Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        used.addAndGet(System.nanoTime() - start);
        if (o.status() == Outcome.Status.TIMEOUT) {
            timedOutAt.merge(v.name(), n, Math::min);
        }
        return o;
    }

    private Cell exampleCell(List<TestSignal> signals) {
        TestSignal s = signals.stream().filter(x -> x.name().equals(EXAMPLE_SIGNAL)).findFirst()
                .orElse(signals.get(0));
        return new Cell(s, Sampling.JITTERED, NoiseModel.GAUSSIAN, Grid.BASE_LEVEL, Grid.BASE_N);
    }

    /** Each default method's first derivative on the example cell (seed 0), skipping methods that timed out. */
    private Map<String, double[]> exampleFits(List<TestSignal> signals) {
        Cell cell = exampleCell(signals);
        Cell.Dataset data = cell.dataset(0);
        Map<String, double[]> d1 = new LinkedHashMap<>();
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jdelt-bench-example");
            t.setDaemon(true);
            return t;
        });
        for (Variant v : results.variants()) {
            Integer timedOut = timedOutAt.get(v.name());
            if (v.oracle() || (timedOut != null && timedOut <= cell.n())) {
                continue;
            }
            Interpolator method = v.method().create(Map.of());
            Future<double[]> f = one.submit(() -> {
                FittedCurve fit = method.fit(data.t(), data.y());
                return fit.differentiate(1).values(data.t());
            });
            try {
                d1.put(v.name(), f.get((long) (options.timeoutSeconds() * 1e3), TimeUnit.MILLISECONDS));
            } catch (Exception e) {
                f.cancel(true);
            }
        }
        one.shutdownNow();
        return d1;
    }
}
