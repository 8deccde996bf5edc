package jdelt.cli;

import java.awt.Color;
import java.util.Arrays;

/**
 * A colour scale of the gradient plot ({@link GradientPlot}): sequential over the values' range
 * (anchors of matplotlib's viridis, van der Walt and Smith 2015), or diverging and symmetric about 0
 * up to the 99th percentile of |value| (Moreland's cool-warm ends, 2009; beyond the limit clipped,
 * as the colour bar's end labels say).
 *
 * @param lo the value of the first colour
 * @param hi the value of the last colour
 * @param colours the anchor colours, evenly spaced from lo to hi
 * @param clipped whether values beyond lo or hi exist (drawn in the end colours)
 */
record ColourScale(double lo, double hi, Color[] colours, boolean clipped) {

    private static final Color[] SEQUENTIAL = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};
    private static final Color[] DIVERGING = {new Color(59, 76, 192), new Color(247, 247, 247), new Color(180, 4, 38)};

    /** @return the sequential scale over the finite values' range */
    static ColourScale sequential(double[] v) {
        double lo = Arrays.stream(v).filter(Double::isFinite).min().orElse(0);
        double hi = Arrays.stream(v).filter(Double::isFinite).max().orElse(1);
        return hi > lo ? new ColourScale(lo, hi, SEQUENTIAL, false) : new ColourScale(lo - 1, lo + 1, SEQUENTIAL, false);
    }

    /** @return the diverging scale, symmetric about 0 */
    static ColourScale diverging(double[] v) {
        double[] size = Arrays.stream(v).filter(Double::isFinite).map(Math::abs).sorted().toArray();
        if (size.length == 0) {
            return new ColourScale(-1, 1, DIVERGING, false);
        }
        double limit = size[(int) Math.floor(0.99 * (size.length - 1))];
        if (!(limit > 0)) {
            limit = size[size.length - 1] > 0 ? size[size.length - 1] : 1;
        }
        return new ColourScale(-limit, limit, DIVERGING, size[size.length - 1] > limit);
    }

    /** @return the colour of a value: linear between anchors, the end colours beyond; grey for NaN */
    Color colour(double v) {
        if (Double.isNaN(v)) {
            return Color.LIGHT_GRAY;
        }
        double t = Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * (colours.length - 1);
        int i = Math.min(colours.length - 2, (int) t);
        double u = t - i;
        Color a = colours[i];
        Color b = colours[i + 1];
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }
}
