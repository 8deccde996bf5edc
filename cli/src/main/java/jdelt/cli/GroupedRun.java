package jdelt.cli;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jdelt.io.CsvResultWriter;
import jdelt.io.LongFormat;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;
import org.apache.commons.csv.CSVFormat;

/**
 * {@code jdelt differentiate --by COL}: a long-format file's groups ({@link LongFormat}) are each
 * read with the file's policies, fitted and differentiated, in parallel on all cores. The output is
 * long-format, {@code <by>,<x>,<y>,fit,d1...}, one row per used input row, in input line order (or,
 * with {@code --output-dir}, one file per group as {@code jdelt differentiate} writes it). A group
 * that fails (too few rows, a bad value) is reported by its id on standard error and left out; the
 * others go on. The exit code is 0 if any group succeeded.
 */
final class GroupedRun {

    /** At most this many per-group notes (what was skipped or merged, segments) are printed. */
    static final int MAX_NOTES = 20;

    private final Path file;
    private final ReadOptions options;
    private final Interpolator interpolator;
    private final int[] orders;
    private final SensorLogOptions sensor;
    private final Path output;

    GroupedRun(Path file, ReadOptions options, Interpolator interpolator, int[] orders, SensorLogOptions sensor,
               Path output) {
        this.output = output;
        this.file = file;
        this.options = options;
        this.interpolator = interpolator;
        this.orders = orders;
        this.sensor = sensor;
    }

    /** One group's outcome: its table and output columns, or why it failed, and notes to print. */
    private record Outcome(String id, SampleTable table, List<double[]> columns, String failure, List<String> notes) {
    }

    /**
     * @param out standard output, for the long-format table unless an output file was given
     * @param err standard error, for the reports
     * @return the exit code
     * @throws IOException if the file cannot be read or the output written
     */
    int run(PrintWriter out, PrintWriter err) throws IOException {
        if (sensor.at != null) {
            throw new IllegalArgumentException("--at cannot be combined with --by (yet): evaluate the groups one by one");
        }
        if (output != null && sensor.outputDir != null) {
            throw new IllegalArgumentException("--output and --output-dir exclude each other: one file, or one per group");
        }
        String source = file.toString();
        List<LongFormat.Group> groups = LongFormat.split(file, options, sensor.by);
        if (!groups.isEmpty() && groups.get(0).note() != null) {
            err.println("jdelt: " + source + ": " + groups.get(0).note());
        }
        Outcome[] outcomes = IntStream.range(0, groups.size()).parallel()
                .mapToObj(g -> differentiate(groups.get(g), source)).toArray(Outcome[]::new);
        int failed = 0;
        int notes = 0;
        int hidden = 0;
        for (Outcome o : outcomes) {
            if (o.failure != null) {
                err.println("jdelt: " + source + ": group '" + o.id + "' failed, left out: " + o.failure);
                failed++;
            }
            for (String note : o.notes) {
                if (notes++ < MAX_NOTES) {
                    err.println(note);
                } else {
                    hidden++;
                }
            }
        }
        if (hidden > 0) {
            err.println("jdelt: " + source + ": " + hidden + " more notes on groups not shown");
        }
        err.println("jdelt: " + source + ": " + (outcomes.length - failed) + " of " + outcomes.length + " groups by '"
                + sensor.by + "' differentiated" + (failed > 0 ? ", " + failed + " failed (listed above)" : ""));
        if (failed == outcomes.length) {
            return Jdelt.BAD_INPUT;
        }
        if (sensor.outputDir != null) {
            writeFiles(outcomes, err);
        } else if (output == null) {
            writeLong(outcomes, out);
            SafeOutput.checkWritten(out, "standard output");
        } else {
            SafeOutput.replaceText(output, w -> writeLong(outcomes, w));
            err.println("jdelt: wrote " + output);
        }
        return Jdelt.OK;
    }

