package jdelt.interpolation.angle;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.ReportsProgress;
import jdelt.interpolation.Samples;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * Any method applied to an angle (or any quantity defined modulo a period, such as a heading in
 * degrees or a phase in radians): the samples are unwrapped into a continuous angle, the method
 * fits and differentiates the continuous angle, and the fit is written back wrapped into the
 * period. Derivatives are those of the continuous angle, in angle units per x unit, so a heading
 * that crosses 359° → 1° has a slope of 2°/step, not −358°.
 *
 * <p><b>Unwrapping.</b> Each sample is moved by a whole number of periods to the value nearest a
 * prediction from the samples before it: the median of the three predictions {@code u[i-j] + j·r}
 * (j = 1, 2, 3), where {@code r} is the median of the last three steps. The classical unwrap
 * (Itoh 1982) predicts from the previous sample alone, so one noisy sample near half a period off
 * sends every later sample a whole turn astray; the median prediction is not moved by one such
 * sample. Like every unwrap it needs the angle to change by less than about a quarter period
 * between samples.
 *
 * <p><b>Wrapping back.</b> The fit is wrapped into {@code [0, period)} when no sample is negative,
 * and into {@code [-period/2, period/2)} otherwise (the two conventions of headings and phases).
 * Immutable.
 */
public final class Wrapped implements ReportsProgress {

    private final Interpolator method;
    private final double period;

    private Wrapped(Interpolator method, double period) {
        this.method = Objects.requireNonNull(method, "method");
        this.period = period;
    }

    /**
     * Reads a period as users write it: a number ({@code 360}) or a multiple of pi ({@code 2pi}, {@code pi}).
     *
     * @param text the period
     * @return the period, positive and finite
     * @throws IllegalArgumentException if the text is not such a period
     */
    public static double parsePeriod(String text) {
        String w = text.trim().toLowerCase(java.util.Locale.ROOT).replace("π", "pi");
        double period;
        try {
            period = w.endsWith("pi") ? Math.PI * (w.equals("pi") ? 1 : Double.parseDouble(w.substring(0, w.length() - 2)))
                    : Double.parseDouble(w);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a wrap period must be a number such as 360 or 2pi, got '" + text + "'");
        }
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("the period must be a positive number, got '" + text + "'");
        }
        return period;
    }

    /**
     * @param method the method fitted to the unwrapped angle
     * @param period the period, e.g. 360 or 2π
     * @return the method applied to angles of that period
     * @throws IllegalArgumentException if the period is not a positive finite number
     */
    public static Wrapped of(Interpolator method, double period) {
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("the wrap period must be a positive number, got " + period);
        }
        return new Wrapped(method, period);
    }

    /** @return the period */
    public double period() {
        return period;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        Samples.validate(x, y, 1, "a wrapped fit");
        double low = Arrays.stream(y).min().orElse(0) < 0 ? -period / 2 : 0;
        return new Fit(method.fit(x, unwrap(y, period)), period, low);
    }

    /**
     * Unwraps angles (see the class description).
     *
     * @param angle the wrapped angles, in sample order
     * @param period the period
     * @return the continuous angle: each value differs from its sample by a whole number of periods
     */
    public static double[] unwrap(double[] angle, double period) {
        int n = angle.length;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            double predicted;
            if (i == 0) {
                predicted = angle[0];
            } else if (i < 4) {
                predicted = u[i - 1];
            } else {
                double r = median(u[i - 1] - u[i - 2], u[i - 2] - u[i - 3], u[i - 3] - u[i - 4]);
                predicted = median(u[i - 1] + r, u[i - 2] + 2 * r, u[i - 3] + 3 * r);
            }
            u[i] = angle[i] + period * Math.rint((predicted - angle[i]) / period);
        }
        return u;
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** @return the same, passing the listener to the method if it reports progress */
    @Override
    public Interpolator withProgress(DoubleConsumer fractionDone) {
        return method instanceof ReportsProgress p ? new Wrapped(p.withProgress(fractionDone), period) : this;
    }

    @Override
    public String toString() {
        return method + " wrapped with period " + period;
    }

    /** The fit of the unwrapped angle, wrapped back into the period; derivatives unwrapped. */
    private static final class Fit implements FittedCurve {
        private final FittedCurve unwrapped;
        private final double period;
        private final double low;
        private final FitSummary summary;

        Fit(FittedCurve unwrapped, double period, double low) {
            this.unwrapped = unwrapped;
            this.period = period;
            this.low = low;
            this.summary = unwrapped.summary().withParameter("wrap", "period " + FitSummary.format(period)
                    + ", fit in [" + FitSummary.format(low) + ", " + FitSummary.format(low + period) + ")");
        }

        private double wrap(double v) {
            double w = low + ((v - low) % period + period) % period;
            return w >= low + period ? low : w;
        }

        @Override
        public double value(double x) {
            return wrap(unwrapped.value(x));
        }

        @Override
        public double[] values(double[] x) {
            double[] v = unwrapped.values(x);
            for (int i = 0; i < v.length; i++) {
                v[i] = wrap(v[i]);
            }
            return v;
        }

        /** @return order 0: the wrapped fit; order 1 and above: derivatives of the continuous angle */
        @Override
        public Curve differentiate(int order) {
            return order == 0 ? this : unwrapped.differentiate(order);
        }

        @Override
        public int maxOrder() {
            return unwrapped.maxOrder();
        }

        @Override
        public FitSummary summary() {
            return summary;
        }

        /** @return the antiderivative of the continuous (unwrapped) angle */
        @Override
        public Curve integral() {
            return unwrapped.integral();
        }
    }
}
