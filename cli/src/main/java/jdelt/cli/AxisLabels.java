package jdelt.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Axis titles for the plot: a column's name and, when its header states one as in
 * {@code "position (m)"} or {@code "position [m]"}, its unit, from which the units of the
 * derivatives follow ({@code m/s}, {@code m/s²}) when both the x and the y unit are known.
 *
 * @param name the column's name without its unit
 * @param unit the unit, or {@code null} if the header gives none
 * @param symbol how the column appears in a derivative, e.g. {@code t} in {@code dy/dt}
 */
record AxisLabels(String name, String unit, String symbol) {

    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]\\s*$");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** @return the name and unit of a header such as {@code "position (m)"} */
    static AxisLabels of(String header) {
        Matcher m = WITH_UNIT.matcher(header);
        String name = m.matches() && !m.group(1).isEmpty() ? m.group(1) : header;
        String unit = name.equals(header) ? null : m.group(2).trim();
        return new AxisLabels(name, unit, name.length() <= 3 ? name : "(" + name + ")");
    }

    /** @return the labels of date-time x: seconds since the earliest sample, written {@code t} */
    static AxisLabels time(String origin) {
        return new AxisLabels("time since " + origin, "s", "t");
    }

    /** @return these labels with another unit (the one derivatives are given per) */
    AxisLabels withUnit(String newUnit) {
        return new AxisLabels(name, newUnit, symbol);
    }

    /** @return the title of this column's axis, e.g. {@code "position (m)"} */
    String title() {
        return unit == null ? name : name + " (" + unit + ")";
    }

    /**
     * @param x the x column's labels
     * @param order the derivative order, 1 or more
     * @return the title of the derivative's axis, e.g. {@code "d²position/dt² (m/s²)"}
     */
    String derivativeTitle(AxisLabels x, int order) {
        String power = order == 1 ? "" : superscript(order);
        String symbol = "d" + power + name + "/d" + x.symbol + power;
        if (unit == null || x.unit == null) {
            return symbol;
        }
        return symbol + " (" + unit + "/" + x.unit + power + ")";
    }

    private static String superscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }
}
