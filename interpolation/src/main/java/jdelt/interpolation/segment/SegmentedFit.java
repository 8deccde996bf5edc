package jdelt.interpolation.segment;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The fits of a record's segments as one curve (see {@link Segmented}). On a segment's span
 * {@code [start, end]} the curve and its derivatives are that segment's; <b>inside a gap, and on a
 * segment that could not be fitted, they are {@code NaN}</b>, since nothing was observed there;
 * before the first and after the last segment they continue those segments' fits (as every
 * {@link Curve} extrapolates). The {@link #integral()} is that of the first segment, and
 * {@code NaN} from the first gap on: an integral across a gap would need the unobserved values.
 * Immutable and thread-safe.
 */
public final class SegmentedFit implements FittedCurve {

    /**
     * One segment of the record.
     *
     * @param from the index of its first sample in the whole record
     * @param to one past the index of its last sample
     * @param start its first x
     * @param end its last x
     * @param fit its fit, or {@code null} if the method could not fit it
     * @param problem why it could not be fitted, or {@code null}
     */
    public record Segment(int from, int to, double start, double end, FittedCurve fit, String problem) {

        /** @return the number of samples */
        public int size() {
            return to - from;
        }

        /**
         * @param number the segment's 1-based number
         * @return e.g. {@code "segment 2 (x 5000000 to 5001000, 1001 samples)"}
         */
        public String describe(int number) {
            return "segment " + number + " (x " + FitSummary.format(start) + " to " + FitSummary.format(end)
                    + ", " + size() + (size() == 1 ? " sample)" : " samples)");
        }
    }

    private final List<Segment> segments;
    private final double[] starts;
    private final int maxOrder;
    private final FitSummary summary;

    SegmentedFit(List<Segment> segments, GapRule rule) {
        this.segments = List.copyOf(segments);
        this.starts = segments.stream().mapToDouble(Segment::start).toArray();
        this.maxOrder = segments.stream().filter(s -> s.fit != null).mapToInt(s -> s.fit.maxOrder()).min().orElse(0);
        this.summary = summarize(rule);
    }

    /** @return the segments, in x order */
    public List<Segment> segments() {
        return segments;
    }

    private FitSummary summarize(GapRule rule) {
        if (segments.size() == 1) {
            return segments.get(0).fit.summary();
        }
        FitSummary first = segments.stream().filter(s -> s.fit != null).findFirst().orElseThrow().fit.summary();
        boolean exact = true;
        double df = 0;
        double squares = 0;
        int counted = 0;
        int fitted = 0;
        for (Segment s : segments) {
            if (s.fit != null) {
                fitted++;
                FitSummary fs = s.fit.summary();
                exact &= fs.exactDerivatives();
                df += fs.degreesOfFreedom();
                double sigma = fs.residualStandardDeviation();
                squares += sigma * sigma * s.size();
                counted += s.size();
            }
        }
        FitSummary.Builder b = FitSummary.builder(first.method(), exact).parameter("segments", segments.size())
                .parameter("fitted", fitted).parameter("gaps", rule.toString())
                .degreesOfFreedom(df).residualStandardDeviation(Math.sqrt(squares / counted))
                .standardErrors(this::standardError);
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (s.fit == null) {
                b.warning(s.describe(k + 1) + " not fitted, NaN there: " + s.problem);
            } else {
                for (String w : s.fit.summary().warnings()) {
                    b.warning("segment " + (k + 1) + ": " + w);
                }
            }
        }
        return b.build();
    }

    @Override
    public double value(double x) {
        return segments.size() == 1 ? segments.get(0).fit.value(x) : piecewise(fit -> fit).value(x);
    }

    @Override
    public double[] values(double[] x) {
        return segments.size() == 1 ? segments.get(0).fit.values(x) : piecewise(fit -> fit).values(x);
    }

    @Override
    public Curve differentiate(int order) {
        if (segments.size() == 1) {
            return order == 0 ? this : segments.get(0).fit.differentiate(order);
        }
        Samples.validateOrder(order, maxOrder, summary.method() + " in segments");
        return order == 0 ? this : piecewise(fit -> fit.differentiate(order));
    }

    @Override
    public int maxOrder() {
        return maxOrder;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    /** @return the first segment's antiderivative on it (zero at its first sample), {@code NaN} from the first gap on */
    @Override
    public Curve integral() {
        Segment first = segments.get(0);
        if (segments.size() == 1) {
            return first.fit.integral();
        }
        Curve f = first.fit == null ? null : first.fit.integral();
        return x -> f != null && x <= first.end ? f.value(x) : Double.NaN;
    }

    /**
     * Whether the fit is defined at {@code x}: x lies in (or, beyond the record, continues) a
     * segment that was fitted, not in a gap nor on a segment too short for the method.
     *
     * @param x the abscissa
     * @return false where the fit and its derivatives are NaN by design
     */
    public boolean defined(double x) {
        int k = Double.isNaN(x) ? -1 : locate(x);
        return k >= 0 && segments.get(k).fit != null;
    }

    /** @return the index of the segment whose span holds x, or -1 if x lies in a gap */
    private int locate(double x) {
        int k = Arrays.binarySearch(starts, x);
        if (k < 0) {
            k = Math.max(0, -k - 2);
        }
        if (x > segments.get(k).end && k < segments.size() - 1) {
            return -1;
        }
        return k;
    }

    /**
     * The standard error of order {@code order}: each fitted segment's own, NaN in the gaps; none
     * if a fitted segment's method gives none.
     */
    private Curve standardError(int order) {
        for (Segment s : segments) {
            if (s.fit != null && s.fit.summary().standardError(order).isEmpty()) {
                return null;
            }
        }
        return piecewise(fit -> fit.summary().standardError(order).orElseThrow());
    }

    /** A curve made of each segment's curve, NaN in the gaps and on unfitted segments. */
    private Curve piecewise(Function<FittedCurve, Curve> part) {
        Curve[] curves = new Curve[segments.size()];
        for (int k = 0; k < curves.length; k++) {
            FittedCurve fit = segments.get(k).fit;
            curves[k] = fit == null ? null : part.apply(fit);
        }
        return new Curve() {
            @Override
            public double value(double x) {
                if (Double.isNaN(x)) {
                    return Double.NaN;
                }
                int k = locate(x);
                return k < 0 || curves[k] == null ? Double.NaN : curves[k].value(x);
            }

            @Override
            public double[] values(double[] x) {
                double[] out = new double[x.length];
                int i = 0;
                while (i < x.length) {
                    int k = Double.isNaN(x[i]) ? -1 : locate(x[i]);
                    int j = i + 1;
                    double upTo = k < 0 || k == segments.size() - 1 ? Double.NaN : segments.get(k).end;
                    while (j < x.length && x[j] >= x[j - 1] && (k == segments.size() - 1 || x[j] <= upTo)) {
                        j++;
                    }
                    if (k < 0 || curves[k] == null) {
                        Arrays.fill(out, i, k < 0 ? i + 1 : j, Double.NaN);
                        j = k < 0 ? i + 1 : j;
                    } else {
                        System.arraycopy(curves[k].values(Arrays.copyOfRange(x, i, j)), 0, out, i, j - i);
                    }
                    i = j;
                }
                return out;
            }
        };
    }

    @Override
    public String toString() {
        return summary.toString();
    }
}
