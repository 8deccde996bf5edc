package jdelt.cli;

/**
 * A power of ten that brings an axis's values to a readable size: values whose largest magnitude
 * lies outside [10⁻³, 10⁵) are drawn divided by {@code 10^exponent} (a multiple of three) and the
 * axis title says {@code ×10^exponent}. Without it a second derivative of size 10⁻¹⁴ gets one
 * tick labelled {@code 3.342688423256404E-14}: XChart's tick placement works with absolute
 * tolerances that such values fall under.
 *
 * @param exponent the power of ten the values are divided by (0: drawn as they are)
 */
record AxisScale(int exponent) {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** @return the scale for these values (their finite ones) */
    static AxisScale of(double[]... values) {
        double largest = 0;
        for (double[] v : values) {
            for (double d : v) {
                if (Double.isFinite(d)) {
                    largest = Math.max(largest, Math.abs(d));
                }
            }
        }
        if (largest == 0 || largest >= 1e-3 && largest < 1e5) {
            return new AxisScale(0);
        }
        return new AxisScale(3 * (int) Math.floor(Math.log10(largest) / 3));
    }

    /** @return the values divided by {@code 10^exponent} (the same array if the exponent is 0) */
    double[] apply(double[] values) {
        if (exponent == 0) {
            return values;
        }
        double factor = Math.pow(10, -exponent);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** @return the axis title with the scale, e.g. {@code "d²co2/dt² (×10⁻¹⁵)"} */
    String title(String title) {
        if (exponent == 0) {
            return title;
        }
        StringBuilder s = new StringBuilder(title).append(" (×10");
        for (char c : Integer.toString(exponent).toCharArray()) {
            s.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.append(')').toString();
    }
}
