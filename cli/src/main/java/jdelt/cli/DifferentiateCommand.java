package jdelt.cli;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.ReportsProgress;
import jdelt.interpolation.segment.SegmentedFit;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jdelt.io.CsvResultWriter;
import jdelt.io.CsvSampleReader;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;
import jdelt.io.Utf8Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jdelt differentiate}: reads samples from a CSV file, fits a registered method to each y
 * column, and writes the fit and the requested derivatives as CSV and, optionally, as a plot.
 */
@Command(name = "differentiate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits a method to each y column of a CSV file and writes the fit and its derivatives "
                + "at every x, in x order, as CSV (to standard output unless --output is given).",
            "With one y column the output header is <x>,<y>,fit,d1[,d2...]; with several, each y column "
                + "gives <y>,<y>_fit,<y>_d1[,<y>_d2...]. Date-time x are read as seconds since the earliest "
                + "sample (derivatives are per second) and written back as given.",
            "What was skipped, sorted or merged is reported on standard error."},
        footer = {"", "Examples:",
            "  jdelt differentiate examples/data/vehicle-log.csv --order 1,2 \\",
            "        --output derivatives.csv --plot derivatives.png",
            "  jdelt differentiate run.csv --x time --y left,right --order 2 > accel.csv",
            "  jdelt differentiate scan.tsv --delimiter tab --header no --x 1 --y 3 --method fd",
            "  (a method's settings, for --param KEY=VALUE: jdelt methods --parameters)"})
