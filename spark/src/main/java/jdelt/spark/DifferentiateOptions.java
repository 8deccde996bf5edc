package jdelt.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jdelt.io.ReadOptions.MissingPolicy;

/**
 * What {@link JdeltSpark#differentiate} computes: the group column(s) that identify a series, the
 * x column, the y column(s), the registered method and its settings (as in
 * {@link jdelt.interpolation.MethodRegistry}), the derivative orders, the policy for missing
 * values, whether to add standard-error columns, and the sensor-log options: the gap rule that
 * splits a series into segments fitted apart, and the period of an angle to unwrap. Immutable; the {@code with...} methods return
 * changed copies.
 *
 * @param by the group columns; each distinct combination of their values is one series
 * @param x the x column: numeric, or a timestamp or date (read as seconds since the group's
 *     earliest x, so derivatives are per second)
 * @param y the y columns (numeric), each fitted on its own
 * @param method the registered method's name
 * @param settings the method's settings, names to values as text
 * @param orders the derivative orders, each 1 or more (the fit itself is always written)
 * @param missing rows whose x or y is null or non-finite: {@code SKIP} them (and count them in the
 *     group report) or fail that series with {@code ERROR}
 * @param standardErrors whether to add a {@code _se} column for each derivative, filled where the
 *     method provides a standard error ({@link jdelt.interpolation.FitSummary#standardError}) and
 *     null elsewhere
 * @param gap {@code none} (one fit per series, as a plain {@code fit}), {@code auto} or a length in x
 *     units: split each series where the spacing jumps ({@link jdelt.interpolation.segment.GapRule}),
 *     fit the segments apart, NaN inside the gaps
 * @param wrap the period of an angle to unwrap before fitting ({@link jdelt.interpolation.angle.Wrapped}),
 *     or {@code NaN} for none
 */
public record DifferentiateOptions(List<String> by, String x, List<String> y, String method,
        Map<String, String> settings, int[] orders, MissingPolicy missing, boolean standardErrors,
        String gap, double wrap) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks and copies the arguments. */
    public DifferentiateOptions {
        by = List.copyOf(by);
        y = List.copyOf(y);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(missing, "missing");
        jdelt.interpolation.segment.GapRule.parse(Objects.requireNonNull(gap, "gap"));
        if (!Double.isNaN(wrap) && !(wrap > 0 && wrap < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the wrap period must be a positive number, got " + wrap);
        }
        settings = new LinkedHashMap<>(settings);
        orders = orders.clone();
        if (by.isEmpty()) {
            throw new IllegalArgumentException("at least one group column is needed (the series key)");
        }
        if (y.isEmpty()) {
            throw new IllegalArgumentException("at least one y column is needed");
        }
        if (orders.length == 0) {
            throw new IllegalArgumentException("at least one derivative order is needed");
        }
        for (int i = 0; i < orders.length; i++) {
            if (orders[i] < 1) {
                throw new IllegalArgumentException("derivative orders must be 1 or more (the fit is always written), got "
                        + orders[i]);
            }
            for (int j = 0; j < i; j++) {
                if (orders[j] == orders[i]) {
                    throw new IllegalArgumentException("derivative order " + orders[i] + " is given twice");
                }
            }
        }
    }

    /**
     * The defaults for a series key, an x and y columns: the spline method with its defaults,
     * the first derivative, missing values skipped, no standard-error columns.
     *
     * @param by the group columns
     * @param x the x column
     * @param y the y columns
     * @return the options
     */
    public static DifferentiateOptions of(List<String> by, String x, List<String> y) {
        return new DifferentiateOptions(by, x, y, "spline", Map.of(), new int[] {1}, MissingPolicy.SKIP, false,
                "none", Double.NaN);
    }

    /** @return these options with the given method and settings */
    public DifferentiateOptions withMethod(String name, Map<String, String> methodSettings) {
        return new DifferentiateOptions(by, x, y, name, methodSettings, orders, missing, standardErrors, gap, wrap);
    }

    /** @return these options with the given derivative orders */
    public DifferentiateOptions withOrders(int... newOrders) {
        return new DifferentiateOptions(by, x, y, method, settings, newOrders, missing, standardErrors, gap, wrap);
    }

    /** @return these options with the given missing-value policy */
    public DifferentiateOptions withMissing(MissingPolicy policy) {
        return new DifferentiateOptions(by, x, y, method, settings, orders, policy, standardErrors, gap, wrap);
    }

    /** @return these options with or without standard-error columns */
    public DifferentiateOptions withStandardErrors(boolean add) {
        return new DifferentiateOptions(by, x, y, method, settings, orders, missing, add, gap, wrap);
    }

    /** @return these options with the given gap rule: {@code none}, {@code auto} or a length in x units */
    public DifferentiateOptions withGap(String rule) {
        return new DifferentiateOptions(by, x, y, method, settings, orders, missing, standardErrors, rule, wrap);
    }

    /** @return these options unwrapping y as an angle of the given period ({@code NaN} for none) */
    public DifferentiateOptions withWrap(double period) {
        return new DifferentiateOptions(by, x, y, method, settings, orders, missing, standardErrors, gap, period);
    }

    /** @return a copy of the settings */
    @Override
    public Map<String, String> settings() {
        return new LinkedHashMap<>(settings);
    }

    /** @return a copy of the orders */
    @Override
    public int[] orders() {
        return orders.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DifferentiateOptions d && by.equals(d.by) && x.equals(d.x) && y.equals(d.y)
                && method.equals(d.method) && settings.equals(d.settings) && Arrays.equals(orders, d.orders)
                && missing == d.missing && standardErrors == d.standardErrors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(by, x, y, method, settings, Arrays.hashCode(orders), missing, standardErrors);
    }

    @Override
    public String toString() {
        return "DifferentiateOptions[by=" + by + ", x=" + x + ", y=" + y + ", method=" + method + ", settings="
                + settings + ", orders=" + Arrays.toString(orders) + ", missing=" + missing
                + ", standardErrors=" + standardErrors + "]";
    }
}
