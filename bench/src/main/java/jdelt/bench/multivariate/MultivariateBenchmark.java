package jdelt.bench.multivariate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.MultivariateInterpolator;
import jdelt.interpolation.multivariate.MultivariateMethodDescriptor;
import jdelt.interpolation.multivariate.MultivariateMethodRegistry;

/**
 * Accuracy benchmark of the multivariate methods: every registered method with its defaults and
 * with its smoothing parameter tuned on the truth (the oracle: the best of a log-spaced scan, per
 * error measure), against PyDelt's marginal approach reproduced ({@link MarginalBaseline}) and
 * chained 1-D finite differences along grid axes ({@link ChainedDifferences}), on the surfaces of
 * {@link Surface}, the samplings of {@link Sampling}, and Gaussian noise of 0 to 10 % of the
 * sampled values' standard deviation, all with fixed seeds. Also tabulates PyDelt's own examples
 * at (1, 1). Writes {@code multivariate.md} and {@code multivariate.csv} to the output directory.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.multivariate.MultivariateBenchmark [--quick] [--noise 0,0.05] [--samplings "grid 100²,uniform 2000"]
 * [--name multivariate] [--out bench/results]}; {@code --quick} keeps the samplings of at most 1000
 * points other than the 100² grid and the noise levels 0 and 5 %.
 */
public final class MultivariateBenchmark {

    private static final double[] NOISE = {0, 0.01, 0.05, 0.10};
    private static final double[] QUICK_NOISE = {0, 0.05};
    private static final int SCAN = 9;
    /** Oracle spans are kept to kernels of at most this many points (larger ones cost more than they help). */
    private static final int MAX_ORACLE_NEIGHBOURS = 2000;

    private MultivariateBenchmark() {
    }

    /** One row of results. */
    private record Row(String surface, String sampling, double noise, String method, String variant, Errors errors,
            double seconds, String chosen) {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = Arrays.asList(args);
        boolean quick = a.contains("--quick");
        Path out = Path.of(option(a, "--out", "bench/results"));
        String name = option(a, "--name", "multivariate");
        double[] levels = a.contains("--noise") ? Arrays.stream(option(a, "--noise", "").split(","))
                .mapToDouble(Double::parseDouble).toArray() : quick ? QUICK_NOISE : NOISE;
        List<String> samplings = a.contains("--samplings") ? List.of(option(a, "--samplings", "").split(",")) : null;
        List<Row> rows = new ArrayList<>();
        for (Surface s : Surface.all()) {
            for (Sampling sampling : Sampling.all(s.d())) {
                if (samplings != null ? !samplings.contains(sampling.name())
                        : quick && (sampling.n() > 1000 || sampling.n() == 100)) {
                    continue;
                }
                for (double noise : levels) {
                    rows.addAll(run(s, sampling, noise));
                    System.err.printf(Locale.ROOT, "done %s, %s, noise %.0f%%%n", s.name(), sampling.name(), 100 * noise);
                }
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + ".csv"), csv(rows));
        String md = "Command: `java -cp bench/target/benchmarks.jar " + MultivariateBenchmark.class.getName() + " "
                + String.join(" ", args) + "`\n\n" + markdown(rows) + "\n" + pydeltExamples();
        Files.writeString(out.resolve(name + ".md"), md);
        System.out.print(md);
    }

