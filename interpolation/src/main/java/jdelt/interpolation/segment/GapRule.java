package jdelt.interpolation.segment;

import java.util.Arrays;

/**
 * Where a record pauses: a spacing {@code x[i] - x[i-1]} is a gap when it exceeds a fixed length,
 * or, scale-free ({@link #auto()}), when it exceeds {@link #FACTOR} times the robust local spacing,
 * the median of the {@code 2·}{@link #WINDOW}{@code  + 1} spacings centred on it. A median of
 * neighbouring spacings is unmoved by the gap itself and follows sampling whose rate changes
 * slowly, so the rule needs no unit and no setting: a 1 Hz log resumed after a night and a yearly
 * series missing a decade are split alike, while jitter of a few times the spacing is not a gap.
 *
 * <p>Immutable.
 */
public final class GapRule {

    /**
     * A spacing more than this many times the local median spacing is a gap (rule {@link #auto()}):
     * a convention (the plot's gap shading used 10× the median spacing), not a tuned constant.
     */
    public static final double FACTOR = 10;
    /** The local median is taken over this many spacings on each side, and the spacing itself. */
    public static final int WINDOW = 10;

    private static final GapRule NONE = new GapRule(Double.POSITIVE_INFINITY, false);
    private static final GapRule AUTO = new GapRule(FACTOR, true);

    private final double limit;
    private final boolean relative;

    private GapRule(double limit, boolean relative) {
        this.limit = limit;
        this.relative = relative;
    }

    /** @return the scale-free rule: a spacing over {@link #FACTOR} times its local median spacing */
    public static GapRule auto() {
        return AUTO;
    }

    /**
     * Reads a rule as users write it.
     *
     * @param text {@code auto}, {@code none} or a positive length in x units
     * @return the rule
     * @throws IllegalArgumentException if the text is none of these
     */
    public static GapRule parse(String text) {
        String g = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (g.equals("auto")) {
            return auto();
        }
        if (g.equals("none")) {
            return none();
        }
        try {
            return longerThan(Double.parseDouble(g));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a gap rule must be auto, none or a positive length, got '" + text + "'");
        }
    }

    /** @return the rule that finds no gaps (one segment) */
    public static GapRule none() {
        return NONE;
    }

    /**
     * @param length the longest spacing that is not a gap, in x units
     * @return the rule that splits at every spacing longer than {@code length}
     * @throws IllegalArgumentException if {@code length} is not positive and finite
     */
    public static GapRule longerThan(double length) {
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("a gap length must be a positive number, got " + length);
        }
        return new GapRule(length, false);
    }

    /**
     * Finds the gaps.
     *
     * @param x the sorted abscissae
     * @return the indices {@code i} (ascending) such that a gap lies between {@code x[i-1]} and {@code x[i]}
     */
    public int[] breaks(double[] x) {
        int n = x.length;
        if (n < 3 || limit == Double.POSITIVE_INFINITY) {
            return new int[0];
        }
        double[] dx = new double[n - 1];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x[i + 1] - x[i];
            smallest = Math.min(smallest, dx[i]);
        }
        int[] found = new int[8];
        int count = 0;
        double[] window = new double[2 * WINDOW + 1];
        for (int i = 0; i < dx.length; i++) {
            boolean gap;
            if (!relative) {
                gap = dx[i] > limit;
            } else if (!(dx[i] > limit * smallest)) {
                gap = false;
            } else {
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(dx.length, i + WINDOW + 1);
                System.arraycopy(dx, from, window, 0, to - from);
                Arrays.sort(window, 0, to - from);
                gap = dx[i] > limit * window[(to - from) / 2];
            }
            if (gap) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, 2 * count);
                }
                found[count++] = i + 1;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** @return the rule as the command line writes it: {@code auto}, {@code none} or the length */
    @Override
    public String toString() {
        return relative ? "auto" : limit == Double.POSITIVE_INFINITY ? "none" : String.valueOf(limit);
    }
}
