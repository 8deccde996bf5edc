package jdelt.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's sections on edges, error bars and clean data: how much worse each method is over
 * the whole range than inside it, how often the 95 % band of its standard errors covers the true
 * derivative, and how close its default comes to the better of fourth-order finite differences
 * and the interpolating spline on noise-free and nearly noise-free data ({@link NoiseFreeReference}).
 */
final class ReportSections {

    /** Coverage, in the band's nominal terms, inside which a band is called calibrated. */
    static final double[] CALIBRATED = {0.85, 0.98};

    private ReportSections() {
    }

    /** Geometric mean over the cells of whole-range RMSE / inner RMSE, per default method. */
    static void edges(StringBuilder md, Results results) {
        md.append("\n## Edges\n\nGeometric mean over all cells of each default method's whole-range RMSE divided by"
                + " its own inner-90 % RMSE (1.00: the edges are no worse than the interior).\n\n"
                + "| method | d1 whole / inner | d2 whole / inner |\n|---|---:|---:|\n");
        for (Variant v : results.variants()) {
            if (v.oracle()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s |%n", v.name(),
                    Report.ratio(ownRatio(results, v, Results.Metric.D1_ALL, Results.Metric.D1_INNER)),
                    Report.ratio(ownRatio(results, v, Results.Metric.D2_ALL, Results.Metric.D2_INNER))));
        }
    }

    private static double ownRatio(Results results, Variant v, Results.Metric top, Results.Metric bottom) {
        double logSum = 0;
        int count = 0;
        for (Cell c : results.cells()) {
            double r = results.mean(c, v, top) / results.mean(c, v, bottom);
            if (Double.isFinite(r) && r > 0) {
                logSum += Math.log(r);
                count++;
            }
        }
        return count == 0 ? Double.NaN : Math.exp(logSum / count);
    }

    /** Mean coverage of the 95 % band per scenario and method that gives standard errors. */
    static void coverage(StringBuilder md, Results results, List<Report.Scenario> scenarios) {
        List<Variant> banded = new ArrayList<>();
        for (Variant v : results.variants()) {
            if (!v.oracle() && results.cells().stream().anyMatch(c -> Double.isFinite(results.coverage(c, v, 1)))) {
                banded.add(v);
            }
        }
        if (banded.isEmpty()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "%n## Error bars: coverage of the 95 %% band%n%nMean over the scenario's"
                + " cells of the fraction of samples (whole range) whose true derivative lies within the default"
                + " fit's estimate ± %.2f standard errors (`FitSummary.standardError`), first / second derivative."
                + " Nominal 0.95; most bands hold the noise only (`loess` and `lowess` add their window's estimated"
                + " bias, `neural` takes its band from a wider network), so where a method's bias (oversmoothing,"
                + " edges, kinks) is comparable to its noise the coverage falls. **Bold**: outside [%.2f, %.2f].%n%n",
                ErrorMetrics.BAND, CALIBRATED[0], CALIBRATED[1]));
        md.append("| scenario |");
        banded.forEach(v -> md.append(" `").append(v.name()).append("` |"));
        md.append("\n|---|");
        banded.forEach(v -> md.append("---:|"));
        md.append('\n');
        List<Report.Scenario> all = new ArrayList<>(scenarios);
        all.add(new Report.Scenario("All cells", c -> true));
        for (Report.Scenario s : all) {
            List<Cell> cells = results.cells().stream().filter(s.includes()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            md.append("| ").append(s.name()).append(" |");
            for (Variant v : banded) {
                md.append(' ').append(cover(mean(results, cells, v, 1))).append(" / ")
                        .append(cover(mean(results, cells, v, 2))).append(" |");
            }
            md.append('\n');
        }
        biasSmall(md, results, banded, scenarios);
    }

    /**
     * Per method, the coverage over the cells where its bias is small ({@link Results#biasSmall})
     * and the scenarios where it is not in most cells, first / second derivative.
     */
    private static void biasSmall(StringBuilder md, Results results, List<Variant> banded,
            List<Report.Scenario> scenarios) {
        md.append(String.format(Locale.ROOT, "%nWhere the bias is small: the cells where the whole-range RMSE is at"
                + " most %.1f times the root mean square standard error (no bias: 1), their share of all cells and"
                + " their mean coverage; then the scenarios where the bias is not small in more than half the"
                + " cells, where the band is too narrow by design.%n%n| method | cells with small bias d1 / d2 |"
                + " coverage there d1 / d2 | bias not small (d1; d2) |%n|---|---:|---:|---|%n", ErrorMetrics.BIAS_SMALL));
        for (Variant v : banded) {
            StringBuilder share = new StringBuilder();
            StringBuilder cover = new StringBuilder();
            StringBuilder biased = new StringBuilder();
            for (int order = 1; order <= 2; order++) {
                int o = order;
                List<Cell> small = results.cells().stream().filter(c -> results.biasSmall(c, v, o)).toList();
                long withBands = results.cells().stream().filter(c -> Double.isFinite(results.coverage(c, v, o))).count();
                String sep = order == 1 ? "" : " / ";
                share.append(sep).append(String.format(Locale.ROOT, "%d of %d", small.size(), withBands));
                cover.append(sep).append(cover(mean(results, small, v, order)));
                List<String> names = new ArrayList<>();
                for (Report.Scenario s : scenarios) {
                    List<Cell> in = results.cells().stream().filter(s.includes())
                            .filter(c -> Double.isFinite(results.coverage(c, v, o))).toList();
                    long smallIn = in.stream().filter(c -> results.biasSmall(c, v, o)).count();
                    if (!in.isEmpty() && 2 * smallIn < in.size()) {
                        names.add(s.name().replaceAll(" \\(.*", ""));
                    }
                }
                biased.append(order == 1 ? "" : "; ").append(names.isEmpty() ? "none" : String.join(", ", names));
            }
            md.append("| `").append(v.name()).append("` | ").append(share).append(" | ").append(cover).append(" | ")
                    .append(biased).append(" |\n");
        }
    }

    private static double mean(Results results, List<Cell> cells, Variant v, int order) {
        double sum = 0;
        int count = 0;
        for (Cell c : cells) {
            double r = results.coverage(c, v, order);
            if (Double.isFinite(r)) {
                sum += r;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static String cover(double c) {
        if (Double.isNaN(c)) {
            return "–";
        }
        String text = String.format(Locale.ROOT, "%.2f", c);
        return c < CALIBRATED[0] || c > CALIBRATED[1] ? "**" + text + "**" : text;
    }

    /**
     * On the noise-free and 0.01 % cells (uniform, n = 1000): each default method's inner RMSE
     * over the better of fd (accuracy 4) and the interpolating spline, geometric mean over cells.
     */
    static void noiseFree(StringBuilder md, Results results, int seeds) {
        List<Cell> clean = results.cells().stream().filter(c -> (c.level() == 0 || c.level() == Grid.NEARLY_CLEAN)
                && c.sampling() == Sampling.UNIFORM && c.noise() == NoiseModel.GAUSSIAN && c.n() == Grid.BASE_N).toList();
        if (clean.isEmpty()) {
            return;
        }
        List<double[]> reference = clean.stream().map(c -> NoiseFreeReference.errors(c, seeds)).toList();
        md.append("\n## Clean data\n\nOn the noise-free and 0.01 % cells (uniform, n = 1000): geometric mean over the"
                + " cells of each default method's inner-90 % RMSE divided by the better of fourth-order finite"
                + " differences (`fd`, accuracy 4) and the interpolating spline (`spline`, lambda 0) in that cell."
                + " Target: at most 2.\n\n| method | d1, 0 % | d2, 0 % | d1, 0.01 % | d2, 0.01 % |\n|---|---:|---:|---:|---:|\n");
        for (Variant v : results.variants()) {
            if (v.oracle()) {
                continue;
            }
            md.append("| `").append(v.name()).append("` |");
            for (double level : new double[] {0, Grid.NEARLY_CLEAN}) {
                for (int order = 1; order <= 2; order++) {
                    double logSum = 0;
                    int count = 0;
                    for (int i = 0; i < clean.size(); i++) {
                        Cell c = clean.get(i);
                        double floor = 1e-12;
                        double e = results.mean(c, v, order == 1 ? Results.Metric.D1_INNER : Results.Metric.D2_INNER);
                        double r = Math.max(e, floor) / Math.max(reference.get(i)[order - 1], floor);
                        if (c.level() == level && Double.isFinite(r)) {
                            logSum += Math.log(r);
                            count++;
                        }
                    }
                    md.append(' ').append(Report.ratio(count == 0 ? Double.NaN : Math.exp(logSum / count))).append(" |");
                }
            }
            md.append('\n');
        }
    }
}