    private static String option(List<String> args, String key, String fallback) {
        int i = args.indexOf(key);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static List<Row> run(Surface s, Sampling sampling, double noise) {
        long seed = 31L * s.name().hashCode() + sampling.name().hashCode() + Math.round(noise * 1000);
        double[][] points = sampling.points(s, seed);
        double[] values = noisy(s, points, noise, seed + 1);
        double[][] at = sampling.evaluation(s, points);
        List<Row> rows = new ArrayList<>();
        for (MultivariateMethodDescriptor m : MultivariateMethodRegistry.all()) {
            if (m.requiresGrid() && !sampling.grid() || points.length > m.maxPoints()) {
                continue;
            }
            rows.add(measure(s, sampling, noise, m.name(), "default", m.create(Map.of()), points, values, at));
            if (m.smoothing().isPresent()) {
                rows.add(oracle(s, sampling, noise, m, points, values, at));
            }
        }
        rows.add(measure(s, sampling, noise, MarginalBaseline.NAME, "default", new MarginalBaseline(), points, values, at));
        if (sampling.grid()) {
            rows.add(measure(s, sampling, noise, ChainedDifferences.NAME, "default", new ChainedDifferences(), points, values, at));
        }
        return rows;
    }

    private static Row measure(Surface s, Sampling sampling, double noise, String name, String variant,
            MultivariateInterpolator method, double[][] points, double[] values, double[][] at) {
        long start = System.nanoTime();
        FittedField fit = method.fit(points, values);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new Row(s.name(), sampling.name(), noise, name, variant, Errors.of(fit, s, at), seconds,
                fit.summary().parameters().toString());
    }

    /** The best gradient and the best mixed partial over a log-spaced scan of the smoothing parameter. */
    private static Row oracle(Surface s, Sampling sampling, double noise, MultivariateMethodDescriptor m,
            double[][] points, double[] values, double[][] at) {
        MethodDescriptor.Smoothing range = m.smoothing().orElseThrow();
        double max = range.max();
        if (range.parameter().equals("span")) {
            max = Math.min(max, (double) MAX_ORACLE_NEIGHBOURS / points.length);
        }
        double bestGradient = Double.POSITIVE_INFINITY;
        double bestMixed = Double.POSITIVE_INFINITY;
        double bestLaplacian = Double.POSITIVE_INFINITY;
        String at0 = "";
        for (int k = 0; k < SCAN; k++) {
            double v = range.min() * Math.pow(max / range.min(), k / (SCAN - 1.0));
            FittedField fit = m.create(Map.of(range.parameter(), String.valueOf(v))).fit(points, values);
            Errors e = Errors.of(fit, s, at);
            if (e.gradient() < bestGradient) {
                bestGradient = e.gradient();
                at0 = range.parameter() + "=" + String.format(Locale.ROOT, "%.3g", v);
            }
            bestMixed = Math.min(bestMixed, e.mixed());
            bestLaplacian = Math.min(bestLaplacian, e.laplacian());
        }
        return new Row(s.name(), sampling.name(), noise, m.name(), "oracle", new Errors(bestGradient, bestMixed, bestLaplacian),
                Double.NaN, at0);
    }

    /** f at the points plus Gaussian noise of {@code level} times the standard deviation of f there. */
    static double[] noisy(Surface s, double[][] points, double level, long seed) {
        double[] v = Arrays.stream(points).mapToDouble(s::value).toArray();
        double mean = Arrays.stream(v).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
        Random r = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] += level * sd * r.nextGaussian();
        }
        return v;
    }

    private static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("surface,sampling,noise,method,variant,gradient_rmse,mixed_rmse,laplacian_rmse,fit_seconds,chosen\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "\"%s\",\"%s\",%.2f,%s,%s,%.6g,%.6g,%.6g,%.4f,\"%s\"%n", r.surface(), r.sampling(),
                    r.noise(), r.method(), r.variant(), r.errors().gradient(), r.errors().mixed(), r.errors().laplacian(),
                    r.seconds(), r.chosen().replace("\"", "'")));
        }
        return sb.toString();
    }

    /** One table: per case, gradient and mixed-partial RMSE of each method (oracle in brackets). */
    private static String markdown(List<Row> rows) {
        List<String> methods = new ArrayList<>();
        MultivariateMethodRegistry.all().forEach(m -> methods.add(m.name()));
        methods.add(MarginalBaseline.NAME);
        methods.add(ChainedDifferences.NAME);
        StringBuilder sb = new StringBuilder("## Multivariate accuracy: RMSE of the gradient / of ∂²f/∂x∂y "
                + "(oracle in brackets)\n\n| surface | sampling | noise |");
        methods.forEach(m -> sb.append(' ').append(m).append(" |"));
        sb.append("\n|---|---|---|");
        methods.forEach(m -> sb.append("---|"));
        sb.append('\n');
        List<String> seen = new ArrayList<>();
        for (Row r : rows) {
            String key = r.surface() + "|" + r.sampling() + "|" + r.noise();
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.0f%% |", r.surface(), r.sampling(), 100 * r.noise()));
            for (String m : methods) {
                Row def = find(rows, r, m, "default");
                Row orc = find(rows, r, m, "oracle");
                if (def == null) {
                    sb.append(" – |");
                    continue;
                }
                sb.append(' ').append(g(def.errors().gradient()));
                if (orc != null) {
                    sb.append(" (").append(g(orc.errors().gradient())).append(')');
                }
                sb.append(" / ").append(g(def.errors().mixed()));
                if (orc != null) {
                    sb.append(" (").append(g(orc.errors().mixed())).append(')');
                }
                sb.append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Row find(List<Row> rows, Row like, String method, String variant) {
        return rows.stream().filter(r -> r.surface().equals(like.surface()) && r.sampling().equals(like.sampling())
                && r.noise() == like.noise() && r.method().equals(method) && r.variant().equals(variant))
                .findFirst().orElse(null);
    }

    static String g(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String pydeltExamples() {
        return PyDeltExamples.table();
    }
}
