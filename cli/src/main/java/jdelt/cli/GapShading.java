package jdelt.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Shades, on a plot panel, the stretches of x without samples, so that a reader sees where the
 * curves are the model's guess rather than a summary of data: a gap is a spacing of more than
 * {@link #FACTOR} times the median spacing.
 */
final class GapShading extends Annotation {

    /** A spacing this many times the median one is a gap. */
    static final double FACTOR = 10;
    /** More gaps than this are not shaded (the data are simply irregular). */
    static final int MAX_GAPS = 50;

    private static final Color SHADE = new Color(120, 120, 120, 40);

    private final double from;
    private final double to;

    private GapShading(double from, double to) {
        super(false);
        this.from = from;
        this.to = to;
    }

    /**
     * @param x the sorted sample abscissae
     * @return the gaps as {from, to} pairs; empty if there are none or more than {@link #MAX_GAPS}
     */
    static List<double[]> gaps(double[] x) {
        if (x.length < 3) {
            return List.of();
        }
        double[] dx = new double[x.length - 1];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x[i + 1] - x[i];
        }
        double[] sorted = dx.clone();
        Arrays.sort(sorted);
        double limit = FACTOR * sorted[sorted.length / 2];
        List<double[]> gaps = new ArrayList<>();
        for (int i = 0; i < dx.length && gaps.size() <= MAX_GAPS; i++) {
            if (dx[i] > limit) {
                gaps.add(new double[] {x[i], x[i + 1]});
            }
        }
        return gaps.size() > MAX_GAPS ? List.of() : gaps;
    }

    /** @return an annotation shading one gap */
    static GapShading of(double[] gap) {
        return new GapShading(gap[0], gap[1]);
    }

    @Override
    public void paint(Graphics2D g) {
        int left = getXAxisScreenValue(from);
        int right = getXAxisScreenValue(to);
        int top = getYAxisScreenValueForMax();
        int bottom = getYAxisScreenValueForMin();
        g.setColor(SHADE);
        g.fillRect(left, Math.min(top, bottom), Math.max(1, right - left), Math.abs(bottom - top));
    }
}