final class DifferentiateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8)")
    private Path file;

    @Option(names = "--x", paramLabel = "COL", description = "the x column, by header name or number from 1 (default: the first column)")
    private String x;

    @Option(names = "--y", paramLabel = "COL", split = ",", description = "the y column(s), by name or number, comma-separated (default: the second column)")
    private List<String> y = new ArrayList<>();

    @Option(names = "--order", paramLabel = "N", split = ",", defaultValue = "1", description = "derivative order(s), comma-separated (default: ${DEFAULT-VALUE})")
    private int[] orders;

    @Mixin
    private MethodOptions methods = new MethodOptions();

    @Option(names = "--output", paramLabel = "FILE", description = "write the CSV here instead of to standard output")
    private Path output;

    @Option(names = "--plot", paramLabel = "FILE", description = "also draw data, fit and derivatives as an image: FILE.png or FILE.svg")
    private Path plot;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "also write what each fit chose (parameters, df, sigma, warnings) as JSON")
    private Path summary;

    @Mixin
    private RowPolicyOptions policies = new RowPolicyOptions();

    @Mixin
    private CsvFormatOptions format = new CsvFormatOptions();

    @Mixin
    private SensorLogOptions sensor = new SensorLogOptions();

    @Option(names = "--se", description = "also write the standard error of the fit and of each derivative "
            + "(columns fit_se, d1_se, ...; noise only, the smoothing's bias is not included)")
    private boolean standardErrors;

    /** Units of a progress stage measured as a fraction. */
    private static final long PROGRESS_UNITS = 1000;

    private final PrintStream progressStream;

    DifferentiateCommand(PrintStream progressStream) {
        this.progressStream = progressStream;
    }

    @Override
    public Integer call() throws IOException {
        for (int order : orders) {
            if (order < 1) {
                throw new IllegalArgumentException("--order must be 1 or more (the fit is always written), got " + order);
            }
        }
        if (Arrays.stream(orders).distinct().count() < orders.length) {
            throw new IllegalArgumentException("--order " + Arrays.toString(orders).replaceAll("[\\[\\] ]", "")
                    + " lists an order twice; list each order once");
        }
        if (plot != null) {
            DerivativePlot.Format.of(plot);
        }
        SafeOutput.checkTargets(file, new SafeOutput.Target("--output", output), new SafeOutput.Target("--plot", plot),
                new SafeOutput.Target("--summary", summary));
        ReadOptions options = format.applyTo(policies.applyTo(ReadOptions.defaults().withX(x).withY(y)));
        sensor.validate();
        Interpolator interpolator = sensor.apply(methods.create());
        if (sensor.by != null) {
            if (plot != null) {
                throw new IllegalArgumentException("--plot cannot be combined with --by: plot a group from its own file (--output-dir)");
            }
            return new GroupedRun(file, options, interpolator, orders, sensor, output)
                    .run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        try (Progress progress = Progress.on(progressStream, Progress.stderrIsTerminal())) {
            SampleTable table = read(options, progress);
            progress.println("jdelt: " + table.source() + ": " + table.report().summary());
            double[] at = sensor.at == null ? null : EvaluationPoints.parse(sensor.at, table.xOrigin(), table.decimal());
            int count = table.y().length;
            Progress perColumn = count == 1 ? progress : Progress.quiet();
            if (count > 1) {
                progress.stage("fitting " + count + " columns in parallel (" + methods.name() + ", " + table.size() + " rows)", 0);
            }
            List<FittedCurve> fits = new ArrayList<>();
            List<double[]> columns = new ArrayList<>();
            for (Fitted f : ParallelColumns.map(count, c -> fitAndEvaluate(interpolator, table, c, at, perColumn))) {
                f.messages().forEach(progress::println);
                fits.add(f.fit());
                columns.addAll(f.columns());
            }
            write(table, at, columns, progress);
            if (summary != null) {
                SafeOutput.replace(summary, tmp -> Files.writeString(tmp, SummaryJson.of(table.yNames(), fits), StandardCharsets.UTF_8));
                progress.println("jdelt: wrote " + summary);
            }
            if (plot != null) {
                progress.stage("drawing " + plot, 0);
                SafeOutput.replace(plot, tmp -> DerivativePlot.write(tmp, table, fits, orders, methods.name(), sensor.unit(),
                        sensor.gapRule()));
                progress.println("jdelt: wrote " + plot);
            }
        }
        return Jdelt.OK;
    }

    /** One column's fit, its values in output order, and the messages about it, in order. */
    private record Fitted(FittedCurve fit, List<double[]> columns, List<String> messages) {
    }

    /** Fits column {@code c} and evaluates it; may run in parallel with other columns, so it prints nothing itself. */
    private Fitted fitAndEvaluate(Interpolator interpolator, SampleTable table, int c, double[] at, Progress progress) {
        List<String> messages = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        String name = table.yNames().get(c);
        String fitting = "fitting " + name + " (" + methods.name() + ", " + table.size() + " rows)";
        Interpolator reporting = interpolator;
        if (interpolator instanceof ReportsProgress p) {
            progress.stage(fitting, PROGRESS_UNITS);
            reporting = p.withProgress(f -> progress.advance(Math.round(f * PROGRESS_UNITS)));
        } else {
            progress.stage(fitting, 0);
        }
        int[] rows = table.rowsOf(c);
        String lacking = ColumnRows.note(table, c, rows);
        if (lacking != null) {
            messages.add("jdelt: " + where(table, c) + lacking);
        }
        FittedCurve segmented = fitColumn(reporting, table, c, rows);
        messages.add("jdelt: " + name + ": " + segmented.summary());
        for (String warning : segmented.summary().warnings()) {
            messages.add("jdelt: warning: " + where(table, c) + warning);
        }
        SensorLogOptions.reportSegments(segmented, where(table, c), messages::add);
        FittedCurve fit = sensor.present(segmented);
        double[] points = at == null ? table.x() : at;
        if (at == null) {
            columns.add(table.y()[c]);
        }
        columns.add(restrict(evaluate(fit, segmented, points, progress, "evaluating the fit of " + name), at, table));
        for (int order : orders) {
            columns.add(restrict(evaluate(derivative(fit, order, table, c), segmented, points, progress,
                    "evaluating derivative " + order + " of " + name), at, table));
        }
        for (int k = -1; standardErrors && k < orders.length; k++) {
            int order = k < 0 ? 0 : orders[k];
            columns.add(restrict(evaluate(standardError(fit, order, table, c), segmented, points, progress,
                    "evaluating the standard error of order " + order + " of " + name), at, table));
        }
        return new Fitted(fit, columns, messages);
    }

    private SampleTable read(ReadOptions options, Progress progress) throws IOException {
        long size = Files.size(file);
        progress.stage("reading " + file, size);
        try (InputStream in = new CountingStream(Files.newInputStream(file), progress);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            return CsvSampleReader.read(reader, file.toString(), options);
        } catch (CharacterCodingException e) {
            throw Utf8Check.locate(file, options.delimiter() != null ? options.delimiter() : ',');
        }
    }

    private static FittedCurve fitColumn(Interpolator interpolator, SampleTable table, int c, int[] rows) {
        try {
            return interpolator.fit(ColumnRows.pick(table.x(), rows), ColumnRows.pick(table.y()[c], rows));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(table, c) + e.getMessage(), e);
        }
    }

    private static Curve derivative(FittedCurve fit, int order, SampleTable table, int c) {
        try {
            return fit.differentiate(order);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(table, c) + e.getMessage(), e);
        }
    }

    /** The standard error of one order, per the derivative unit the derivatives are written in. */
    private Curve standardError(FittedCurve fit, int order, SampleTable table, int c) {
        Curve se = fit.summary().standardError(order).orElseThrow(() -> new IllegalArgumentException(where(table, c)
                + "method '" + methods.name() + "' gives no standard error for order " + order + "; drop --se"));
        double factor = order == 0 ? 1 : sensor.unit().factor(order);
        return factor == 1 ? se : z -> factor * se.value(z);
    }

    private static String where(SampleTable table, int c) {
        return table.source() + ": column '" + table.yNames().get(c) + "': ";
    }

    /**
     * Evaluates a curve at every x, in blocks, so that the progress bar moves; a non-finite result
     * is an error except NaN where the fit is undefined by design (in a gap between segments).
     */
    private static double[] evaluate(Curve curve, FittedCurve fit, double[] x, Progress progress, String what) {
        final int block = 1 << 16;
        progress.stage(what, x.length);
        double[] out = new double[x.length];
        for (int from = 0; from < x.length; from += block) {
            int to = Math.min(x.length, from + block);
            System.arraycopy(curve.values(Arrays.copyOfRange(x, from, to)), 0, out, from, to - from);
            progress.advance(to);
        }
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i]) && !(Double.isNaN(out[i]) && fit instanceof SegmentedFit s && !s.defined(x[i]))) {
                throw new IllegalArgumentException(what + ": the result is " + out[i] + " at x = " + x[i]
                        + " (beyond double precision); rescale x or y, or try another method");
            }
        }
        return out;
    }

    /** With {@code --at} and without {@code --extrapolate}, NaN outside the record. */
    private double[] restrict(double[] values, double[] at, SampleTable table) {
        return at == null || sensor.extrapolate ? values
                : EvaluationPoints.inside(values, at, table.x()[0], table.x()[table.size() - 1]);
    }

    private void write(SampleTable table, double[] at, List<double[]> columns, Progress progress) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(table.xName());
        List<String> estimates = SensorLogOptions.columnNames(table.yNames(), orders, sensor.unit(), at == null);
        int group = estimates.size() / table.yNames().size();
        for (int c = 0; c < table.yNames().size(); c++) {
            names.addAll(estimates.subList(c * group, (c + 1) * group));
            for (int k = -1; standardErrors && k < orders.length; k++) {
                String column = (k < 0 ? "fit" : "d" + orders[k]) + "_se";
                names.add(table.yNames().size() == 1 ? column : table.yNames().get(c) + "_" + column);
            }
        }
        double[] xs = at == null ? table.x() : at;
        String[] xText = at == null ? table.xText() : table.dateTimeX() ? EvaluationPoints.texts(at, table.xOrigin()) : null;
        progress.stage("writing " + (output != null ? output : "standard output"), xs.length);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            CsvResultWriter.write(out, names, xs, xText, columns, progress::advance);
            SafeOutput.checkWritten(out, "standard output");
            return;
        }
        SafeOutput.replaceText(output, out -> CsvResultWriter.write(out, names, xs, xText, columns, progress::advance));
        progress.println("jdelt: wrote " + output);
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private final Progress progress;
        private long count;

        CountingStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.advance(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.advance(count);
            }
            return n;
        }
    }
}
