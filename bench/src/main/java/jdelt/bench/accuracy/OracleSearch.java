package jdelt.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Tunes a method's smoothing parameter on the truth ("oracle"): a grid of values evenly spaced on
 * a logarithmic scale, then golden-section refinement (Kiefer 1953) around the best grid value,
 * done separately for the first- and the second-derivative error on the inner 90 %. It shows how
 * much accuracy a method's automatic choice gives away; it is not available to users, who have no
 * truth.
 */
public final class OracleSearch {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /**
     * The best outcomes found.
     *
     * @param bestD1 the outcome with the smallest inner first-derivative error (its parameter set)
     * @param bestD2 the outcome with the smallest inner second-derivative error, or null if none is finite
     * @param evaluations how many fits were made
     */
    public record Result(Outcome bestD1, Outcome bestD2, int evaluations) {
    }

    private final int gridPoints;
    private final int refineSteps;

    /**
     * @param gridPoints number of log-spaced grid values (at least 3)
     * @param refineSteps fits per derivative order in the golden-section refinement (0: grid only)
     */
    public OracleSearch(int gridPoints, int refineSteps) {
        if (gridPoints < 3 || refineSteps < 0 || refineSteps == 1) {
            throw new IllegalArgumentException("oracle search needs at least 3 grid points and 0 or at least 2"
                    + " refinement fits, got " + gridPoints + " and " + refineSteps);
        }
        this.gridPoints = gridPoints;
        this.refineSteps = refineSteps;
    }

    /**
     * Searches {@code [min, max]}.
     *
     * @param fitAt fits with the given parameter value and scores the fit
     * @param min smallest value (positive)
     * @param max largest value
     * @return the best outcomes; if no fit succeeded, {@code bestD1} is the first failure
     */
    public Result search(DoubleFunction<Outcome> fitAt, double min, double max) {
        List<Outcome> tried = new ArrayList<>();
        DoubleFunction<Outcome> logged = u -> {
            Outcome o = fitAt.apply(Math.exp(u)).withParameter(Math.exp(u));
            tried.add(o);
            return o;
        };
        double lo = Math.log(min);
        double step = (Math.log(max) - lo) / (gridPoints - 1);
        Outcome[] grid = new Outcome[gridPoints];
        for (int k = 0; k < gridPoints; k++) {
            grid[k] = logged.apply(lo + k * step);
        }
        if (!refine(grid, lo, step, logged, ErrorMetrics::d1Inner)) {
            return new Result(grid[0], null, tried.size());
        }
        refine(grid, lo, step, logged, ErrorMetrics::d2Inner);
        return new Result(best(tried, ErrorMetrics::d1Inner), best(tried, ErrorMetrics::d2Inner), tried.size());
    }

    /** Golden-section search between the grid neighbours of the best grid value; false if no grid value scored. */
    private boolean refine(Outcome[] grid, double lo, double step, DoubleFunction<Outcome> logged,
                           ToDoubleFunction<ErrorMetrics> error) {
        int bestK = -1;
        for (int k = 0; k < grid.length; k++) {
            if (score(grid[k], error) < (bestK < 0 ? Double.POSITIVE_INFINITY : score(grid[bestK], error))) {
                bestK = k;
            }
        }
        if (bestK < 0) {
            return false;
        }
        if (refineSteps == 0) {
            return true;
        }
        double a = lo + Math.max(bestK - 1, 0) * step;
        double b = lo + Math.min(bestK + 1, grid.length - 1) * step;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = score(logged.apply(c), error);
        double fd = score(logged.apply(d), error);
        for (int i = 2; i < refineSteps; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = score(logged.apply(c), error);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = score(logged.apply(d), error);
            }
        }
        return true;
    }

    private static Outcome best(List<Outcome> tried, ToDoubleFunction<ErrorMetrics> error) {
        Outcome best = null;
        for (Outcome o : tried) {
            if (score(o, error) < (best == null ? Double.POSITIVE_INFINITY : score(best, error))) {
                best = o;
            }
        }
        return best;
    }

    private static double score(Outcome o, ToDoubleFunction<ErrorMetrics> error) {
        if (!o.ok()) {
            return Double.POSITIVE_INFINITY;
        }
        double e = error.applyAsDouble(o.metrics());
        return Double.isFinite(e) ? e : Double.POSITIVE_INFINITY;
    }
}
