package jdelt.cli;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.IntegralError;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.segment.GapRule;
import jdelt.interpolation.segment.Segmented;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jdelt.io.CsvResultWriter;
import jdelt.io.CsvSampleReader;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jdelt integrate}: reconstructs a signal from sampled rates. It fits a method to the rate
 * column, integrates the fit ({@link FittedCurve#integral()}: exact for the spline) from the first
 * sample, adds the initial value, and writes the integral with its standard error
 * ({@link IntegralError}, from the fit's residual deviation) at every sample.
 */
@Command(name = "integrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits a method to a column of rates and writes its integral from the first sample plus "
                + "--initial, with a standard error, at every x: <x>,<y>,fit,integral,integral_se.",
            "The standard error comes from the fit's residual deviation (the noise of the rates); it leaves out "
                + "the smoothing bias; it is NaN for a method that reports no residual deviation. With gaps (--gap) "
                + "the integral is NaN from the first gap on."},
        footer = {"", "Example:", "  jdelt integrate flow.csv --x t --y rate --initial 0 --output volume.csv"})
final class IntegrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8)")
    private Path file;

    @Option(names = "--x", paramLabel = "COL", description = "the x column, by header name or number from 1 (default: the first)")
    private String x;

    @Option(names = "--y", paramLabel = "COL", description = "the rate column, by name or number (default: the second)")
    private String y;

    @Option(names = "--initial", paramLabel = "VALUE", defaultValue = "0", description = "the value at the first sample (default: ${DEFAULT-VALUE})")
    private double initial;

    @Option(names = "--per", paramLabel = "UNIT", description = "the rates are per this time unit (x in seconds, as date-times are): s, min, h, day, year, 15min, PT15M (default: per x unit)")
    private String per;

    @Mixin
    private MethodOptions methods = new MethodOptions();

    @Option(names = "--gap", paramLabel = "RULE", defaultValue = "none", description = "auto, none or a length: fit segments apart (default: ${DEFAULT-VALUE})")
    private String gap;

    @Option(names = "--output", paramLabel = "FILE", description = "write the CSV here instead of to standard output")
    private Path output;

    @Mixin
    private RowPolicyOptions policies = new RowPolicyOptions();

    @Mixin
    private CsvFormatOptions format = new CsvFormatOptions();

    @Override
    public Integer call() throws IOException {
        SafeOutput.checkTargets(file, new SafeOutput.Target("--output", output));
        GapRule gaps = SensorLogOptions.gapRule(gap);
        double perSecond = per == null ? 1 : DerivativeUnit.parse(per).seconds();
        Interpolator m = methods.create();
        Interpolator fitted = gaps == GapRule.none() ? m : Segmented.of(m, gaps);
        ReadOptions options = format.applyTo(policies.applyTo(ReadOptions.defaults().withX(x)
                .withY(y == null ? List.of() : List.of(y))));
        SampleTable table = CsvSampleReader.read(file, options);
        spec.commandLine().getErr().println("jdelt: " + table.source() + ": " + table.report().summary());
        double[] xs = table.x();
        double[] rate = table.y()[0];
        FittedCurve fit;
        try {
            fit = fitted.fit(xs, rate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table.source() + ": column '" + table.yNames().get(0) + "': " + e.getMessage(), e);
        }
        SensorLogOptions.reportSegments(fit, table.source() + ": ", spec.commandLine().getErr()::println);
        Curve antiderivative = fit.integral();
        double[] integral = antiderivative.values(xs);
        double start = integral[0];
        double[] se = IntegralError.cumulative(xs, fit.summary().residualStandardDeviation());
        for (int i = 0; i < xs.length; i++) {
            integral[i] = initial + (integral[i] - start) / perSecond;
            se[i] = Double.isNaN(integral[i]) ? Double.NaN : se[i] / perSecond;
        }
        List<String> names = new ArrayList<>(List.of(table.xName(), table.yNames().get(0), "fit", "integral", "integral_se"));
        List<double[]> columns = List.of(rate, fit.values(xs), integral, se);
        if (output == null) {
            CsvResultWriter.write(spec.commandLine().getOut(), names, xs, table.xText(), columns, n -> { });
            SafeOutput.checkWritten(spec.commandLine().getOut(), "standard output");
        } else {
            SafeOutput.replaceText(output, out -> CsvResultWriter.write(out, names, xs, table.xText(), columns, n -> { }));
            spec.commandLine().getErr().println("jdelt: wrote " + output);
        }
        return Jdelt.OK;
    }
}
