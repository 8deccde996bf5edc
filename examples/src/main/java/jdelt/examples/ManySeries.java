package jdelt.examples;

import jdelt.interpolation.Curve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;


/**
 * User story "jdelt as a library in a pipeline over many series": the growth curves of a
 * 384-well plate reader (optical density every ~10 minutes for 24 h, logistic growth with
 * different rates, lag times and yields, with noise) are each fitted and differentiated to find
 * the maximum growth rate and when it occurs, in parallel with one shared, immutable
 * {@link Interpolator}. The true rate of a logistic curve {@code K / (1 + exp(-r (t - t0)))} is
 * {@code r K / 4} at {@code t0}, which scores the estimates.
 *
 * <p>Run: {@code examples/run ManySeries [method]} (default {@code spline}).
 */
public final class ManySeries {

    private static final int WELLS = 384;
    private static final int GRID = 2000;

    private ManySeries() {
    }

    /** One well: its samples and its true growth parameters. */
    private record Well(double[] t, double[] od, double yield, double rate, double lag) {
        double trueMaxRate() {
            return rate * yield / 4;
        }
    }

    /** What the pipeline finds for one well. */
    private record Result(double maxRate, double atTime, double trueMaxRate, double trueTime) {
        double relativeError() {
            return Math.abs(maxRate - trueMaxRate) / trueMaxRate;
        }
    }

    /** @param args optionally a method name */
    public static void main(String[] args) {
        String method = args.length > 0 ? args[0] : "spline";
        Interpolator interpolator = MethodRegistry.byName(method).create(Map.of());
        Well[] plate = IntStream.range(0, WELLS).mapToObj(ManySeries::simulate).toArray(Well[]::new);

        long start = System.nanoTime();
        Result[] results = Arrays.stream(plate).parallel().map(w -> analyse(interpolator, w)).toArray(Result[]::new);
        double seconds = (System.nanoTime() - start) / 1e9;

        double[] errors = Arrays.stream(results).mapToDouble(Result::relativeError).sorted().toArray();
        double[] timing = Arrays.stream(results).mapToDouble(r -> Math.abs(r.atTime - r.trueTime)).sorted().toArray();
        System.out.printf("%d growth curves of %d samples each, method %s, %d threads: %.2f s%n", WELLS,
                plate[0].t.length, method, Runtime.getRuntime().availableProcessors(), seconds);
        System.out.printf("maximum growth rate, relative error: median %.2f%%, 95th percentile %.2f%%%n",
                100 * errors[errors.length / 2], 100 * errors[(int) (0.95 * errors.length)]);
        System.out.printf("time of maximum growth, error: median %.1f min, 95th percentile %.1f min%n",
                60 * timing[timing.length / 2], 60 * timing[(int) (0.95 * timing.length)]);
        Result first = results[0];
        System.out.printf("well A1: %.4f OD/h at %.2f h (truth %.4f OD/h at %.2f h)%n", first.maxRate, first.atTime,
                first.trueMaxRate, first.trueTime);
    }

    /** Fits one well and finds the largest slope of the fit on a fine grid. */
    private static Result analyse(Interpolator interpolator, Well well) {
        Curve slope = interpolator.fit(well.t, well.od).differentiate(1);
        double lo = well.t[0];
        double hi = well.t[well.t.length - 1];
        double best = Double.NEGATIVE_INFINITY;
        double at = lo;
        for (int i = 0; i <= GRID; i++) {
            double t = lo + (hi - lo) * i / GRID;
            double s = slope.value(t);
            if (s > best) {
                best = s;
                at = t;
            }
        }
        return new Result(best, at, well.trueMaxRate(), well.lag);
    }

    /** A seeded well: logistic growth, samples every 10 min with jitter, noise sd 1% of the yield. */
    private static Well simulate(int index) {
        Random random = new Random(1000L + index);
        double yield = 0.8 + 0.8 * random.nextDouble();
        double rate = 0.4 + 0.8 * random.nextDouble();
        double lag = 5 + 8 * random.nextDouble();
        int n = 145;
        double[] t = new double[n];
        double[] od = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 6.0 + (i > 0 && i < n - 1 ? 0.01 * random.nextGaussian() : 0);
            od[i] = 0.05 + yield / (1 + Math.exp(-rate * (t[i] - lag))) + 0.01 * yield * random.nextGaussian();
        }
        return new Well(t, od, yield, rate, lag);
    }
}
