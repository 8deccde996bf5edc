package jdelt.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.FittedVectorField;
import jdelt.interpolation.multivariate.MultivariateMethodDescriptor;
import jdelt.interpolation.multivariate.MultivariateMethodRegistry;
import jdelt.interpolation.multivariate.PointPreparation;
import jdelt.interpolation.multivariate.RectilinearGrid;
import jdelt.io.CsvColumnReader;
import jdelt.io.CsvResultWriter;
import jdelt.io.Utf8Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jdelt gradient}: reads samples of functions of several variables from a CSV file, fits a
 * registered multivariate method to each output column, and writes the fit and its partial
 * derivatives (gradient, optionally Hessian, Laplacian, divergence and curl) at every sample.
 */
@Command(name = "gradient", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits a multivariate method to each y column of a CSV file as a function of the x columns "
                + "and writes, at every sample, the inputs, the fit and its partial derivatives as CSV (to standard "
                + "output unless --output is given). Columns are named <f>_fit, d<f>/d<x1>, d2<f>/d<x1>^2, "
                + "d2<f>/d<x1>d<x2>, laplacian(<f>), divergence, curl.",
            "Samples on a full rectilinear grid get the tensor-product spline, scattered ones the thin-plate spline up to "
                + MultivariateMethodRegistry.THIN_PLATE_MAX_POINTS + " points in 2 or 3 dimensions and local quadratic regression beyond; "
                + "duplicate points are merged (their values averaged) and reported on standard error, with what "
                + "each fit chose."},
        footer = {"", "Examples:",
            "  jdelt gradient surface.csv --x x1,x2 --y f --hessian --laplacian --output partials.csv",
            "  jdelt gradient flow.csv --x x,y --y u,v --divergence --curl",
            "  jdelt gradient scan.csv --x x1,x2 --y f --at probes.csv",
            "  jdelt gradient surface.csv --x x1,x2 --y f --output partials.csv --plot partials.png --plot-partial d2f/dx1dx2",
            "  (methods and their settings: jdelt gradient --list)"})
