package jdelt.spark;

import java.util.List;
import java.util.Map;
import jdelt.interpolation.MethodRegistry;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Differentiates every series of a grouped Spark {@link Dataset}: the rows of each distinct value
 * of the group column(s) form one series, which is fitted on one executor with exactly the jdelt
 * code a local {@code MethodRegistry.byName(method).create(settings).fit(x, y)} runs, so the fits
 * and derivatives are bit for bit those of a local run on the same series.
 *
 * <h2>Derivative rows ({@link SparkDerivatives#derivatives()})</h2>
 * Every input row, once, with its input columns (same names and types, all nullable) followed,
 * for each y column, by the double columns {@code fit}, {@code d<k>} for each order {@code k} and,
 * with {@link DifferentiateOptions#standardErrors()}, {@code d<k>_se}; with several y columns each
 * name is prefixed by the y column's, as in {@code speed_fit}, {@code speed_d1}. Values are the
 * fit evaluated at the row's x. They are null where the row was not used (a missing x or y
 * skipped), where the series failed, and, for {@code _se}, where the method gives no standard
 * error.
 *
 * <h2>Group report ({@link SparkDerivatives#groups()})</h2>
 * One row per series and y column: the group columns, then {@code column} (the y column),
 * {@code status} ({@code ok} or {@code failed}), {@code rows} (rows in the group), {@code used}
 * (distinct x fitted), {@code skipped} (rows with a null or non-finite x or y), {@code merged}
 * (rows whose x equals the row before, averaged into it), {@code message} (why it failed, or
 * what was skipped or merged; null if nothing) and {@code summary} (the fit's
 * {@link jdelt.interpolation.FitSummary}; null if it failed). A series that fails (too few rows,
 * all values missing, a setting its data cannot satisfy) is reported here and never fails the job.
 *
 * <h2>x</h2>
 * A numeric x is used as its double value. A timestamp or date x becomes seconds since the
 * group's earliest x (derivatives are per second; dates are midnight UTC). Rows are ordered by
 * x, ties by the y values, so equal-x merges do not depend on the order Spark delivers rows.
 *
 * <p>The unit of work is the group: all rows of one series are held in one executor's memory
 * while it is fitted.
 */
public final class JdeltSpark {

    private JdeltSpark() {
    }

    /**
     * Differentiates every series of {@code data}. The method and its settings are checked here,
     * on the driver, so an unknown method or setting fails at once rather than in every group.
     * Nothing is computed until an action runs on the result.
     *
     * @param data the samples, one row per (series, x)
     * @param options the group, x and y columns, the method, orders and policies
     * @return the derivative rows and the group report
     * @throws IllegalArgumentException for a missing or mistyped column, a clashing output name,
     *     an unknown method or an unusable setting
     */
    public static SparkDerivatives differentiate(Dataset<Row> data, DifferentiateOptions options) {
        MethodRegistry.byName(options.method()).create(options.settings());
        SeriesLayout layout = new SeriesLayout(data.schema(), options);
        Column[] keys = new Column[layout.keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = data.col("`" + data.schema().fields()[layout.keys[k]].name().replace("`", "``") + "`");
        }
        Dataset<Row> combined = data.groupBy(keys).as(Encoders.row(layout.keySchema()), Encoders.row(data.schema()))
                .flatMapGroups(new SeriesFitter(layout, options), Encoders.row(layout.combinedSchema()));
        return new SparkDerivatives(combined, layout);
    }

    /**
     * Differentiates every series of {@code data} with the given columns, method and orders,
     * skipping missing values and without standard errors.
     *
     * @param data the samples
     * @param by the group columns
     * @param x the x column
     * @param y the y columns
     * @param method the registered method's name
     * @param settings the method's settings
     * @param orders the derivative orders
     * @return the derivative rows and the group report
     * @see #differentiate(Dataset, DifferentiateOptions)
     */
    public static SparkDerivatives differentiate(Dataset<Row> data, List<String> by, String x, List<String> y,
            String method, Map<String, String> settings, int... orders) {
        return differentiate(data, DifferentiateOptions.of(by, x, y).withMethod(method, settings).withOrders(orders));
    }
}
