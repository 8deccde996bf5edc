package jdelt.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import jdelt.interpolation.segment.GapRule;

import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Shades, on a plot panel, the stretches of x without samples, so that a reader sees where the
 * curves are the model's guess rather than a summary of data. The gaps are those at which
 * {@code --gap} splits the record into segments (by default {@link GapRule#auto()}: a spacing over
 * ten times the median of its neighbouring spacings), so the shading shows where the segments end.
 */
final class GapShading extends Annotation {

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
        return gaps(x, GapRule.auto());
    }

    /**
     * @param x the sorted sample abscissae
     * @param rule where the gaps are
     * @return the gaps as {from, to} pairs; empty if there are none or more than {@link #MAX_GAPS}
     */
    static List<double[]> gaps(double[] x, GapRule rule) {
        int[] breaks = rule.breaks(x);
        List<double[]> gaps = new ArrayList<>();
        for (int i = 0; i < breaks.length && breaks.length <= MAX_GAPS; i++) {
            gaps.add(new double[] {x[breaks[i] - 1], x[breaks[i]]});
        }
        return gaps;
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