final class GradientCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the CSV file (UTF-8)")
    private Path file;

    @Option(names = "--x", paramLabel = "COLS", split = ",", description = "the input columns x1,x2[,x3...], by header name or number from 1")
    private List<String> x = new ArrayList<>();

    @Option(names = "--y", paramLabel = "COLS", split = ",", description = "the output column(s) f[,g...], by name or number")
    private List<String> y = new ArrayList<>();

    @Option(names = "--hessian", description = "also write every second partial, mixed ones included")
    private boolean hessian;

    @Option(names = "--laplacian", description = "also write the Laplacian of each output")
    private boolean laplacian;

    @Option(names = "--divergence", description = "also write the divergence (as many outputs as inputs)")
    private boolean divergence;

    @Option(names = "--curl", description = "also write the curl (as many outputs as inputs, 2 or 3)")
    private boolean curl;

    @Option(names = "--method", paramLabel = "NAME", description = "the method (default: tensor-spline on a full grid; off it thin-plate up to "
            + MultivariateMethodRegistry.THIN_PLATE_MAX_POINTS + " points in 2 or 3 dimensions, local-quadratic beyond)")
    private String method;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a setting of the method; repeat for several")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--at", paramLabel = "FILE", description = "evaluate at the points of this CSV file (same x column names) instead of at the samples")
    private Path at;

    @Option(names = "--output", paramLabel = "FILE", description = "write the CSV here instead of to standard output")
    private Path output;

    @Option(names = "--plot", paramLabel = "FILE", description = "also draw, for two inputs, the data as a heat map with "
            + "gradient arrows and a panel of the Laplacian (or --plot-partial): FILE.png or FILE.svg")
    private Path plot;

    @Option(names = "--plot-partial", paramLabel = "NAME", description = "the partial drawn beside the data, by its column "
            + "name, e.g. d2f/dx1dx2 or df/dx2 (default: laplacian(f))")
    private String plotPartial;

    @Mixin
    private CsvFormatOptions format = new CsvFormatOptions();

    @Option(names = "--list", description = "list the multivariate methods and their settings, and exit")
    private boolean list;

    @Override
    public Integer call() throws IOException {
        if (list) {
            for (MultivariateMethodDescriptor m : MultivariateMethodRegistry.all()) {
                spec.commandLine().getOut().println(m.name() + "  " + m.description());
                m.parameters().forEach(p -> spec.commandLine().getOut().println("    " + p.name() + " (default "
                        + p.defaultValue() + "): " + p.description()));
            }
            spec.commandLine().getOut().flush();
            return Jdelt.OK;
        }
        if (file == null || x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("give FILE, --x with the input columns and --y with the output columns");
        }
        if (x.size() < 2) {
            throw new IllegalArgumentException("--x names one input column; for one variable use 'jdelt differentiate'");
        }
        int d = x.size();
        int m = y.size();
        if ((divergence || curl) && m != d) {
            throw new IllegalArgumentException("--divergence and --curl need as many --y columns as --x columns; got "
                    + m + " and " + d);
        }
        if (curl && d > 3) {
            throw new IllegalArgumentException("--curl is defined for 2 or 3 inputs, not " + d);
        }
        if (plot != null) {
            DerivativePlot.Format.of(plot);
            if (d != 2) {
                throw new IllegalArgumentException("--plot draws functions of two variables; --x names " + d
                        + " (" + String.join(",", x) + "): write the partials with --output and plot them elsewhere");
            }
        } else if (plotPartial != null) {
            throw new IllegalArgumentException("--plot-partial chooses a panel of --plot; give --plot FILE.png too");
        }
        SafeOutput.checkTargets(file, new SafeOutput.Target("--output", output), new SafeOutput.Target("--plot", plot));
        StageTimings timings = StageTimings.fromProperty(System.err);
        stage(timings, "read");
        CsvColumnReader.Columns table = read();
        if (table.skippedLines().length > 0) {
            log(file + ": skipped " + table.skippedLines().length + " rows with a missing or non-finite value, "
                    + "lines " + listed(table.skippedLines()));
        }
        double[][] points = new double[table.rows()][d];
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < d; j++) {
                points[i][j] = table.columns()[j][i];
            }
        }
        double[][] outputs = new double[m][];
        for (int c = 0; c < m; c++) {
            outputs[c] = table.columns()[d + c];
        }
        PointPreparation.Result merged = PointPreparation.mergeDuplicates(points, outputs);
        if (merged.changed()) {
            int[] lines = new int[merged.merged().length];
            for (int k = 0; k < lines.length; k++) {
                lines[k] = table.lines()[merged.merged()[k]];
            }
            log(file + ": merged " + lines.length + " rows at an already sampled point into the first row "
                    + "there (values averaged), lines " + listed(lines));
        }
        points = merged.points();
        List<String> names = table.names();
        int[][] partials = plot == null ? null : GradientPlot.partials(plotPartial, names.subList(0, d), names.subList(d, d + m));
        RectilinearGrid.Detection layout = RectilinearGrid.detect(points, merged.values()[0]);
        MultivariateMethodDescriptor descriptor = choose(layout, points.length, d);
        stage(timings, "fit");
        List<FittedField> fits = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            try {
                FittedField fit = descriptor.create(params).fit(points, merged.values()[c]);
                fits.add(fit);
                log(names.get(d + c) + ": " + fit.summary());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": column '" + names.get(d + c) + "': " + e.getMessage(), e);
            }
        }
        stage(timings, "write");
        if (at == null) {
            write(points, merged.values(), new FittedVectorField(fits), names.subList(0, d), names.subList(d, d + m));
        } else {
            write(readPoints(d), null, new FittedVectorField(fits), names.subList(0, d), names.subList(d, d + m));
        }
        if (plot != null) {
            stage(timings, "plot");
            GradientPlot.Input in = new GradientPlot.Input(file.toString(), points,
                    layout.grid().map(RectilinearGrid::shape).orElse(null),
                    names.subList(0, d), names.subList(d, d + m), merged.values(), fits, partials, descriptor.name());
            SafeOutput.replace(plot, tmp -> GradientPlot.write(tmp, in));
            log("wrote " + plot + " (" + GradientPlot.contents(in) + ")");
        }
        stage(timings, null);
        return Jdelt.OK;
    }

    /** Starts the next timed stage when -Djdelt.timings=true ({@link StageTimings}); no-op otherwise. */
    private static void stage(StageTimings timings, String next) {
        if (timings != null) {
            timings.stage(next);
        }
    }

    private MultivariateMethodDescriptor choose(RectilinearGrid.Detection layout, int n, int d) {
        boolean grid = layout.grid().isPresent();
        if (method != null) {
            MultivariateMethodDescriptor chosen = MultivariateMethodRegistry.byName(method);
            if (chosen.requiresGrid() && !grid) {
                throw new IllegalArgumentException(file + ": method '" + method + "' needs samples on a full rectilinear "
                        + "grid, but the points are " + layout.description() + "; use --method "
                        + MultivariateMethodRegistry.defaultFor(false, n, d).method().name());
            }
            log(file + ": the points are " + layout.description());
            return chosen;
        }
        MultivariateMethodRegistry.Choice chosen = MultivariateMethodRegistry.defaultFor(grid, n, d);
        String name = chosen.method().name();
        log(file + ": the points are " + layout.description() + (layout.holes()
                ? ", so they are treated as scattered (method " + name + ", " + chosen.reason() + ")"
                : "; method " + name + " (" + chosen.reason() + ")"));
        return chosen.method();
    }

    /** The points of --at, by the same x column names. */
    private double[][] readPoints(int d) throws IOException {
        if (Files.isDirectory(at)) {
            throw new IllegalArgumentException("--at " + at + " is a directory; give a CSV file of points");
        }
        CsvColumnReader.Columns c;
        try (Reader reader = Files.newBufferedReader(at, StandardCharsets.UTF_8)) {
            c = CsvColumnReader.read(reader, at.toString(), x, format.delimiter(), format.header(), format.decimal());
        } catch (CharacterCodingException e) {
            throw Utf8Check.locate(at, format.delimiter() != null ? format.delimiter() : ',');
        }
        c.notes().forEach(note -> log(at + ": " + note));
        if (c.skippedLines().length > 0) {
            log(at + ": skipped " + c.skippedLines().length + " points with a missing or non-finite coordinate, lines "
                    + listed(c.skippedLines()));
        }
        double[][] points = new double[c.rows()][d];
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < d; j++) {
                points[i][j] = c.columns()[j][i];
            }
        }
        return points;
    }

    private CsvColumnReader.Columns read() throws IOException {
        List<String> refs = new ArrayList<>(x);
        refs.addAll(y);
        Character delim = format.delimiter();
        CsvColumnReader.Columns columns;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            columns = CsvColumnReader.read(reader, file.toString(), refs, delim, format.header(), format.decimal());
        } catch (CharacterCodingException e) {
            throw Utf8Check.locate(file, delim != null ? delim : ',');
        }
        columns.notes().forEach(note -> log(file + ": " + note));
        return columns;
    }

    /** Writes the partials at the points; the sampled values too when they are given (null for --at). */
    private void write(double[][] points, double[][] values, FittedVectorField field, List<String> xs, List<String> ys)
            throws IOException {
        int n = points.length;
        int d = xs.size();
        List<String> header = new ArrayList<>(xs);
        List<double[]> columns = new ArrayList<>();
        for (int j = 1; j < d; j++) {
            columns.add(column(points, j));
        }
        for (int c = 0; c < ys.size(); c++) {
            String f = ys.get(c);
            FittedField fit = field.component(c);
            if (values != null) {
                header.add(f);
                columns.add(values[c]);
            }
            header.add(f + "_fit");
            columns.add(fit.values(points));
            double[][] g = fit.gradients(points);
            for (int j = 0; j < d; j++) {
                header.add("d" + f + "/d" + xs.get(j));
                columns.add(column(g, j));
            }
            if (hessian) {
                double[][][] h = fit.hessians(points);
                for (int a = 0; a < d; a++) {
                    for (int b = a; b < d; b++) {
                        header.add("d2" + f + "/d" + xs.get(a) + (a == b ? "^2" : "d" + xs.get(b)));
                        double[] col = new double[n];
                        for (int i = 0; i < n; i++) {
                            col[i] = h[i][a][b];
                        }
                        columns.add(col);
                    }
                }
            }
            if (laplacian) {
                header.add("laplacian(" + f + ")");
                columns.add(fit.laplacians(points));
            }
        }
        if (divergence) {
            header.add("divergence");
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = field.divergence(points[i]);
            }
            columns.add(col);
        }
        if (curl) {
            int parts = d == 2 ? 1 : 3;
            double[][] cu = new double[n][];
            for (int i = 0; i < n; i++) {
                cu[i] = field.curl(points[i]);
            }
            for (int k = 0; k < parts; k++) {
                header.add(parts == 1 ? "curl" : "curl_" + (k + 1));
                columns.add(column(cu, k));
            }
        }
        double[] first = column(points, 0);
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            CsvResultWriter.write(out, header, first, null, columns, r -> { });
            return;
        }
        SafeOutput.replaceText(output, out -> CsvResultWriter.write(out, header, first, null, columns, r -> { }));
        log("wrote " + output);
    }

    private static double[] column(double[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][j];
        }
        return out;
    }

    private static String listed(int[] lines) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(5, lines.length); k++) {
            sb.append(k == 0 ? "" : ", ").append(lines[k]);
        }
        return sb.append(lines.length > 5 ? ", ..." : "").toString();
    }

    /** Reports on standard error, prefixed with the tool's name. */
    private void log(String message) {
        spec.commandLine().getErr().println("jdelt: " + message);
        spec.commandLine().getErr().flush();
    }
}
