package jdelt.spark;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import jdelt.io.ReadOptions.MissingPolicy;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job {@code spark-submit --class jdelt.spark.DifferentiateJob jdelt-spark.jar ...}:
 * reads Parquet or CSV, differentiates every series with {@link JdeltSpark#differentiate}, writes
 * the derivative rows (and, with {@code --report}, the group report) as Parquet, and prints how
 * many series were fitted and which failed.
 */
@Command(name = "jdelt.spark.DifferentiateJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Differentiates every series (group) of a Parquet or CSV data set on Spark and writes the "
                + "input rows with fit, d1, d2, ... as Parquet. Each series is fitted on one executor with the "
                + "same code as 'jdelt differentiate', so the numbers are the same."},
        footer = {"", "Example:",
            "  spark-submit --class jdelt.spark.DifferentiateJob jdelt-spark.jar \\",
            "      --input logs/ --format parquet --by sensor --x t --y value \\",
            "      --method spline --order 1,2 --output derivatives/ --report report/",
            "",
            "Exit codes: 0 every series fitted, 3 output written but some series failed (see the summary "
                + "and --report), 2 bad input or usage, 1 internal error."})
public final class DifferentiateJob implements Callable<Integer> {

    /** Exit code when every series was fitted. */
    static final int OK = 0;
    /** Exit code for an internal error. */
    static final int INTERNAL = 1;
    /** Exit code for bad input or usage. */
    static final int BAD_INPUT = 2;
    /** Exit code when the output was written but some series failed. */
    static final int SOME_FAILED = 3;
    /** How many failed series the summary lists. */
    private static final int LISTED = 10;

    /** The input formats. */
    enum Format { PARQUET, CSV }

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "the input file or directory")
    private String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet or csv (CSV: a header row, column types inferred by an extra pass over the data) (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--by", required = true, split = ",", paramLabel = "COL", description = "the group column(s) naming a series, comma-separated")
    private List<String> by;

    @Option(names = "--x", required = true, paramLabel = "COL", description = "the x column: numeric, timestamp or date (then seconds since the series' earliest x)")
    private String x;

    @Option(names = "--y", required = true, split = ",", paramLabel = "COL", description = "the y column(s), comma-separated")
    private List<String> y;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "spline", description = "the method, see 'jdelt methods' (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a setting of the method; repeat for several")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--order", split = ",", paramLabel = "N", defaultValue = "1", description = "derivative order(s), comma-separated (default: ${DEFAULT-VALUE})")
    private int[] orders;

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "skip",
            description = "rows with a null or non-finite x or y: skip (and count them) or error (fail that series) (default: ${DEFAULT-VALUE})")
    private MissingPolicy missing;

    @Option(names = "--standard-errors", description = "add d<k>_se columns (null where the method gives no standard error)")
    private boolean standardErrors;

    @Option(names = "--gap", paramLabel = "RULE", defaultValue = "none",
            description = "split each series at gaps and fit the segments apart: none, auto or a length in x units (default: ${DEFAULT-VALUE})")
    private String gap;

    @Option(names = "--wrap", paramLabel = "PERIOD", description = "y is an angle of this period (360, 2pi, ...): unwrap it before fitting")
    private String wrap;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "where to write the derivative rows (Parquet)")
    private String output;

    @Option(names = "--report", paramLabel = "PATH", description = "also write the per-series report (Parquet) here")
    private String report;

    @Option(names = "--overwrite", description = "replace --output and --report if they exist")
    private boolean overwrite;

    private final Supplier<SparkSession> session;
    private final PrintWriter out;

    private DifferentiateJob(Supplier<SparkSession> session, PrintWriter out) {
        this.session = session;
        this.out = out;
    }

    /**
     * Runs the job in a session of its own (the one {@code spark-submit} configures).
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true);
        PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true);
        SparkSession[] started = new SparkSession[1];
        int code = run(args, out, err, () -> started[0] = SparkSession.builder().appName("jdelt differentiate").getOrCreate());
        if (started[0] != null) {
            started[0].stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job.
     *
     * @param args the command-line arguments
     * @param out where the summary goes
     * @param err where errors and usage go
     * @param session gives the Spark session, called only once the arguments are valid
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<SparkSession> session) {
        CommandLine cli = new CommandLine(new DifferentiateJob(session, out)).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    boolean bad = e instanceof IllegalArgumentException || e instanceof AnalysisException;
                    cmd.getErr().println("jdelt-spark: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
                    return bad ? BAD_INPUT : INTERNAL;
                });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        DifferentiateOptions options = DifferentiateOptions.of(by, x, y).withMethod(method, params)
                .withOrders(orders).withMissing(missing).withStandardErrors(standardErrors)
                .withGap(gap).withWrap(wrap == null ? Double.NaN : jdelt.interpolation.angle.Wrapped.parsePeriod(wrap));
        SparkSession spark = session.get();
        Dataset<Row> data = format == Format.PARQUET ? spark.read().parquet(input)
                : spark.read().option("header", "true").option("inferSchema", "true").csv(input);
        SparkDerivatives result = JdeltSpark.differentiate(data, options).cache();
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            result.derivatives().write().mode(mode).parquet(output);
            Dataset<Row> groups = result.groups();
            if (report != null) {
                groups.write().mode(mode).parquet(report);
            }
            return summarize(groups);
        } finally {
            result.unpersist();
        }
    }

    private int summarize(Dataset<Row> groups) {
        Row totals = groups.agg(functions.count(functions.lit(1)),
                functions.count(functions.when(functions.col("status").equalTo("failed"), 1)),
                functions.coalesce(functions.sum("skipped"), functions.lit(0L))).first();
        long total = totals.getLong(0);
        long failures = totals.getLong(1);
        long skipped = totals.getLong(2);
        List<Row> listed = groups.filter(functions.col("status").equalTo("failed")).limit(LISTED).collectAsList();
        out.println("jdelt-spark: " + (total - failures) + " of " + total + " series fitted, " + failures
                + " failed; " + skipped + " rows skipped for a missing value; wrote " + output
                + (report != null ? " and " + report : ""));
        for (Row r : listed) {
            List<String> key = new ArrayList<>();
            for (int k = 0; k < by.size(); k++) {
                key.add(by.get(k) + "=" + r.get(k));
            }
            out.println("  failed: " + String.join(", ", key) + ", column " + r.getAs("column") + ": " + r.getAs("message"));
        }
        if (failures > listed.size()) {
            out.println("  ... and " + (failures - listed.size()) + " more" + (report != null ? " (see " + report + ")" : ""));
        }
        return failures == 0 ? OK : SOME_FAILED;
    }
}
