package jdelt.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line, end to end on small Parquet and CSV inputs. */
@ExtendWith(LocalSpark.class)
class DifferentiateJobTest {

    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static String input;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
        List<GeneratedSeries> series = GeneratedSeries.generate(4, 30, 50, 19);
        List<Row> rows = new ArrayList<>(GeneratedSeries.rows(series));
        rows.add(RowFactory.create("lonely", 1.0, 2.0));
        input = dir.resolve("in").toString();
        spark.createDataFrame(rows, GeneratedSeries.SCHEMA).repartition(3).write().parquet(input);
    }

    private int run(String... args) {
        return DifferentiateJob.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> spark);
    }

    @Test
    void differentiatesAParquetDirectoryAndReportsTheSeriesThatFailed() {
        String output = dir.resolve("out").toString();
        String report = dir.resolve("report").toString();
        int code = run("--input", input, "--format", "parquet", "--by", "sensor", "--x", "t", "--y", "value",
                "--method", "spline", "--order", "1,2", "--output", output, "--report", report);
        assertEquals(DifferentiateJob.SOME_FAILED, code, err.toString());
        assertTrue(out.toString().startsWith("jdelt-spark: 4 of 5 series fitted, 1 failed; 0 rows skipped"), out.toString());
        assertTrue(out.toString().contains("failed: sensor=lonely, column value: "), out.toString());
        Dataset<Row> written = spark.read().parquet(output);
        assertEquals(List.of("sensor", "t", "value", "fit", "d1", "d2"), List.of(written.schema().fieldNames()));
        Dataset<Row> expected = JdeltSpark.differentiate(spark.read().parquet(input), List.of("sensor"), "t",
                List.of("value"), "spline", Map.of(), 1, 2).derivatives();
        assertEquals(Rows.bySeries(expected, "sensor", "t"), Rows.bySeries(written, "sensor", "t"));
        assertEquals(1, spark.read().parquet(report).filter("status = 'failed'").count());
    }

    @Test
    void readsCsvWithAHeaderRow(@TempDir Path csvDir) throws Exception {
        Path csv = csvDir.resolve("log.csv");
        StringBuilder text = new StringBuilder("unit,time,temp\n");
        for (int i = 0; i < 30; i++) {
            text.append("u1,2026-01-01T00:00:").append(String.format("%02d", i)).append(',').append(20 + 0.5 * i).append('\n');
        }
        Files.writeString(csv, text);
        String output = csvDir.resolve("out").toString();
        int code = run("--input", csv.toString(), "--format", "csv", "--by", "unit", "--x", "time", "--y", "temp",
                "--output", output);
        assertEquals(DifferentiateJob.OK, code, err.toString());
        assertTrue(out.toString().startsWith("jdelt-spark: 1 of 1 series fitted, 0 failed"), out.toString());
        for (Row r : spark.read().parquet(output).collectAsList()) {
            assertEquals(0.5, r.<Double>getAs("d1"), 1e-9);
        }
    }

    @Test
    void helpNeedsNoSpark() {
        int code = DifferentiateJob.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true),
                () -> {
                    throw new AssertionError("no session for --help");
                });
        assertEquals(DifferentiateJob.OK, code);
        assertTrue(out.toString().contains("--input=PATH"), out.toString());
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
    }

    @Test
    void badUsageAndBadInputExitWithTwoAndAMessage() {
        assertEquals(DifferentiateJob.BAD_INPUT, run("--input", input));
        assertTrue(err.toString().contains("Missing required options"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(DifferentiateJob.BAD_INPUT, run("--input", input, "--by", "sensor", "--x", "time", "--y", "value",
                "--output", dir.resolve("never").toString()));
        assertTrue(err.toString().startsWith("jdelt-spark: no x column 'time'; the columns are: sensor, t, value"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(DifferentiateJob.BAD_INPUT, run("--input", dir.resolve("absent").toString(), "--by", "sensor",
                "--x", "t", "--y", "value", "--output", dir.resolve("never").toString()));
        assertTrue(err.toString().startsWith("jdelt-spark: ") && err.toString().contains("absent"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }
}
