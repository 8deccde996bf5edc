package jdelt.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Where the key, x and y columns sit in an input schema, what kind of x it has, and the schemas
 * {@link JdeltSpark#differentiate} produces: the derivative rows (the input columns, then for each
 * y column {@code fit}, {@code d<k>} and, if asked, {@code d<k>_se}, prefixed by {@code <y>_} when
 * there are several y columns) and the group report (the key columns, then {@link #REPORT_FIELDS}).
 */
final class SeriesLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The struct column that carries a report row inside the one computed Dataset. */
    static final String REPORT_COLUMN = "__jdelt_report";

    /** The fields of a group-report row after the key columns, documented in {@link JdeltSpark}. */
    static final StructType REPORT_FIELDS = new StructType()
            .add("column", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("rows", DataTypes.LongType, false)
            .add("used", DataTypes.LongType, false)
            .add("skipped", DataTypes.LongType, false)
            .add("merged", DataTypes.LongType, false)
            .add("message", DataTypes.StringType, true)
            .add("summary", DataTypes.StringType, true);

    /** How an x value becomes a double. */
    enum XKind {
        /** Any numeric column, as its double value. */
        NUMBER,
        /** A timestamp (with or without time zone), as seconds since the group's earliest x. */
        TIMESTAMP,
        /** A date, as seconds since the group's earliest x. */
        DATE
    }

    final StructType input;
    final int[] keys;
    final int x;
    final XKind xKind;
    final int[] y;
    final List<String> yNames;
    final int[] orders;
    final boolean standardErrors;
    /** Output column names per y column: fit, then each order's derivative, then each order's standard error. */
    final List<List<String>> outputs;

    SeriesLayout(StructType input, DifferentiateOptions options) {
        this.input = input;
        this.keys = options.by().stream().mapToInt(c -> index(input, c, "group")).toArray();
        this.x = index(input, options.x(), "x");
        this.xKind = xKind(input.fields()[x]);
        this.y = options.y().stream().mapToInt(c -> index(input, c, "y")).toArray();
        this.yNames = List.copyOf(options.y());
        this.orders = options.orders();
        this.standardErrors = options.standardErrors();
        for (int c : y) {
            if (!(input.fields()[c].dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("y column '" + input.fields()[c].name() + "' has type "
                        + input.fields()[c].dataType().simpleString() + "; a numeric column is needed");
            }
        }
        distinct(options.by(), "group");
        distinct(options.y(), "y");
        for (int c : y) {
            if (c == x || Arrays.stream(keys).anyMatch(k -> k == c)) {
                throw new IllegalArgumentException("column '" + input.fields()[c].name()
                        + "' cannot be both a y column and the x or a group column");
            }
        }
        if (Arrays.stream(keys).anyMatch(k -> k == x)) {
            throw new IllegalArgumentException("column '" + options.x() + "' cannot be both the x and a group column");
        }
        List<List<String>> names = new ArrayList<>();
        Set<String> taken = new HashSet<>(Arrays.asList(input.fieldNames()));
        taken.add(REPORT_COLUMN);
        for (String name : yNames) {
            String prefix = yNames.size() == 1 ? "" : name + "_";
            List<String> mine = new ArrayList<>();
            mine.add(prefix + "fit");
            for (int k : orders) {
                mine.add(prefix + "d" + k);
            }
            if (standardErrors) {
                for (int k : orders) {
                    mine.add(prefix + "d" + k + "_se");
                }
            }
            for (String out : mine) {
                if (!taken.add(out)) {
                    throw new IllegalArgumentException("the output column '" + out
                            + "' would repeat a column of the input or another output; rename that column first");
                }
            }
            names.add(List.copyOf(mine));
        }
        this.outputs = List.copyOf(names);
    }

    /** @return the key part of the input schema */
    StructType keySchema() {
        StructType s = new StructType();
        for (int k : keys) {
            s = s.add(input.fields()[k]);
        }
        return s;
    }

    /** @return the derivative rows' schema: every input column, then the outputs, all nullable */
    StructType derivativeSchema() {
        StructType s = new StructType();
        for (StructField f : input.fields()) {
            s = s.add(f.name(), f.dataType(), true, f.metadata());
        }
        for (List<String> names : outputs) {
            for (String name : names) {
                s = s.add(name, DataTypes.DoubleType, true);
            }
        }
        return s;
    }

    /** @return the schema of the one Dataset computed: derivative rows and report rows, told apart by {@link #REPORT_COLUMN} */
    StructType combinedSchema() {
        return derivativeSchema().add(REPORT_COLUMN, REPORT_FIELDS, true);
    }

    /** @return how many output columns each y column has */
    int outputsPerY() {
        return outputs.get(0).size();
    }

    private static int index(StructType schema, String name, String role) {
        for (int i = 0; i < schema.fields().length; i++) {
            if (schema.fields()[i].name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + role + " column '" + name + "'; the columns are: "
                + String.join(", ", schema.fieldNames()));
    }

    private static XKind xKind(StructField f) {
        DataType t = f.dataType();
        if (t instanceof NumericType) {
            return XKind.NUMBER;
        }
        if (t instanceof TimestampType || t instanceof TimestampNTZType) {
            return XKind.TIMESTAMP;
        }
        if (t instanceof DateType) {
            return XKind.DATE;
        }
        throw new IllegalArgumentException("x column '" + f.name() + "' has type " + t.simpleString()
                + "; a numeric, timestamp or date column is needed");
    }

    private static void distinct(List<String> names, String role) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(role + " column '" + n + "' is given twice");
            }
        }
    }
}
