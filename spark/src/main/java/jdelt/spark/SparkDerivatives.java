package jdelt.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * What {@link JdeltSpark#differentiate} returns: the derivative rows and the group report
 * (schemas in {@link JdeltSpark}), two views of one computation. Each action on either view fits
 * the series again unless the computation is cached with {@link #cache()}; do that when both are
 * used.
 */
public final class SparkDerivatives {

    private final Dataset<Row> combined;
    private final SeriesLayout layout;

    SparkDerivatives(Dataset<Row> combined, SeriesLayout layout) {
        this.combined = combined;
        this.layout = layout;
    }

    /** @return every input row with its fit and derivatives */
    public Dataset<Row> derivatives() {
        return combined.filter(report().isNull()).drop(SeriesLayout.REPORT_COLUMN);
    }

    /** @return one row per series and y column: its key, status, counts, message and fit summary */
    public Dataset<Row> groups() {
        List<Column> columns = new ArrayList<>();
        for (int k : layout.keys) {
            columns.add(column(layout.input.fields()[k].name()));
        }
        for (String f : SeriesLayout.REPORT_FIELDS.fieldNames()) {
            columns.add(report().getField(f).as(f));
        }
        return combined.filter(report().isNotNull()).select(columns.toArray(Column[]::new));
    }

    /**
     * Keeps the computation once it has run (in memory, spilling to disk), so that the derivative
     * rows and the group report are computed once.
     *
     * @return a result over the cached computation
     */
    public SparkDerivatives cache() {
        return new SparkDerivatives(combined.persist(StorageLevel.MEMORY_AND_DISK()), layout);
    }

    /** Releases what {@link #cache()} kept. */
    public void unpersist() {
        combined.unpersist();
    }

    private static Column report() {
        return column(SeriesLayout.REPORT_COLUMN);
    }

    private static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }
}
