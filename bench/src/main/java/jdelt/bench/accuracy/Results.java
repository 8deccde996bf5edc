package jdelt.bench.accuracy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The outcomes of an accuracy run, per cell, variant and seed, with the aggregates the report
 * uses: mean error over the seeds that succeeded and the ratio to the best variant of the cell.
 */
public final class Results {

    /** The error measures compared in the report. */
    public enum Metric {
        /** First derivative, inner 90 %. */
        D1_INNER("d1 inner", ErrorMetrics::d1Inner),
        /** First derivative, whole range. */
        D1_ALL("d1 whole", ErrorMetrics::d1All),
        /** Second derivative, inner 90 %. */
        D2_INNER("d2 inner", ErrorMetrics::d2Inner),
        /** Second derivative, whole range. */
        D2_ALL("d2 whole", ErrorMetrics::d2All),
        /** First derivative, outer 10 %. */
        D1_EDGE("d1 edge", ErrorMetrics::d1Edge),
        /** Second derivative, outer 10 %. */
        D2_EDGE("d2 edge", ErrorMetrics::d2Edge);

        private final String label;
        private final ToDoubleFunction<ErrorMetrics> value;

        Metric(String label, ToDoubleFunction<ErrorMetrics> value) {
            this.label = label;
            this.value = value;
        }

        /** @return the column label */
        public String label() {
            return label;
        }

        /**
         * @param m errors of one fit
         * @return this metric's value
         */
        public double of(ErrorMetrics m) {
            return value.applyAsDouble(m);
        }
    }

    private final List<Cell> cells;
    private final List<Variant> variants;
    private final int seeds;
    private final ConcurrentHashMap<String, Outcome[]> outcomes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, double[]> truthScales = new ConcurrentHashMap<>();

    /**
     * @param cells the cells, in run order
     * @param variants the variants
     * @param seeds seeds per cell
     */
    public Results(List<Cell> cells, List<Variant> variants, int seeds) {
        this.cells = List.copyOf(cells);
        this.variants = List.copyOf(variants);
        this.seeds = seeds;
    }

    /** @return the cells */
    public List<Cell> cells() {
        return cells;
    }

    /** @return the variants */
    public List<Variant> variants() {
        return variants;
    }

