package jdelt.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit the derivatives of a time series are given per ({@code --per}): {@code s}, {@code min},
 * {@code h}, {@code day}, {@code week}, {@code year} (the Julian year of 365.25 days, the unit of
 * astronomy and of growth rates such as ppm/year), a multiple such as {@code 15min}, or an
 * ISO-8601 duration such as {@code PT15M}. x must be in seconds, as date-time x are.
 *
 * @param name how the unit is written in column names and axis labels, e.g. {@code year}
 * @param seconds its length in seconds
 */
record DerivativeUnit(String name, double seconds) {

    static final DerivativeUnit SECOND = new DerivativeUnit("s", 1);
    private static final Pattern MULTIPLE = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*([a-z]+)");

    /**
     * @param text the option's value
     * @return the unit
     * @throws IllegalArgumentException if the text is not a unit or duration, or not positive
     */
    static DerivativeUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                Duration d = Duration.parse(text.trim());
                double s = d.getSeconds() + d.getNano() * 1e-9;
                if (s > 0) {
                    return new DerivativeUnit(text.trim(), s);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        } else {
            Matcher m = MULTIPLE.matcher(t);
            double base = base(t);
            if (base > 0) {
                return new DerivativeUnit(t, base);
            }
            if (m.matches() && base(m.group(2)) > 0 && Double.parseDouble(m.group(1)) > 0) {
                return new DerivativeUnit(t, Double.parseDouble(m.group(1)) * base(m.group(2)));
            }
        }
        throw new IllegalArgumentException("--per: '" + text + "' is not a time unit: use s, min, h, day, week, year, "
                + "a multiple such as 15min, or an ISO-8601 duration such as PT15M");
    }

    private static double base(String unit) {
        return switch (unit) {
            case "s", "sec", "second" -> 1;
            case "min", "minute" -> 60;
            case "h", "hour" -> 3600;
            case "day", "d" -> 86_400;
            case "week" -> 7 * 86_400;
            case "year", "yr", "a" -> 365.25 * 86_400;
            default -> 0;
        };
    }

    /**
     * @param order a derivative order
     * @return the suffix of the order's column name, e.g. {@code "_per_year"} or {@code "_per_year^2"};
     *     empty for seconds, the default
     */
    String columnSuffix(int order) {
        return seconds == 1 && name.equals("s") ? "" : "_per_" + name + (order == 1 ? "" : "^" + order);
    }

    /** @return the factor a derivative of the given order per second is multiplied by */
    double factor(int order) {
        return Math.pow(seconds, order);
    }
}
