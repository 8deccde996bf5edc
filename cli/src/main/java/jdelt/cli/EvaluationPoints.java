package jdelt.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Arrays;

import jdelt.io.DateTimes;
import jdelt.io.InputFileException;

/**
 * Where {@code --at} evaluates the fit instead of at the samples: {@code START:STEP:END} (a regular
 * grid, END included when the steps reach it) or a CSV file whose first column holds the points
 * (a header line is allowed). Points are in x units: for date-time x, seconds since the first
 * sample in a grid, and date-times (or such seconds) in a file; date-time points are written back as
 * ISO-8601 text. Points outside the sampled range get {@code NaN} unless extrapolation is asked for.
 */
final class EvaluationPoints {

    /** More grid points than this are refused (a mistyped step). */
    static final long MAX_POINTS = 100_000_000L;

    private EvaluationPoints() {
    }

    /**
     * @param spec the option's value
     * @param origin the data's first date-time, for date-time points in a file; {@code null} for numeric x
     * @param decimal the data file's decimal separator: with {@code ','} a file of points is read
     *     with decimal commas too ({@code 0,5} is 0.5), its fields split at {@code ;} or tab
     * @return the points, in the given order
     * @throws IllegalArgumentException if the grid is malformed
     * @throws InputFileException if a point in the file is not a number (naming line and column)
     * @throws IOException if the file cannot be read
     */
    static double[] parse(String spec, String origin, char decimal) throws IOException {
        String[] parts = spec.split(":", -1);
        if (parts.length == 3 && !Files.exists(Path.of(spec))) {
            return grid(parts, spec);
        }
        return file(Path.of(spec), origin, decimal);
    }

    private static double[] grid(String[] parts, String spec) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--at " + spec + ": '" + parts[i] + "' is not a number"
                        + " (expected START:STEP:END, e.g. 0:0.5:100, or a file)");
            }
        }
        double start = v[0];
        double step = v[1];
        double end = v[2];
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(step > 0) || Double.isInfinite(step) || end < start) {
            throw new IllegalArgumentException("--at " + spec + ": expected START:STEP:END with a positive STEP and END >= START");
        }
        double count = Math.floor((end - start) / step * (1 + 1e-12)) + 1;
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("--at " + spec + ": " + (count < 1e15 ? Long.toString((long) count)
                    : String.format(java.util.Locale.ROOT, "%.3g", count)) + " points, more than " + MAX_POINTS);
        }
        double[] points = new double[(int) count];
        for (int i = 0; i < points.length; i++) {
            points[i] = start + i * step;
        }
        return points;
    }

    private static double[] file(Path path, String origin, char decimal) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("--at " + path + " is a directory; give START:STEP:END or a CSV file of points");
        }
        double[] points = new double[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String cell = firstField(line, decimal);
                if (cell.isEmpty() || cell.startsWith("#")) {
                    continue;
                }
                double p;
                try {
                    p = point(decimal == ',' && cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell, origin);
                } catch (IllegalArgumentException e) {
                    if (n == 0 && number == 1) {
                        continue;
                    }
                    throw new InputFileException(path.toString(), number, 1, "--at: " + e.getMessage());
                }
                if (!Double.isFinite(p)) {
                    throw new InputFileException(path.toString(), number, 1, "--at: not a finite number: '" + cell + "'");
                }
                if (n == points.length) {
                    points = Arrays.copyOf(points, 2 * n);
                }
                points[n++] = p;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("--at " + path + ": the file holds no points");
        }
        return Arrays.copyOf(points, n);
    }

    /**
     * @return the first field of a line, unquoted: up to the first {@code ;} or tab if the line has
     *     one, else (with decimal points) up to the first comma, so that {@code 0,5;1} is never read as 0
     */
    private static String firstField(String line, char decimal) {
        int end = line.length();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';' || line.charAt(i) == '\t') {
                end = i;
                break;
            }
        }
        if (end == line.length() && decimal == '.' && line.indexOf(',') >= 0) {
            end = line.indexOf(',');
        }
        return line.substring(0, end).trim().replace("\"", "");
    }

    /** @return a point: a number, or for date-time data a date-time as seconds since the origin */
    private static double point(String cell, String origin) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            if (origin == null) {
                throw new IllegalArgumentException("not a number: '" + cell + "'");
            }
        }
        try {
            return DateTimes.secondsSince(origin, cell);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage() != null && e.getMessage().startsWith("it has")
                    ? "date-time '" + cell + "': " + e.getMessage() : "not a number nor an ISO-8601 date-time: '" + cell + "'");
        }
    }

    /**
     * @param points evaluation points in seconds since {@code origin}
     * @param origin the data's first date-time
     * @return the points as ISO-8601 text
     */
    static String[] texts(double[] points, String origin) {
        String[] text = new String[points.length];
        for (int i = 0; i < points.length; i++) {
            text[i] = DateTimes.plusSeconds(origin, points[i]);
        }
        return text;
    }

    /**
     * Sets to {@code NaN} the values at points outside {@code [lo, hi]}.
     *
     * @param values the values at the points, changed in place
     * @param points the points
     * @param lo the first sample's x
     * @param hi the last sample's x
     * @return {@code values}
     */
    static double[] inside(double[] values, double[] points, double lo, double hi) {
        for (int i = 0; i < points.length; i++) {
            if (points[i] < lo || points[i] > hi) {
                values[i] = Double.NaN;
            }
        }
        return values;
    }
}