    /**
     * Records one outcome.
     *
     * @param cell the cell
     * @param variant the variant
     * @param seed the seed number
     * @param outcome what happened
     */
    public void put(Cell cell, Variant variant, int seed, Outcome outcome) {
        outcomes.computeIfAbsent(cell.key() + "|" + variant.name(), k -> new Outcome[seeds])[seed] = outcome;
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @return outcomes by seed (entries may be null if not run)
     */
    public Outcome[] outcomes(Cell cell, Variant variant) {
        return outcomes.getOrDefault(cell.key() + "|" + variant.name(), new Outcome[seeds]);
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @param metric an error measure
     * @return the mean over the seeds that succeeded, NaN if none did or the metric is not finite
     */
    public double mean(Cell cell, Variant variant, Metric metric) {
        return meanOk(cell, variant, o -> metric.of(o.metrics()));
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @param order 1 or 2
     * @return the mean over the seeds that succeeded of the 95 % band's coverage of the true
     *     derivative of that order, NaN where the variant gives no standard errors
     */
    public double coverage(Cell cell, Variant variant, int order) {
        return meanOk(cell, variant, o -> order == 1 ? o.metrics().d1Coverage() : o.metrics().d2Coverage());
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @param order 1 or 2
     * @return the mean over the seeds that succeeded of the whole-range root mean square of the
     *     standard error of that order, NaN where the variant gives none
     */
    public double standardError(Cell cell, Variant variant, int order) {
        return meanOk(cell, variant, o -> order == 1 ? o.metrics().d1Se() : o.metrics().d2Se());
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @param order 1 or 2
     * @return whether the variant's bias in that order is small in the cell: mean whole-range RMSE at
     *     most {@link ErrorMetrics#BIAS_SMALL} times the mean root mean square standard error (false
     *     without standard errors)
     */
    public boolean biasSmall(Cell cell, Variant variant, int order) {
        double rmse = mean(cell, variant, order == 1 ? Metric.D1_ALL : Metric.D2_ALL);
        return rmse <= ErrorMetrics.BIAS_SMALL * standardError(cell, variant, order);
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @return mean seconds per fit over the seeds that succeeded, NaN if none did
     */
    public double seconds(Cell cell, Variant variant) {
        return meanOk(cell, variant, Outcome::seconds);
    }

    private double meanOk(Cell cell, Variant variant, ToDoubleFunction<Outcome> value) {
        double sum = 0;
        int count = 0;
        for (Outcome o : outcomes(cell, variant)) {
            if (o != null && o.ok()) {
                sum += value.applyAsDouble(o);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * @param cell a cell
     * @param variant a variant
     * @return the first non-OK outcome, or null if every seed succeeded
     */
    public Outcome firstProblem(Cell cell, Variant variant) {
        for (Outcome o : outcomes(cell, variant)) {
            if (o == null || !o.ok()) {
                return o == null ? Outcome.notOk(Outcome.Status.SKIPPED, "not run") : o;
            }
        }
        return null;
    }

    /**
     * The error of a variant relative to the best variant of the cell (oracles included). Errors
     * are floored at 1e-9 times the RMS of the true derivative, so methods exact on noise-free data
     * tie at 1 instead of dividing by zero.
     *
     * @param cell a cell
     * @param variant a variant
     * @param metric an error measure
     * @return mean error / best mean error, NaN if the variant has no finite value
     */
    public double ratio(Cell cell, Variant variant, Metric metric) {
        double best = Double.POSITIVE_INFINITY;
        for (Variant v : variants) {
            double e = mean(cell, v, metric);
            if (e < best) {
                best = e;
            }
        }
        double floor = 1e-9 * truthScale(cell, metric);
        double own = mean(cell, variant, metric);
        return Double.isNaN(own) ? Double.NaN : Math.max(own, floor) / Math.max(best, floor);
    }

    private double truthScale(Cell cell, Metric metric) {
        double[] scale = truthScales.computeIfAbsent(cell.key(), k -> {
            Cell.Dataset data = cell.dataset(0);
            return new double[] {ErrorMetrics.rmse(new double[cell.n()], data.d1(), null),
                ErrorMetrics.rmse(new double[cell.n()], data.d2(), null)};
        });
        return metric == Metric.D1_INNER || metric == Metric.D1_ALL || metric == Metric.D1_EDGE ? scale[0] : scale[1];
    }

    /**
     * Writes one CSV row per cell and variant: the cell, seeds that succeeded, mean errors, band
     * coverages and root mean square standard errors, mean time, ratios to the best, for oracles
     * the mean smoothing parameter that minimised the first-derivative error, and the first
     * problem if any.
     *
     * @param file where to write
     * @throws IOException if writing fails
     */
    public void writeCsv(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("signal,sampling,noise,level,n,method,seeds_ok,d1_inner,d1_whole,d2_inner,d2_whole,"
                    + "d1_edge,d2_edge,d1_coverage,d2_coverage,d1_se,d2_se,"
                    + "ratio_d1_inner,ratio_d2_inner,seconds,oracle_parameter_d1,problem");
            for (Cell c : cells) {
                for (Variant v : variants) {
                    int ok = 0;
                    for (Outcome o : outcomes(c, v)) {
                        ok += o != null && o.ok() ? 1 : 0;
                    }
                    Outcome problem = firstProblem(c, v);
                    out.printf(Locale.ROOT, "%s,%s,%s,%s,%d,%s,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.4g,%.4g,%.6g,%.6g,"
                                    + "%.4g,%.4g,%.4g,%.4g,%s%n",
                            c.signal().name(), c.sampling().label(), c.noise().label(), c.level(), c.n(), v.name(),
                            ok, mean(c, v, Metric.D1_INNER), mean(c, v, Metric.D1_ALL), mean(c, v, Metric.D2_INNER),
                            mean(c, v, Metric.D2_ALL), mean(c, v, Metric.D1_EDGE), mean(c, v, Metric.D2_EDGE),
                            coverage(c, v, 1), coverage(c, v, 2),
                            standardError(c, v, 1), standardError(c, v, 2), ratio(c, v, Metric.D1_INNER), ratio(c, v, Metric.D2_INNER),
                            seconds(c, v), meanOk(c, v, Outcome::parameter), problem == null ? "" : csvText(problem.status() + ": " + problem.message()));
                }
            }
        }
    }

    private static String csvText(String s) {
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
