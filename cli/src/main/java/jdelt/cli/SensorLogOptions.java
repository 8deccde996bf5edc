package jdelt.cli;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.angle.Wrapped;
import jdelt.interpolation.segment.GapRule;
import jdelt.interpolation.segment.Segmented;
import jdelt.interpolation.segment.SegmentedFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import picocli.CommandLine.Option;

/**
 * The options of {@code jdelt differentiate} for real sensor logs: segments at gaps ({@code --gap}),
 * angles ({@code --wrap}), the unit of the derivatives ({@code --per}), evaluation points
 * ({@code --at}, {@code --extrapolate}) and long-format files of many series ({@code --by},
 * {@code --output-dir}); and how they turn a method into the one that is fitted.
 */
final class SensorLogOptions {

    @Option(names = "--gap", paramLabel = "RULE", defaultValue = "auto", description = "split the record at gaps and fit "
            + "each segment on its own: auto (a spacing over 10x the median of its 21 neighbouring spacings), none, "
            + "or a length in x units (default: ${DEFAULT-VALUE}); fit and derivatives are NaN inside gaps")
    String gap;

    @Option(names = "--wrap", paramLabel = "PERIOD", description = "y is an angle of this period (360, 2pi, or any "
            + "number): unwrap before fitting, write the fit wrapped, derivatives of the continuous angle")
    String wrap;

    @Option(names = "--per", paramLabel = "UNIT", description = "give derivatives per s, min, h, day, week, year, a "
            + "multiple (15min) or an ISO-8601 duration (PT15M); x must be in seconds, as date-times are (default: s)")
    String per;

    @Option(names = "--at", paramLabel = "POINTS", description = "write fit and derivatives at START:STEP:END or at "
            + "the points in the first column of a CSV file, instead of at the samples (x units; seconds since the "
            + "first sample for date-times); NaN in gaps and outside the record")
    String at;

    @Option(names = "--extrapolate", description = "with --at: evaluate points outside the record too (the model's continuation)")
    boolean extrapolate;

    @Option(names = "--by", paramLabel = "COL", description = "a long-format file: differentiate each group of rows "
            + "with the same value in this column separately, in parallel; output rows in input order with the group first")
    String by;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "with --by: write one CSV per group, DIR/<group>.csv")
    Path outputDir;

    /** @return the gap rule of {@code --gap} */
    GapRule gapRule() {
        return gapRule(gap);
    }

    /**
     * @param gap the value of a {@code --gap} option: auto, none or a length
     * @return the rule
     */
    static GapRule gapRule(String gap) {
        try {
            return GapRule.parse(gap);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--gap: " + e.getMessage());
        }
    }

    /** @return the period of {@code --wrap}, or {@code NaN} without it */
    double period() {
        if (wrap == null) {
            return Double.NaN;
        }
        try {
            return Wrapped.parsePeriod(wrap);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--wrap: " + e.getMessage());
        }
    }

    /** @return the unit of {@code --per} (seconds by default) */
    DerivativeUnit unit() {
        return per == null ? DerivativeUnit.SECOND : DerivativeUnit.parse(per);
    }

    /** Checks every option's value, before any file is read. */
    void validate() {
        gapRule();
        period();
        unit();
        if (outputDir != null && by == null) {
            throw new IllegalArgumentException("--output-dir needs --by (one file per group)");
        }
        if (extrapolate && at == null) {
            throw new IllegalArgumentException("--extrapolate needs --at (the samples are never outside the record)");
        }
    }

    /** @return the method as it is fitted: to the unwrapped angle if {@code --wrap}, in segments unless {@code --gap none} */
    Interpolator apply(Interpolator method) {
        return Segmented.wrappedInSegments(method, period(), gapRule());
    }

    /** @return the fit with its derivatives per {@code --per}'s unit */
    FittedCurve present(FittedCurve fit) {
        return PerUnitFit.of(fit, unit());
    }

    /**
     * Reports a fit's segments when there are several or one could not be fitted.
     *
     * @param fit the fit
     * @param where the file and column, as messages start
     * @param out where the line goes
     */
    static void reportSegments(FittedCurve fit, String where, Consumer<String> out) {
        if (!(fit instanceof SegmentedFit s) || s.segments().size() == 1) {
            return;
        }
        StringBuilder m = new StringBuilder("jdelt: ").append(where).append(s.segments().size())
                .append(" segments fitted apart at gaps (NaN inside them): ");
        List<SegmentedFit.Segment> segments = s.segments();
        for (int k = 0; k < segments.size(); k++) {
            SegmentedFit.Segment seg = segments.get(k);
            m.append(k == 0 ? "" : "; ").append(seg.describe(k + 1));
            if (seg.fit() == null) {
                m.append(" NOT FITTED: ").append(seg.problem());
            }
        }
        out.accept(m.toString());
    }

    /**
     * @param yNames the y columns
     * @param orders the derivative orders
     * @param unit the derivatives' time unit
     * @param withData whether the data column is written beside the fit (not with {@code --at})
     * @return the output column names after x: {@code y,fit,d1...} or {@code y,y_fit,y_d1...} per column
     */
    static List<String> columnNames(List<String> yNames, int[] orders, DerivativeUnit unit, boolean withData) {
        List<String> names = new ArrayList<>();
        boolean one = yNames.size() == 1;
        for (String name : yNames) {
            if (withData) {
                names.add(name);
            }
            names.add(one ? "fit" : name + "_fit");
            for (int order : orders) {
                names.add((one ? "d" + order : name + "_d" + order) + unit.columnSuffix(order));
            }
        }
        return names;
    }
}
