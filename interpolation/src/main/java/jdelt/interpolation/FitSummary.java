package jdelt.interpolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * What a fit chose from the data and how it relates its derivatives to its fit: the method's
 * name, the parameters it used (those shared by every derivative order, and those of each order
 * where they differ, such as a window per order), the effective degrees of freedom where the
 * method defines them (the trace of the smoother's influence matrix), the residual standard
 * deviation, whether {@link FittedCurve#differentiate(int)} returns exact derivatives of the
 * order-0 fit, warnings about the fit, and, where the method provides them, per-order standard
 * errors of the derivative estimates.
 *
 * <p>Every {@link FittedCurve} returns one through {@link FittedCurve#summary()}, so the
 * command-line tool and the benchmarks report what any registered method chose without knowing
 * the method. Immutable and thread-safe (the standard-error curves, where present, are too).
 */
public final class FitSummary {

    private final String method;
    private final Map<String, String> parameters;
    private final SortedMap<Integer, Map<String, String>> orderParameters;
    private final double degreesOfFreedom;
    private final double residualStandardDeviation;
    private final boolean exactDerivatives;
    private final List<String> warnings;
    private final IntFunction<Curve> standardErrors;

    private FitSummary(Builder b) {
        this.method = b.method;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        TreeMap<Integer, Map<String, String>> orders = new TreeMap<>();
        b.orderParameters.forEach((k, v) -> orders.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.orderParameters = Collections.unmodifiableSortedMap(orders);
        this.degreesOfFreedom = b.degreesOfFreedom;
        this.residualStandardDeviation = b.residualStandardDeviation;
        this.exactDerivatives = b.exactDerivatives;
        this.warnings = List.copyOf(b.warnings);
        this.standardErrors = b.standardErrors;
    }

    /**
     * Starts a summary.
     *
     * @param method the registered method name
     * @param exactDerivatives whether every {@code differentiate(k)} is the exact k-th derivative of
     *     the order-0 fit (true for one global model such as a spline; false where each order has
     *     its own local fit or window)
     * @return a builder
     */
    public static Builder builder(String method, boolean exactDerivatives) {
        return new Builder(method, exactDerivatives);
    }

    /** @return the registered method name */
    public String method() {
        return method;
    }

    /** @return the parameters shared by every order, in the order the method reports them */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * @param order a derivative order
     * @return the parameters that apply to that order: the shared ones, overridden by the order's own
     */
    public Map<String, String> parameters(int order) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(orderParameters.getOrDefault(order, Map.of()));
        return Collections.unmodifiableMap(all);
    }

    /**
     * A numeric parameter of one order.
     *
     * @param order a derivative order
     * @param name the parameter's name
     * @return its value, or {@code NaN} if the order has no such parameter or it is not a number
     */
    public double number(int order, String name) {
        String v = parameters(order).get(name);
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return the parameters that differ per order, by order (empty when none do) */
    public SortedMap<Integer, Map<String, String>> orderParameters() {
        return orderParameters;
    }

    /** @return the effective degrees of freedom of the order-0 fit, or {@code NaN} where undefined */
    public double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** @return the residual standard deviation of the order-0 fit, in y units, or {@code NaN} if unknown */
    public double residualStandardDeviation() {
        return residualStandardDeviation;
    }

    /** @return whether every derivative is the exact derivative of the fit (see {@link #builder}) */
    public boolean exactDerivatives() {
        return exactDerivatives;
    }

    /** @return warnings about the fit (for example residual structure the fit left), possibly empty */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The pointwise standard error of the order-{@code k} estimate, where the method can give one.
     *
     * @param order the derivative order
     * @return the standard error as a curve in the units of the derivative, or empty
     */
    public Optional<Curve> standardError(int order) {
        return standardErrors == null ? Optional.empty() : Optional.ofNullable(standardErrors.apply(order));
    }

    /**
     * The same summary in the units of data whose x was shifted by {@code -xOrigin} and whose y was
     * divided by {@code yScale} before the fit (see {@link StandardizedFit}): the residual deviation
     * and standard errors scale by {@code |yScale|} and the standard-error curves take unshifted x;
     * parameters (widths in x, or ratios such as a spline's lambda, which multiplies both terms of
     * its criterion alike) do not change.
     *
     * @param xOrigin the x the fit's zero corresponds to
     * @param yScale the factor that takes the fit's y back to the data's
     * @return the summary in the data's units
     */
    public FitSummary unstandardized(double xOrigin, double yScale) {
        double s = Math.abs(yScale);
        Builder b = toBuilder().residualStandardDeviation(residualStandardDeviation * s);
        if (standardErrors != null) {
            IntFunction<Curve> inner = standardErrors;
            b.standardErrors(order -> {
                Curve c = inner.apply(order);
                return c == null ? null : new MappedCurve(c, xOrigin, s);
            });
        }
        return b.build();
    }

    /**
     * @param name the name of a parameter shared by every order
     * @param value its value
     * @return a copy of this summary with the parameter added (or replaced)
     */
    public FitSummary withParameter(String name, String value) {
        return toBuilder().parameter(name, value).build();
    }

    /**
     * @param warning a warning to add
     * @return a copy of this summary with the warning appended
     */
    public FitSummary withWarning(String warning) {
        return toBuilder().warning(warning).build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(method, exactDerivatives);
        b.parameters.putAll(parameters);
        orderParameters.forEach((k, v) -> b.orderParameters.put(k, new LinkedHashMap<>(v)));
        b.degreesOfFreedom = degreesOfFreedom;
        b.residualStandardDeviation = residualStandardDeviation;
        b.warnings.addAll(warnings);
        b.standardErrors = standardErrors;
        return b;
    }

    /**
     * One line for people: {@code spline: degree=5 lambda=0.0123 df=14.2 sigma=0.0498, exact derivatives}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(method).append(':');
        parameters.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        orderParameters.forEach((order, p) -> {
            sb.append(" [d").append(order).append(':');
            p.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
            sb.append(']');
        });
        if (!Double.isNaN(degreesOfFreedom)) {
            sb.append(" df=").append(format(degreesOfFreedom));
        }
        if (!Double.isNaN(residualStandardDeviation)) {
            sb.append(" sigma=").append(format(residualStandardDeviation));
        }
        sb.append(exactDerivatives ? ", exact derivatives of the fit" : ", a separate estimate per order");
        for (String w : warnings) {
            sb.append("; warning: ").append(w);
        }
        return sb.toString();
    }

    /** @return the summary as a JSON object (numbers that are not finite become {@code null}) */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"method\":").append(quote(method));
        sb.append(",\"parameters\":");
        appendMap(sb, parameters);
        sb.append(",\"orderParameters\":{");
        boolean first = true;
        for (Map.Entry<Integer, Map<String, String>> e : orderParameters.entrySet()) {
            sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
            appendMap(sb, e.getValue());
            first = false;
        }
        sb.append("},\"degreesOfFreedom\":").append(number(degreesOfFreedom));
        sb.append(",\"residualStandardDeviation\":").append(number(residualStandardDeviation));
        sb.append(",\"exactDerivatives\":").append(exactDerivatives);
        sb.append(",\"warnings\":[");
        for (int i = 0; i < warnings.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(warnings.get(i)));
        }
        return sb.append("]}").toString();
    }

    /**
     * Formats a chosen value compactly for a summary (six significant digits).
     *
     * @param v the value
     * @return its text
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    private static void appendMap(StringBuilder sb, Map<String, String> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            sb.append(first ? "" : ",").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
            first = false;
        }
        sb.append('}');
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "null";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code scale · inner(x - origin)}. */
    private record MappedCurve(Curve inner, double origin, double scale) implements Curve {
        @Override
        public double value(double x) {
            return scale * inner.value(x - origin);
        }

        @Override
        public double[] values(double[] x) {
            double[] shifted = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                shifted[i] = x[i] - origin;
            }
            double[] v = inner.values(shifted);
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
            return v;
        }
    }

    /** Collects the parts of a {@link FitSummary}. */
    public static final class Builder {
        private final String method;
        private final boolean exactDerivatives;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<Integer, Map<String, String>> orderParameters = new TreeMap<>();
        private double degreesOfFreedom = Double.NaN;
        private double residualStandardDeviation = Double.NaN;
        private final List<String> warnings = new ArrayList<>();
        private IntFunction<Curve> standardErrors;

        private Builder(String method, boolean exactDerivatives) {
            this.method = method;
            this.exactDerivatives = exactDerivatives;
        }

        /** Adds a parameter shared by every order. @return this builder */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** Adds a numeric parameter shared by every order. @return this builder */
        public Builder parameter(String name, double value) {
            return parameter(name, format(value));
        }

        /** Adds a parameter of one derivative order. @return this builder */
        public Builder parameter(int order, String name, String value) {
            orderParameters.computeIfAbsent(order, k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Adds a numeric parameter of one derivative order. @return this builder */
        public Builder parameter(int order, String name, double value) {
            return parameter(order, name, format(value));
        }

        /** Sets the effective degrees of freedom. @return this builder */
        public Builder degreesOfFreedom(double df) {
            this.degreesOfFreedom = df;
            return this;
        }

        /** Sets the residual standard deviation. @return this builder */
        public Builder residualStandardDeviation(double sigma) {
            this.residualStandardDeviation = sigma;
            return this;
        }

        /** Adds a warning. @return this builder */
        public Builder warning(String warning) {
            warnings.add(warning);
            return this;
        }

        /**
         * Sets the per-order standard errors.
         *
         * @param byOrder the standard-error curve of each order, or {@code null} for an order without one
         * @return this builder
         */
        public Builder standardErrors(IntFunction<Curve> byOrder) {
            this.standardErrors = byOrder;
            return this;
        }

        /** @return the summary */
        public FitSummary build() {
            return new FitSummary(this);
        }
    }
}
