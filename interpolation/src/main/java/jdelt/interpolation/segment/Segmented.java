package jdelt.interpolation.segment;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.ReportsProgress;
import jdelt.interpolation.Samples;
import jdelt.interpolation.angle.Wrapped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * A method applied to a record that pauses: the samples are split at the gaps a {@link GapRule}
 * finds, each segment is fitted on its own by the wrapped method (with its automatic settings, so
 * a smoothing chosen for one run is not forced on another), and the segments are returned as one
 * {@link SegmentedFit}, undefined ({@code NaN}) inside the gaps. Fitting across a gap makes any
 * global smoother bridge it, which bends the slope of both runs; fitting the runs apart does not.
 * A segment the method cannot fit (too few samples) is reported in the fit's summary and left
 * {@code NaN}, not fatal; only when no segment can be fitted does {@link #fit} fail. Without gaps the
 * method fits the whole record, and its own errors reach the caller unchanged.
 *
 * <p>Immutable; one instance may fit several data sets concurrently.
 */
public final class Segmented implements ReportsProgress {

    private final Interpolator method;
    private final GapRule rule;

    private Segmented(Interpolator method, GapRule rule) {
        this.method = Objects.requireNonNull(method, "method");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * @param method the method fitted to each segment
     * @param rule where to split
     * @return the segmented method
     */
    public static Segmented of(Interpolator method, GapRule rule) {
        return new Segmented(method, rule);
    }

    /**
     * The composition a sensor log needs, the one the command line and the Spark job both fit:
     * the method on the unwrapped angle if {@code period} is a number ({@link Wrapped}), each
     * segment unwrapped on its own, and split at the gaps {@code rule} finds unless it is
     * {@link GapRule#none()}.
     *
     * @param method the method
     * @param period the period of an angle (e.g. 360), or {@code NaN} if y is no angle
     * @param rule where to split, {@link GapRule#none()} for nowhere
     * @return the method as it is fitted
     */
    public static Interpolator wrappedInSegments(Interpolator method, double period, GapRule rule) {
        Interpolator m = Double.isNaN(period) ? method : Wrapped.of(method, period);
        return rule == GapRule.none() ? m : of(m, rule);
    }

    /**
     * {@inheritDoc}
     *
     * @return the segments' fits as one curve; a {@link SegmentedFit}
     * @throws IllegalArgumentException if the samples are unusable or no segment could be fitted;
     *     the message names each segment and why it failed
     */
    @Override
    public SegmentedFit fit(double[] x, double[] y) {
        Samples.validate(x, y, 1, "a segmented fit");
        int[] breaks = rule.breaks(x);
        if (breaks.length == 0) {
            FittedCurve whole = method.fit(x, y);
            return new SegmentedFit(List.of(new SegmentedFit.Segment(0, x.length, x[0], x[x.length - 1], whole, null)), rule);
        }
        List<SegmentedFit.Segment> segments = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= breaks.length; k++) {
            int to = k < breaks.length ? breaks[k] : x.length;
            double[] sx = Arrays.copyOfRange(x, from, to);
            double[] sy = Arrays.copyOfRange(y, from, to);
            FittedCurve fit = null;
            String problem = null;
            try {
                fit = method.fit(sx, sy);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            segments.add(new SegmentedFit.Segment(from, to, sx[0], sx[sx.length - 1], fit, problem));
            from = to;
        }
        if (segments.stream().allMatch(s -> s.fit() == null)) {
            StringBuilder m = new StringBuilder("no segment could be fitted");
            for (int k = 0; k < segments.size(); k++) {
                m.append(k == 0 ? ": " : "; ").append(segments.get(k).describe(k + 1)).append(": ")
                        .append(segments.get(k).problem());
            }
            throw new IllegalArgumentException(m.toString());
        }
        return new SegmentedFit(segments, rule);
    }

    /** @return the same, passing the listener to the method if it reports progress (per segment, from 0 each time) */
    @Override
    public Interpolator withProgress(DoubleConsumer fractionDone) {
        return method instanceof ReportsProgress p ? new Segmented(p.withProgress(fractionDone), rule) : this;
    }

    @Override
    public String toString() {
        return method + " in segments (gaps: " + rule + ")";
    }
}
