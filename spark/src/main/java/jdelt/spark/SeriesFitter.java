package jdelt.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jdelt.interpolation.Curve;
import jdelt.interpolation.DataPreparation;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.segment.GapRule;
import jdelt.interpolation.segment.Segmented;
import jdelt.io.ReadOptions.MissingPolicy;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Fits one group (one series key) on an executor: orders its rows by x (ties by the y values, so
 * the outcome does not depend on the order Spark delivers them), then, for each y column, drops
 * the rows with a missing value ({@link DataPreparation#dropNonFinite}), merges equal x
 * ({@link DataPreparation#mergeDuplicateX}), fits the registered method exactly as a local
 * {@code MethodRegistry.byName(method).create(settings).fit(x, y)} would, and evaluates the fit and
 * its derivatives at the distinct x. It emits every input row with its outputs, then one report
 * row per y column; a failure of one column is caught and reported, never thrown.
 */
final class SeriesFitter implements FlatMapGroupsFunction<Row, Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private final SeriesLayout layout;
    private final String method;
    private final Map<String, String> settings;
    private final MissingPolicy missing;
    private final String gap;
    private final double wrap;
    private transient Interpolator interpolator;

    SeriesFitter(SeriesLayout layout, DifferentiateOptions options) {
        this.layout = layout;
        this.method = options.method();
        this.settings = options.settings();
        this.gap = options.gap();
        this.wrap = options.wrap();
        this.missing = options.missing();
    }

    @Override
    public Iterator<Row> call(Row key, Iterator<Row> values) {
        List<Row> rows = new ArrayList<>();
        values.forEachRemaining(rows::add);
        int n = rows.size();
        double[] x = xValues(rows);
        double[][] y = new double[layout.y.length][n];
        for (int c = 0; c < y.length; c++) {
            for (int i = 0; i < n; i++) {
                y[c][i] = number(rows.get(i).get(layout.y[c]));
            }
        }
        int[] order = order(x, y);
        Column[] columns = new Column[y.length];
        for (int c = 0; c < y.length; c++) {
            columns[c] = fitColumn(x, y[c], order, c);
        }
        List<Row> out = new ArrayList<>(n + y.length);
        int width = layout.input.fields().length;
        int per = layout.outputsPerY();
        for (int i : order) {
            Object[] v = new Object[width + per * y.length + 1];
            Row row = rows.get(i);
            for (int f = 0; f < width; f++) {
                v[f] = row.get(f);
            }
            for (int c = 0; c < y.length; c++) {
                columns[c].fill(i, v, width + per * c);
            }
            out.add(RowFactory.create(v));
        }
        for (int c = 0; c < y.length; c++) {
            Object[] v = new Object[width + per * y.length + 1];
            for (int k = 0; k < layout.keys.length; k++) {
                v[layout.keys[k]] = key.get(k);
            }
            v[v.length - 1] = columns[c].report(layout.yNames.get(c), n);
            out.add(RowFactory.create(v));
        }
        return out.iterator();
    }

    /** The fit of one y column of the group, or the reason it failed. */
    private final class Column {
        /** For each input row, the index of its distinct x in {@link #values}, or -1 if the row was not used. */
        final int[] slot;
        /** The outputs (fit, derivatives, standard errors) at each distinct x; a null array for a missing standard error. */
        double[][] values;
        long used;
        long skipped;
        long merged;
        String message;
        String summary;
        boolean failed;

        Column(int n) {
            slot = new int[n];
            Arrays.fill(slot, -1);
        }

        void fill(int row, Object[] v, int from) {
            int s = slot[row];
            for (int o = 0; o < layout.outputsPerY(); o++) {
                v[from + o] = failed || s < 0 || values[o] == null ? null : values[o][s];
            }
        }

        Row report(String name, long rows) {
            return RowFactory.create(name, failed ? "failed" : "ok", rows, used, skipped, merged, message, summary);
        }
    }

    private Column fitColumn(double[] x, double[] y, int[] order, int c) {
        int n = x.length;
        Column col = new Column(n);
        String name = layout.yNames.get(c);
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int j = 0; j < n; j++) {
            sx[j] = x[order[j]];
            sy[j] = y[order[j]];
        }
        DataPreparation.Result kept = DataPreparation.dropNonFinite(sx, sy);
        col.skipped = kept.affected().length;
        List<String> notes = new ArrayList<>();
        if (col.skipped > 0) {
            String what = col.skipped + " of " + n + " rows with a null or non-finite x or '" + name + "'";
            if (missing == MissingPolicy.ERROR) {
                return failed(col, what + " (missing policy: error)");
            }
            notes.add("skipped " + what);
        }
        try {
            DataPreparation.Result distinct = DataPreparation.mergeDuplicateX(kept.x(), kept.y()[0]);
            col.merged = distinct.affected().length;
            if (col.merged > 0) {
                notes.add("merged " + col.merged + " rows with an x equal to the row before (y averaged)");
            }
            int s = -1;
            for (int j = 0; j < kept.x().length; j++) {
                if (j == 0 || kept.x()[j] != kept.x()[j - 1]) {
                    s++;
                }
                col.slot[order[kept.source()[j]]] = s;
            }
            double[] ux = distinct.x();
            col.used = ux.length;
            FittedCurve fit = interpolator().fit(ux, distinct.y()[0]);
            int[] orders = layout.orders;
            double[][] values = new double[layout.outputsPerY()][];
            values[0] = fit.values(ux);
            for (int k = 0; k < orders.length; k++) {
                values[1 + k] = fit.differentiate(orders[k]).values(ux);
                if (layout.standardErrors) {
                    Curve se = fit.summary().standardError(orders[k]).orElse(null);
                    values[1 + orders.length + k] = se == null ? null : se.values(ux);
                    if (se == null) {
                        notes.add("no standard error of d" + orders[k] + " from method '" + method + "'");
                    }
                }
            }
            col.values = values;
            col.summary = fit.summary().toString();
            col.message = notes.isEmpty() ? null : String.join("; ", notes);
            return col;
        } catch (RuntimeException e) {
            return failed(col, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    private static Column failed(Column col, String message) {
        col.failed = true;
        col.message = message;
        return col;
    }

    private Interpolator interpolator() {
        if (interpolator == null) {
            interpolator = Segmented.wrappedInSegments(MethodRegistry.byName(method).create(settings), wrap,
                    GapRule.parse(gap));
        }
        return interpolator;
    }

    /** The permutation that orders rows by x (missing x last), ties by the y values in column order. */
    private static int[] order(double[] x, double[][] y) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int cmp = Double.compare(x[a], x[b]);
            for (int c = 0; cmp == 0 && c < y.length; c++) {
                cmp = Double.compare(y[c][a], y[c][b]);
            }
            return cmp;
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** The x of each row as a double ({@code NaN} where missing); date-times in seconds since the earliest. */
    private double[] xValues(List<Row> rows) {
        int n = rows.size();
        double[] x = new double[n];
        if (layout.xKind == SeriesLayout.XKind.NUMBER) {
            for (int i = 0; i < n; i++) {
                x[i] = number(rows.get(i).get(layout.x));
            }
            return x;
        }
        long[] micros = new long[n];
        boolean[] present = new boolean[n];
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Object v = rows.get(i).get(layout.x);
            if (v != null) {
                micros[i] = micros(v);
                present[i] = true;
                earliest = Math.min(earliest, micros[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = present[i] ? secondsSince(micros[i], earliest) : Double.NaN;
        }
        return x;
    }

    /**
     * The x a date-time gets: seconds from {@code earliestMicros} to {@code micros}, the difference
     * taken exactly in whole microseconds (Spark's resolution) and then divided by 10^6.
     *
     * @param micros a date-time in microseconds since the epoch
     * @param earliestMicros the group's earliest date-time, in microseconds since the epoch
     * @return the seconds between them
     */
    static double secondsSince(long micros, long earliestMicros) {
        return Math.subtractExact(micros, earliestMicros) / 1e6;
    }

    /** @return a Spark timestamp or date value in microseconds since the epoch (dates at midnight UTC) */
    static long micros(Object v) {
        if (v instanceof Timestamp t) {
            return micros(t.toInstant());
        }
        if (v instanceof Instant t) {
            return micros(t);
        }
        if (v instanceof LocalDateTime t) {
            return micros(t.toInstant(ZoneOffset.UTC));
        }
        if (v instanceof Date d) {
            return Math.multiplyExact(d.toLocalDate().toEpochDay(), MICROS_PER_DAY);
        }
        if (v instanceof LocalDate d) {
            return Math.multiplyExact(d.toEpochDay(), MICROS_PER_DAY);
        }
        throw new IllegalArgumentException("not a date-time: " + v + " (" + v.getClass().getName() + ")");
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /** @return a Spark numeric value as a double, {@code NaN} for null */
    private static double number(Object v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return ((Number) v).doubleValue();
    }
}
