package jdelt.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Test helpers that collect a result and read its columns. */
final class Rows {

    private Rows() {
    }

    /** @return the rows of {@code data} by the string key column, each list ordered by the x column */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, List<Row>> bySeries(Dataset<Row> data, String key, String x) {
        Map<String, List<Row>> out = new TreeMap<>();
        for (Row r : data.collectAsList()) {
            out.computeIfAbsent(r.getAs(key), k -> new ArrayList<>()).add(r);
        }
        Comparator<Row> byX = Comparator.comparing(r -> (Comparable) r.getAs(x),
                Comparator.nullsLast(Comparator.naturalOrder()));
        out.values().forEach(l -> l.sort(byX));
        return out;
    }

    /** @return a double column of the rows, {@code NaN} for null */
    static double[] column(List<Row> rows, String name) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            Object o = rows.get(i).getAs(name);
            v[i] = o == null ? Double.NaN : ((Number) o).doubleValue();
        }
        return v;
    }

    /** @return the report rows by the string key column and then the y column */
    static Map<String, Row> report(Dataset<Row> groups, String key) {
        Map<String, Row> out = new TreeMap<>();
        for (Row r : groups.collectAsList()) {
            out.put(r.getAs(key) + "/" + r.getAs("column"), r);
        }
        return out;
    }
}