    private Outcome differentiate(LongFormat.Group group, String source) {
        List<String> notes = new ArrayList<>();
        try {
            SampleTable table = LongFormat.read(group, source, options);
            if (!table.report().summary().equals("read " + table.size() + " rows, used " + table.size())) {
                notes.add("jdelt: " + source + ": group '" + group.id() + "': " + table.report().summary());
            }
            List<double[]> columns = new ArrayList<>();
            for (int c = 0; c < table.y().length; c++) {
                String where = source + ": group '" + group.id() + "': column '" + table.yNames().get(c) + "': ";
                FittedCurve segmented;
                try {
                    segmented = interpolator.fit(table.x(), table.y()[c]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("column '" + table.yNames().get(c) + "': " + e.getMessage(), e);
                }
                SensorLogOptions.reportSegments(segmented, where, notes::add);
                FittedCurve fit = sensor.present(segmented);
                columns.add(table.y()[c]);
                columns.add(fit.values(table.x()));
                for (int order : orders) {
                    columns.add(fit.differentiate(order).values(table.x()));
                }
            }
            return new Outcome(group.id(), table, columns, null, notes);
        } catch (IllegalArgumentException e) {
            return new Outcome(group.id(), null, null, e.getMessage(), notes);
        }
    }

    private List<String> names(SampleTable table) {
        List<String> names = new ArrayList<>();
        names.add(table.xName());
        names.addAll(SensorLogOptions.columnNames(table.yNames(), orders, sensor.unit(), true));
        return names;
    }

    /** Writes every used row of every group, in input line order, the group id first. */
    private void writeLong(Outcome[] outcomes, Writer out) throws IOException {
        List<Outcome> ok = Arrays.stream(outcomes).filter(o -> o.table != null).toList();
        long total = ok.stream().mapToLong(o -> o.table.size()).sum();
        long[] order = new long[Math.toIntExact(total)];
        // each row is packed as line * 2^32 + its index in a flat table of (group, row), and sorted
        int[] groupOf = new int[order.length];
        int[] rowOf = new int[order.length];
        int k = 0;
        for (int g = 0; g < ok.size(); g++) {
            int[] lines = ok.get(g).table.lines();
            for (int i = 0; i < lines.length; i++) {
                groupOf[k] = g;
                rowOf[k] = i;
                order[k] = ((long) lines[i] << 32) | k;
                k++;
            }
        }
        Arrays.parallelSort(order);
        CSVFormat format = CSVFormat.RFC4180;
        List<String> header = new ArrayList<>();
        header.add(sensor.by);
        header.addAll(names(ok.get(0).table));
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            format.print(header.get(c), s, c == 0);
        }
        s.append('\n');
        for (long packed : order) {
            int idx = (int) (packed & 0xffffffffL);
            Outcome o = ok.get(groupOf[idx]);
            int row = rowOf[idx];
            format.print(o.id, s, true);
            s.append(',');
            if (o.table.xText() != null) {
                format.print(o.table.xText()[row], s, true);
            } else {
                s.append(o.table.x()[row]);
            }
            for (double[] column : o.columns) {
                s.append(',').append(column[row]);
            }
            s.append('\n');
            if (s.length() > 1 << 16) {
                out.write(s.toString());
                s.setLength(0);
            }
        }
        out.write(s.toString());
        out.flush();
    }

    /** Writes one file per group, named by its id (characters other than letters, digits, . _ - become _). */
    private void writeFiles(Outcome[] outcomes, PrintWriter err) throws IOException {
        Files.createDirectories(sensor.outputDir);
        Map<String, String> taken = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.table == null) {
                continue;
            }
            String name = o.id.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
            String before = taken.put(name, o.id);
            if (before != null) {
                throw new IllegalArgumentException("--output-dir: groups '" + before + "' and '" + o.id
                        + "' would both be written to " + name);
            }
            Path target = sensor.outputDir.resolve(name);
            SafeOutput.checkTargets(file, new SafeOutput.Target("--output-dir", target));
            SafeOutput.replaceText(target, w -> {
                try {
                    CsvResultWriter.write(w, names(o.table), o.table.x(), o.table.xText(), o.columns, n -> { });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        }
        err.println("jdelt: wrote " + taken.size() + " files to " + sensor.outputDir);
    }
}
