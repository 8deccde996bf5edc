package jdelt.io;

import jdelt.interpolation.DataPreparation;
import java.util.Arrays;


/**
 * Applies the reported {@link DataPreparation} steps to parsed rows, in the order that class
 * prescribes, translating the row indices each step reports into input line numbers. With several
 * y columns a row is skipped only when x or every y is missing; a column's other missing values
 * stay {@code NaN}, so that each column is fitted on its own rows. A step is
 * applied only when the data need it (there is a non-finite value, x is out of order, two x are
 * equal): on clean data it would report no change, and skipping it saves copying 10^7 rows.
 */
final class Preparation {

    private Preparation() {
    }

    static SampleTable apply(RawSamples raw) {
        double[] x = raw.x();
        double[][] y = raw.y();
        int[] lines = raw.lines();
        String[] xText = raw.xText();
        int[] skipped = {};
        if (!allFinite(x, y)) {
            DataPreparation.Result r = DataPreparation.dropNonFinite(x, y.length == 1 ? y : new double[][] {anyFinite(y)});
            skipped = pick(lines, r.affected());
            x = r.x();
            y = y.length == 1 ? r.y() : keepRows(y, r.source());
            lines = pick(lines, r.source());
            xText = pick(xText, r.source());
        }
        int[] moved = {};
        if (!nonDecreasing(x)) {
            DataPreparation.Result r = DataPreparation.sortByX(x, y);
            moved = pick(lines, r.affected());
            Arrays.sort(moved);
            x = r.x();
            y = r.y();
            lines = pick(lines, r.source());
            xText = pick(xText, r.source());
        }
        int[] merged = {};
        int duplicate = firstDuplicate(x);
        if (duplicate > 0) {
            if (raw.options().duplicates() == ReadOptions.DuplicatePolicy.ERROR) {
                int later = Math.max(lines[duplicate], lines[duplicate - 1]);
                int earlier = Math.min(lines[duplicate], lines[duplicate - 1]);
                throw new InputFileException(raw.file(), later, raw.layout().xIndex() + 1, "duplicate x: "
                        + (xText != null ? "'" + xText[duplicate] + "'" : x[duplicate]) + " also occurs on line "
                        + earlier + " (use --duplicates mean to merge such rows by their mean)");
            }
            DataPreparation.Result r = DataPreparation.mergeDuplicateX(x, y);
            merged = pick(lines, r.affected());
            Arrays.sort(merged);
            x = r.x();
            y = r.y();
            lines = pick(lines, r.source());
            xText = pick(xText, r.source());
        }
        if (x.length < CsvSampleReader.MIN_ROWS) {
            int last = raw.lines().length == 0 ? 1 : raw.lines()[raw.lines().length - 1];
            throw new InputFileException(raw.file(), last, 1, "too few usable rows: " + x.length + " of "
                    + raw.rows() + " read (" + skipped.length + " skipped for a missing or non-finite value, "
                    + merged.length + " merged for a duplicate x); at least " + CsvSampleReader.MIN_ROWS
                    + " distinct x are needed to estimate a derivative");
        }
        String origin = null;
        if (xText != null) {
            origin = raw.dateTimes() ? xText[0] : null;
            double x0 = x[0];
            for (int i = 0; i < x.length; i++) {
                x[i] -= x0;
            }
        }
        PreparationReport report = new PreparationReport(raw.rows(), skipped, moved, merged, raw.notes());
        return new SampleTable(raw.file(), raw.layout().xName(), raw.layout().yNames(), x, y, lines, xText,
                origin, report, raw.options().decimalOrPoint());
    }

    /** @return per row, 0 if some column holds a finite value there, else {@code NaN} */
    private static double[] anyFinite(double[][] y) {
        double[] key = new double[y[0].length];
        for (int i = 0; i < key.length; i++) {
            key[i] = Double.NaN;
            for (double[] col : y) {
                if (Double.isFinite(col[i])) {
                    key[i] = 0;
                    break;
                }
            }
        }
        return key;
    }

    /** @return the given rows of every column, with each missing or infinite value as {@code NaN} */
    private static double[][] keepRows(double[][] y, int[] rows) {
        double[][] out = new double[y.length][rows.length];
        for (int c = 0; c < y.length; c++) {
            for (int i = 0; i < rows.length; i++) {
                double v = y[c][rows[i]];
                out[c][i] = Double.isFinite(v) ? v : Double.NaN;
            }
        }
        return out;
    }

    private static boolean allFinite(double[] x, double[][] y) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        for (double[] col : y) {
            for (double v : col) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean nonDecreasing(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** @return the first index whose x equals the previous one, or -1 */
    private static int firstDuplicate(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] == x[i - 1]) {
                return i;
            }
        }
        return -1;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static String[] pick(String[] values, int[] rows) {
        if (values == null) {
            return null;
        }
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
