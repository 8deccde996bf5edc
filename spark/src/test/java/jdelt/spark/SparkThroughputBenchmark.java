package jdelt.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Series per second of {@link JdeltSpark#differentiate} on {@code local[P]} against a local
 * fixed thread pool of P threads doing the same work (fit, then the fit and its derivatives at
 * every x) on the same series ({@link GeneratedSeries}, one seed per series). Both inputs are
 * generated before the clock starts (Spark's cached and counted); its output goes to Spark's {@code noop}
 * sink, so the time is grouping, shuffling, fitting and building the output rows, without I/O.
 * Each side first runs on a tenth of the series to warm up the JIT.
 *
 * <p>Run: {@code mvn -B -o -q -pl spark -am install -DskipTests} once, then
 * {@code mvn -B -o -q -pl spark test-compile exec:exec@throughput -Dbench.args="10000 1000 2 spline ../bench/results/spark.md"}
 * (series, samples per series, threads, method, the Markdown file to write, relative to {@code spark/}).
 */
public final class SparkThroughputBenchmark {

    private SparkThroughputBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args series, samples per series, threads, method, output file (all optional)
     * @throws Exception if the thread pool fails or the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int length = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String method = args.length > 3 ? args[3] : "spline";
        Path out = args.length > 4 ? Path.of(args[4]) : null;
        int[] orders = {1, 2};
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        double localWarm = local(series / 10, length, threads, method, orders);
        double localRate = local(series, length, threads, method, orders);
        SparkSession spark = SparkSession.builder().appName("jdelt throughput").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        double sparkWarm;
        double sparkRate;
        try {
            sparkWarm = spark(spark, series / 10, length, threads, method, orders);
            sparkRate = spark(spark, series, length, threads, method, orders);
        } finally {
            spark.stop();
        }
        double localAgain = local(series, length, threads, method, orders);
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        StringBuilder md = new StringBuilder();
        md.append("# Spark throughput: local[").append(threads).append("] against a local thread pool\n\n");
        md.append(String.format(Locale.ROOT, "%d series of %d samples, method `%s`, orders 1 and 2, %d threads / "
                + "local[%d], %d cores reported by the JVM.%n%n", series, length, method, threads, threads,
                Runtime.getRuntime().availableProcessors()));
        md.append("| run | series/s | series/s per thread |\n|---|---:|---:|\n");
        row(md, "thread pool, warm-up (" + series / 10 + " series)", localWarm, threads);
        row(md, "thread pool", localRate, threads);
        row(md, "Spark local[" + threads + "], warm-up (" + series / 10 + " series)", sparkWarm, threads);
        row(md, "Spark local[" + threads + "]", sparkRate, threads);
        row(md, "thread pool, again after Spark", localAgain, threads);
        md.append(String.format(Locale.ROOT, "%nSpark / thread pool (the mean of both pool runs): %.2f.%n",
                sparkRate / ((localRate + localAgain) / 2)));
        md.append("\nLoad average (/proc/loadavg) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(".\n");
        System.out.print(md);
        if (out != null) {
            Files.writeString(out, md);
        }
    }

    private static void row(StringBuilder md, String name, double rate, int threads) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, rate, rate / threads));
    }

    /** @return series per second of a fixed pool fitting and evaluating each series */
    private static double local(int series, int length, int threads, String method, int[] orders) throws Exception {
        Interpolator interpolator = MethodRegistry.byName(method).create(Map.of());
        List<GeneratedSeries> all = new ArrayList<>(series);
        for (int s = 0; s < series; s++) {
            all.add(series(s, length));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Double>> done = new ArrayList<>();
            for (int s = 0; s < series; s++) {
                GeneratedSeries g = all.get(s);
                done.add(pool.submit(() -> {
                    FittedCurve fit = interpolator.fit(g.x(), g.y());
                    double sum = fit.values(g.x())[0];
                    for (int k : orders) {
                        sum += fit.differentiate(k).values(g.x())[length - 1];
                    }
                    return sum;
                }));
            }
            for (Future<Double> f : done) {
                f.get();
            }
            return series / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** @return series per second of {@link JdeltSpark#differentiate} on cached, generated input */
    private static double spark(SparkSession spark, int series, int length, int threads, String method, int[] orders) {
        FlatMapFunction<Long, Row> rows = id -> {
            Iterator<Row> it = series(id.intValue(), length).rows().iterator();
            return it;
        };
        Dataset<Row> data = spark.range(0, series, 1, 4 * threads).flatMap(rows, Encoders.row(GeneratedSeries.SCHEMA))
                .cache();
        data.count();
        long start = System.nanoTime();
        JdeltSpark.differentiate(data, List.of("sensor"), "t", List.of("value"), method, Map.of(), orders)
                .derivatives().write().format("noop").mode("overwrite").save();
        double rate = series / ((System.nanoTime() - start) / 1e9);
        data.unpersist();
        return rate;
    }

    private static GeneratedSeries series(int id, int length) {
        return GeneratedSeries.of(String.format("s%05d", id), length, new Random(1000L + id));
    }
}
