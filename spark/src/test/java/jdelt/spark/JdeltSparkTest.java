package jdelt.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdeltSpark#differentiate} gives, on a local Spark, exactly the fits a local run gives. */
@ExtendWith(LocalSpark.class)
class JdeltSparkTest {

    private static SparkSession spark;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
    }

    @Test
    void thousandSeriesEqualLocalFitsBitForBit() {
        List<GeneratedSeries> series = GeneratedSeries.generate(1000, 12, 300, 14);
        List<Row> rows = GeneratedSeries.rows(series);
        Collections.shuffle(rows, new Random(15));
        Dataset<Row> data = spark.createDataFrame(rows, GeneratedSeries.SCHEMA);
        SparkDerivatives result = JdeltSpark.differentiate(data, List.of("sensor"), "t", List.of("value"),
                "spline", Map.of(), 1, 2).cache();
        Map<String, List<Row>> got = Rows.bySeries(result.derivatives(), "sensor", "t");
        Map<String, Row> report = Rows.report(result.groups(), "sensor");
        result.unpersist();
        assertEquals(1000, got.size());
        Interpolator spline = MethodRegistry.byName("spline").create(Map.of());
        for (GeneratedSeries s : series) {
            FittedCurve fit = spline.fit(s.x(), s.y());
            List<Row> mine = got.get(s.name());
            assertArrayEquals(s.x(), Rows.column(mine, "t"), s.name());
            assertArrayEquals(fit.values(s.x()), Rows.column(mine, "fit"), s.name());
            assertArrayEquals(fit.differentiate(1).values(s.x()), Rows.column(mine, "d1"), s.name());
            assertArrayEquals(fit.differentiate(2).values(s.x()), Rows.column(mine, "d2"), s.name());
            Row r = report.get(s.name() + "/value");
            assertEquals("ok", r.getAs("status"));
            assertEquals(fit.summary().toString(), r.getAs("summary"));
            assertEquals((long) s.x().length, (long) r.getAs("used"));
        }
    }

    @Test
    void everyRegisteredMethodEqualsItsLocalFit() {
        List<GeneratedSeries> series = GeneratedSeries.generate(3, 60, 90, 16);
        Dataset<Row> data = spark.createDataFrame(GeneratedSeries.rows(series), GeneratedSeries.SCHEMA);
        Dataset<Row> all = null;
        for (MethodDescriptor m : MethodRegistry.all()) {
            Dataset<Row> one = JdeltSpark.differentiate(data, List.of("sensor"), "t", List.of("value"), m.name(),
                    settings(m), 1).derivatives().withColumn("method", functions.lit(m.name()));
            all = all == null ? one : all.unionAll(one);
        }
        Map<String, List<Row>> got = Rows.bySeries(all.withColumn("sensor",
                functions.concat_ws("/", functions.col("method"), functions.col("sensor"))), "sensor", "t");
        for (MethodDescriptor m : MethodRegistry.all()) {
            Interpolator local = m.create(settings(m));
            for (GeneratedSeries s : series) {
                FittedCurve fit = local.fit(s.x(), s.y());
                List<Row> mine = got.get(m.name() + "/" + s.name());
                assertArrayEquals(fit.values(s.x()), Rows.column(mine, "fit"), m.name() + " " + s.name());
                assertArrayEquals(fit.differentiate(1).values(s.x()), Rows.column(mine, "d1"), m.name() + " " + s.name());
            }
        }
    }

    /** Defaults, but a small network for {@code neural}, whose default training is slow for a test. */
    private static Map<String, String> settings(MethodDescriptor m) {
        return m.name().equals("neural") ? Map.of("hidden", "6", "iterations", "40") : Map.of();
    }

    @Test
    void timestampsAreSecondsSinceTheEarliestAndDerivativesArePerSecond() {
        StructType schema = new StructType().add("unit", DataTypes.StringType).add("time", DataTypes.TimestampType)
                .add("level", DataTypes.DoubleType);
        Random r = new Random(17);
        List<Row> rows = new ArrayList<>();
        Map<String, long[]> micros = new java.util.TreeMap<>();
        for (String unit : List.of("a", "b")) {
            long[] t = new long[80];
            t[0] = Instant.parse("2026-03-01T00:00:00.123456Z").getEpochSecond() * 1_000_000L + 123_456 + r.nextInt(1000);
            for (int i = 1; i < t.length; i++) {
                t[i] = t[i - 1] + 500_000 + r.nextInt(1_000_000);
            }
            micros.put(unit, t);
            for (long m : t) {
                double seconds = (m - t[0]) / 1e6;
                rows.add(RowFactory.create(unit, timestamp(m), 3 - 0.25 * seconds));
            }
        }
        Collections.shuffle(rows, r);
        Map<String, List<Row>> got = Rows.bySeries(JdeltSpark.differentiate(spark.createDataFrame(rows, schema),
                List.of("unit"), "time", List.of("level"), "spline", Map.of(), 1).derivatives(), "unit", "time");
        Interpolator spline = MethodRegistry.byName("spline").create(Map.of());
        for (Map.Entry<String, long[]> e : micros.entrySet()) {
            long[] t = e.getValue();
            double[] x = new double[t.length];
            double[] y = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                x[i] = SeriesFitter.secondsSince(t[i], t[0]);
                y[i] = 3 - 0.25 * ((t[i] - t[0]) / 1e6);
            }
            FittedCurve fit = spline.fit(x, y);
            List<Row> mine = got.get(e.getKey());
            double[] d1 = Rows.column(mine, "d1");
            assertArrayEquals(fit.differentiate(1).values(x), d1);
            for (double v : d1) {
                assertEquals(-0.25, v, 1e-9);
            }
            assertEquals(timestamp(t[0]), mine.get(0).getAs("time"));
        }
    }

    @Test
    void severalYColumnsAreFittedEachOnItsOwnRows() {
        StructType schema = new StructType().add("car", DataTypes.IntegerType).add("t", DataTypes.LongType)
                .add("speed", DataTypes.DoubleType).add("temp", DataTypes.FloatType);
        List<Row> rows = new ArrayList<>();
        for (int car = 1; car <= 3; car++) {
            for (long t = 0; t < 50; t++) {
                Double speed = t % 7 == 3 ? null : 20 + Math.sin(0.2 * t * car);
                Float temp = t % 11 == 5 ? Float.NaN : (float) (80 + 0.1 * t * t);
                rows.add(RowFactory.create(car, t, speed, temp));
            }
        }
        SparkDerivatives result = JdeltSpark.differentiate(spark.createDataFrame(rows, schema),
                DifferentiateOptions.of(List.of("car"), "t", List.of("speed", "temp")).withOrders(1, 2)).cache();
        List<Row> got = new ArrayList<>(result.derivatives().collectAsList());
        List<Row> report = result.groups().collectAsList();
        result.unpersist();
        assertEquals(List.of("car", "t", "speed", "temp", "speed_fit", "speed_d1", "speed_d2", "temp_fit", "temp_d1",
                "temp_d2"), List.of(result.derivatives().schema().fieldNames()));
        assertEquals(150, got.size());
        got.sort(Comparator.comparing((Row r) -> r.<Integer>getAs("car")).thenComparing(r -> r.<Long>getAs("t")));
        Interpolator spline = MethodRegistry.byName("spline").create(Map.of());
        for (int car = 1; car <= 3; car++) {
            List<Row> mine = got.subList(50 * (car - 1), 50 * car);
            for (String y : List.of("speed", "temp")) {
                List<Row> used = mine.stream().filter(r -> r.getAs(y) != null && Double.isFinite(((Number) r.getAs(y)).doubleValue())).toList();
                FittedCurve fit = spline.fit(Rows.column(used, "t"), Rows.column(used, y));
                assertArrayEquals(fit.differentiate(2).values(Rows.column(used, "t")), Rows.column(used, y + "_d2"));
                mine.stream().filter(r -> !used.contains(r)).forEach(r -> assertNull(r.getAs(y + "_fit")));
            }
        }
        for (Row r : report) {
            long expected = r.getAs("column").equals("speed") ? 7 : 5;
            assertEquals(expected, (long) r.getAs("skipped"), r.toString());
            assertEquals(50 - expected, (long) r.getAs("used"));
            assertTrue(r.<String>getAs("message").startsWith("skipped " + expected + " of 50 rows"), r.toString());
        }
    }

    @Test
    void parquetRoundTripKeepsEveryValue(@TempDir Path dir) {
        List<GeneratedSeries> series = GeneratedSeries.generate(20, 30, 60, 18);
        SparkDerivatives result = JdeltSpark.differentiate(spark.createDataFrame(GeneratedSeries.rows(series),
                GeneratedSeries.SCHEMA), List.of("sensor"), "t", List.of("value"), "spline", Map.of(), 1, 2).cache();
        Dataset<Row> derivatives = result.derivatives();
        String path = dir.resolve("out").toString();
        derivatives.write().parquet(path);
        Dataset<Row> back = spark.read().parquet(path);
        assertEquals(derivatives.schema(), back.schema());
        Map<String, List<Row>> written = Rows.bySeries(back, "sensor", "t");
        Map<String, List<Row>> computed = Rows.bySeries(derivatives, "sensor", "t");
        result.unpersist();
        assertEquals(computed, written);
        assertEquals(series.stream().mapToInt(s -> s.x().length).sum(), written.values().stream().mapToInt(List::size).sum());
    }

    private static Timestamp timestamp(long micros) {
        return Timestamp.from(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000));
    }
}
