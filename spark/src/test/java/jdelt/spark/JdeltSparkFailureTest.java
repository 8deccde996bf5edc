package jdelt.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdelt.interpolation.DataPreparation;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import jdelt.io.ReadOptions.MissingPolicy;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A series that cannot be fitted is reported with its key and reason; the others are unaffected. */
@ExtendWith(LocalSpark.class)
class JdeltSparkFailureTest {

    private static SparkSession spark;
    private static Dataset<Row> data;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create("good", (double) i, Math.cos(0.1 * i)));
            rows.add(RowFactory.create("gaps", (double) i, i % 10 == 4 ? null : Math.cos(0.1 * i)));
            rows.add(RowFactory.create("dup", (double) (i / 2), Math.cos(0.1 * i)));
        }
        rows.add(RowFactory.create("short", 0.0, 1.0));
        rows.add(RowFactory.create("short", 1.0, 2.0));
        for (int i = 0; i < 5; i++) {
            rows.add(RowFactory.create("empty", (double) i, null));
        }
        rows.add(RowFactory.create("nullx", null, 1.0));
        for (int i = 0; i < 30; i++) {
            rows.add(RowFactory.create("nullx", (double) i, Math.sin(0.2 * i)));
        }
        data = spark.createDataFrame(rows, GeneratedSeries.SCHEMA);
    }

    @Test
    void failingSeriesAreReportedAndTheOthersFitted() {
        SparkDerivatives result = JdeltSpark.differentiate(data, DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withOrders(1)).cache();
        Map<String, Row> report = Rows.report(result.groups(), "sensor");
        Map<String, List<Row>> rows = Rows.bySeries(result.derivatives(), "sensor", "t");
        result.unpersist();
        assertEquals(data.count(), rows.values().stream().mapToLong(List::size).sum(), "every input row, once");
        Interpolator spline = MethodRegistry.byName("spline").create(Map.of());
        String tooFew = assertThrows(IllegalArgumentException.class,
                () -> spline.fit(new double[] {0, 1}, new double[] {1, 2})).getMessage();
        assertEquals("failed", report.get("short/value").getAs("status"));
        assertEquals(tooFew, report.get("short/value").getAs("message"));
        assertNull(report.get("short/value").getAs("summary"));
        assertEquals("failed", report.get("empty/value").getAs("status"));
        assertEquals(5L, (long) report.get("empty/value").getAs("skipped"));
        rows.get("short").forEach(r -> assertNull(r.getAs("fit")));
        for (String ok : List.of("good", "gaps", "dup", "nullx")) {
            assertEquals("ok", report.get(ok + "/value").getAs("status"), ok);
        }
        assertEquals(4L, (long) report.get("gaps/value").getAs("skipped"));
        assertEquals(1L, (long) report.get("nullx/value").getAs("skipped"));
        assertNull(rows.get("nullx").get(30).getAs("t"), "the row without x is kept, last");
        assertNull(rows.get("nullx").get(30).getAs("fit"));
        assertNull(report.get("good/value").getAs("message"));
    }

    @Test
    void equalXAreMergedByTheirMeanAsLocally() {
        SparkDerivatives result = JdeltSpark.differentiate(data.filter("sensor = 'dup'"),
                DifferentiateOptions.of(List.of("sensor"), "t", List.of("value"))).cache();
        Row r = Rows.report(result.groups(), "sensor").get("dup/value");
        List<Row> rows = Rows.bySeries(result.derivatives(), "sensor", "t").get("dup");
        result.unpersist();
        assertEquals(20L, (long) r.getAs("merged"));
        assertEquals(20L, (long) r.getAs("used"));
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i / 2;
            y[i] = Math.cos(0.1 * i);
        }
        DataPreparation.Result merged = DataPreparation.mergeDuplicateX(x, y);
        FittedCurve fit = MethodRegistry.byName("spline").create(Map.of()).fit(merged.x(), merged.y()[0]);
        double[] expected = fit.differentiate(1).values(x);
        assertArrayEquals(expected, Rows.column(rows, "d1"));
    }

    @Test
    void missingPolicyErrorFailsOnlyTheSeriesWithGaps() {
        Map<String, Row> report = Rows.report(JdeltSpark.differentiate(data, DifferentiateOptions.of(List.of("sensor"),
                "t", List.of("value")).withMissing(MissingPolicy.ERROR)).groups(), "sensor");
        assertEquals("failed", report.get("gaps/value").getAs("status"));
        assertEquals("4 of 40 rows with a null or non-finite x or 'value' (missing policy: error)",
                report.get("gaps/value").getAs("message"));
        assertEquals("failed", report.get("nullx/value").getAs("status"));
        assertEquals("ok", report.get("good/value").getAs("status"));
        assertEquals("ok", report.get("dup/value").getAs("status"));
    }

    @Test
    void aSettingTheDataCannotSatisfyFailsOnlyThoseSeries() {
        Map<String, Row> report = Rows.report(JdeltSpark.differentiate(data, List.of("sensor"), "t", List.of("value"),
                "savgol", Map.of("window", "35"), 1).groups(), "sensor");
        assertEquals("ok", report.get("good/value").getAs("status"));
        assertEquals("failed", report.get("dup/value").getAs("status"), "20 distinct x for a window of 35");
        assertTrue(report.get("dup/value").<String>getAs("message").contains("35"),
                report.get("dup/value").<String>getAs("message"));
    }

    @Test
    void standardErrorColumnsAreFilledWhereTheMethodGivesThem() {
        Dataset<Row> good = data.filter("sensor = 'good'");
        Map<String, String> settings = Map.of("hidden", "6", "iterations", "30", "ensemble", "2");
        SparkDerivatives neural = JdeltSpark.differentiate(good, DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withMethod("neural", settings).withStandardErrors(true));
        List<Row> rows = Rows.bySeries(neural.derivatives(), "sensor", "t").get("good");
        double[] x = Rows.column(rows, "t");
        FittedCurve fit = MethodRegistry.byName("neural").create(settings).fit(x, Rows.column(rows, "value"));
        assertArrayEquals(fit.summary().standardError(1).orElseThrow().values(x), Rows.column(rows, "d1_se"));
        SparkDerivatives spline = JdeltSpark.differentiate(good, DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withStandardErrors(true));
        List<Row> splineRows = Rows.bySeries(spline.derivatives(), "sensor", "t").get("good");
        FittedCurve local = MethodRegistry.byName("spline").create(Map.of()).fit(x, Rows.column(splineRows, "value"));
        assertArrayEquals(local.summary().standardError(1).orElseThrow().values(x), Rows.column(splineRows, "d1_se"));
        SparkDerivatives single = JdeltSpark.differentiate(good, DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withMethod("neural", Map.of("hidden", "6", "iterations", "30")).withStandardErrors(true));
        assertTrue(single.derivatives().filter("d1_se is not null").isEmpty(), "one network has no spread");
        assertEquals("no standard error of d1 from method 'neural'", single.groups().first().getAs("message"));
    }

    @Test
    void gapsAndAnglesAsLocally() {
        List<Row> rows = new ArrayList<>();
        double[] x = new double[80];
        double[] y = new double[80];
        for (int i = 0; i < 80; i++) {
            x[i] = i < 40 ? i : 1e5 + i;
            y[i] = (370 + 3.0 * x[i] % 360 + 10 * Math.sin(0.3 * i)) % 360;
            rows.add(RowFactory.create("heading", x[i], y[i]));
        }
        Dataset<Row> headings = spark.createDataFrame(rows, GeneratedSeries.SCHEMA);
        List<Row> out = Rows.bySeries(JdeltSpark.differentiate(headings, DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withGap("auto").withWrap(360)).derivatives(), "sensor", "t").get("heading");
        FittedCurve local = jdelt.interpolation.segment.Segmented.of(jdelt.interpolation.angle.Wrapped.of(
                MethodRegistry.byName("spline").create(Map.of()), 360), jdelt.interpolation.segment.GapRule.auto()).fit(x, y);
        assertArrayEquals(local.differentiate(1).values(x), Rows.column(out, "d1"));
        assertArrayEquals(local.values(x), Rows.column(out, "fit"));
        assertThrows(IllegalArgumentException.class, () -> DifferentiateOptions.of(List.of("sensor"), "t",
                List.of("value")).withGap("sometimes"));
    }

    @Test
    void badArgumentsFailOnTheDriverWithTheirReason() {
        DifferentiateOptions base = DifferentiateOptions.of(List.of("sensor"), "t", List.of("value"));
        assertMessage("unknown method 'splin'", base.withMethod("splin", Map.of()));
        assertMessage("method 'spline' has no parameter 'lamda'", base.withMethod("spline", Map.of("lamda", "1")));
        assertMessage("no x column 'time'; the columns are: sensor, t, value",
                DifferentiateOptions.of(List.of("sensor"), "time", List.of("value")));
        assertMessage("y column 'sensor' has type string; a numeric column is needed",
                DifferentiateOptions.of(List.of("t"), "value", List.of("sensor")));
        assertMessage("x column 'sensor' has type string; a numeric, timestamp or date column is needed",
                DifferentiateOptions.of(List.of("t"), "sensor", List.of("value")));
        Dataset<Row> clash = data.withColumnRenamed("t", "fit");
        assertMessage("the output column 'fit' would repeat a column of the input",
                clash, DifferentiateOptions.of(List.of("sensor"), "fit", List.of("value")));
        assertThrows(IllegalArgumentException.class, () -> base.withOrders(0));
        assertThrows(IllegalArgumentException.class, () -> base.withOrders(1, 1));
        assertThrows(IllegalArgumentException.class, () -> DifferentiateOptions.of(List.of(), "t", List.of("value")));
    }

    private static void assertMessage(String start, DifferentiateOptions options) {
        assertMessage(start, data, options);
    }

    private static void assertMessage(String start, Dataset<Row> on, DifferentiateOptions options) {
        String message = assertThrows(IllegalArgumentException.class, () -> JdeltSpark.differentiate(on, options))
                .getMessage();
        assertTrue(message.startsWith(start), message);
    }

    @Test
    void dateXIsSecondsSinceTheFirstDay() {
        StructType schema = new StructType().add("plate", DataTypes.StringType).add("day", DataTypes.DateType)
                .add("od", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            rows.add(RowFactory.create("p1", java.sql.Date.valueOf(java.time.LocalDate.of(2026, 2, 20).plusDays(d)),
                    0.5 + 2.0 * d));
        }
        List<Row> got = JdeltSpark.differentiate(spark.createDataFrame(rows, schema), List.of("plate"), "day",
                List.of("od"), "spline", Map.of(), 1).derivatives().collectAsList();
        for (Row r : got) {
            assertEquals(2.0 / 86400, r.<Double>getAs("d1"), 1e-12);
        }
    }
}
