package jdelt.bench.multivariate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdelt.interpolation.multivariate.MultivariateInterpolator;
import jdelt.interpolation.multivariate.MultivariateMethodRegistry;

/**
 * The study behind the default method for scattered points
 * ({@code MultivariateMethodRegistry.THIN_PLATE_MAX_POINTS}): for each number of points n,
 * {@code thin-plate} (Wahba's thin-plate smoothing spline, λ by GCV) against
 * {@code local-quadratic} (k nearest neighbours by cross-validation), both with their defaults, on
 * uniform and clustered scattered samples ({@link Sampling}) of every 2-D surface of
 * {@link Surface} and the 3-D one, at 1, 5 and 10 % noise, over several seeds. Per n it reports
 * the geometric mean over the cases of the ratio thin-plate / local-quadratic of the gradient RMSE
 * and of the mixed-partial RMSE (below 1: thin-plate more accurate), how many cases thin-plate
 * wins, and the process CPU time (all threads) of fit + errors of each method.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.bench.multivariate.ThinPlateCrossoverStudy
 * [--n 50,100,200,400,700,1000] [--noise 0.01,0.05,0.1] [--seeds 2] [--name thin-plate-crossover]
 * [--out bench/results]}; writes {@code NAME.md}, printing each n's row as it is done.
 */
public final class ThinPlateCrossoverStudy {

    private static final String TP = "thin-plate";
    private static final String LQ = "local-quadratic";

    private ThinPlateCrossoverStudy() {
    }

    /** Ratios and CPU times summed over the cases of one n. */
    private static final class Tally {
        double logGradient;
        double logMixed;
        int gradientWins;
        int mixedWins;
        int cases;
        double tpSeconds;
        double lqSeconds;
        final List<String> lines = new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        List<String> a = Arrays.asList(args);
        int[] sizes = Arrays.stream(option(a, "--n", "50,100,200,400,700,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seeds = Integer.parseInt(option(a, "--seeds", "2"));
        double[] levels = Arrays.stream(option(a, "--noise", "0.01,0.05,0.1").split(",")).mapToDouble(Double::parseDouble)
                .toArray();
        String name = option(a, "--name", "thin-plate-crossover");
        Path out = Path.of(option(a, "--out", "bench/results"));
        MultivariateInterpolator tp = MultivariateMethodRegistry.byName(TP).create(Map.of());
        MultivariateInterpolator lq = MultivariateMethodRegistry.byName(LQ).create(Map.of());
        StringBuilder md = new StringBuilder("# Thin-plate spline or local quadratic regression on scattered points, by n\n\n"
                + "Command: `java -cp bench/target/benchmarks.jar " + ThinPlateCrossoverStudy.class.getName() + " "
                + String.join(" ", args) + "`; load average at the start "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + ".\n\nRatio = thin-plate RMSE / local-quadratic RMSE (geometric mean over surfaces × uniform and "
                + "clustered sampling × noise levels × seeds; below 1: thin-plate better); CPU = process CPU "
                + "seconds (all threads) per fit + evaluation at the benchmark's evaluation points, mean over the cases.\n\n"
                + "| d | n | cases | gradient ratio | thin-plate wins (gradient) | mixed ratio | thin-plate wins (mixed) "
                + "| thin-plate CPU s | local-quadratic CPU s |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder detail = new StringBuilder("\n## Per case: gradient RMSE thin-plate / local-quadratic, mixed RMSE "
                + "thin-plate / local-quadratic\n\n| d | n | surface | sampling | noise | seed | gradient tp | gradient lq "
                + "| mixed tp | mixed lq |\n|---|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (int d = 2; d <= 3; d++) {
            for (int n : sizes) {
                Tally t = new Tally();
                for (Surface s : Surface.all()) {
                    if (s.d() != d) {
                        continue;
                    }
                    for (Sampling.Kind kind : List.of(Sampling.Kind.UNIFORM, Sampling.Kind.CLUSTERED)) {
                        Sampling sampling = new Sampling(kind.name().toLowerCase(Locale.ROOT) + " " + n, kind, d, n);
                        for (double noise : levels) {
                            for (int seed = 0; seed < seeds; seed++) {
                                run(t, s, sampling, noise, seed, tp, lq);
                                detail.append(t.lines.get(t.lines.size() - 1));
                            }
                        }
                    }
                }
                String row = String.format(Locale.ROOT, "| %d | %d | %d | %.3g | %d | %.3g | %d | %.3g | %.3g |%n", d, n,
                        t.cases, Math.exp(t.logGradient / t.cases), t.gradientWins, Math.exp(t.logMixed / t.cases),
                        t.mixedWins, t.tpSeconds / t.cases, t.lqSeconds / t.cases);
                md.append(row);
                System.err.print(row);
            }
        }
        String text = md.append(detail).toString();
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + ".md"), text);
        System.out.print(text);
    }

    private static void run(Tally t, Surface s, Sampling sampling, double noise, int seed, MultivariateInterpolator tp,
            MultivariateInterpolator lq) {
        long base = 1000003L * seed + 31L * s.name().hashCode() + sampling.name().hashCode() + Math.round(noise * 1000);
        double[][] points = sampling.points(s, base);
        double[] values = MultivariateBenchmark.noisy(s, points, noise, base + 1);
        double[][] at = sampling.evaluation(s, points);
        double c0 = cpuSeconds();
        Errors e1 = Errors.of(tp.fit(points, values), s, at);
        double c1 = cpuSeconds();
        Errors e2 = Errors.of(lq.fit(points, values), s, at);
        double c2 = cpuSeconds();
        t.tpSeconds += c1 - c0;
        t.lqSeconds += c2 - c1;
        t.logGradient += Math.log(e1.gradient() / e2.gradient());
        t.logMixed += Math.log(e1.mixed() / e2.mixed());
        t.gradientWins += e1.gradient() < e2.gradient() ? 1 : 0;
        t.mixedWins += e1.mixed() < e2.mixed() ? 1 : 0;
        t.cases++;
        t.lines.add(String.format(Locale.ROOT, "| %d | %d | %s | %s | %.0f%% | %d | %.3g | %.3g | %.3g | %.3g |%n", s.d(),
                sampling.n(), s.name(), sampling.kind().name().toLowerCase(Locale.ROOT), 100 * noise, seed,
                e1.gradient(), e2.gradient(), e1.mixed(), e2.mixed()));
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static String option(List<String> args, String key, String fallback) {
        int i = args.indexOf(key);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
