package jdelt.interpolation.numerics;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The one window search of the local methods (Savitzky–Golay, GLLA and GOLD dimensions, LLA lags,
 * LOESS and LOWESS bandwidths): minimises one or several scores (a cross-validation score, or one
 * estimated risk per derivative order) over an increasing grid of candidate windows, coarse to
 * fine.
 *
 * <p><b>The stopping rule.</b> The candidates are walked from small to large, first at every
 * {@value #COARSE}-nd grid point; a score stops once it has exceeded {@link #STOP_RATIO} times
 * its smallest value so far at {@value #RISES} successive coarse candidates (or the grid ends),
 * and the walk stops when every score has. Then the grid points skipped next to each score's two
 * lowest coarse candidates are scored too, and each score's smallest value over the candidates scored is
 * the answer. Scores of small windows wobble (a single candidate well above the minimum so far
 * need not mean the minimum is passed), while past the minimum a bias term
 * grows like a power of the window (the squared bias of a degree-p fit like {@code h^(2p+2)}), so
 * the rise is reached within a few grid steps; stopping there, rather than scoring the grid to
 * its end, keeps the first clear minimum (not a spurious one at windows spanning many
 * oscillations, where a bias estimate falls to zero; Hall and Marron, "Local minima in
 * cross-validation functions", JRSS B 53 (1991) 245–252) and costs a few grid steps past it,
 * not the whole grid. Walking every second point and refining near the two lowest scores about
 * 60 % of the grid's candidates; the result is the fine grid's minimum wherever the score is
 * unimodal within a coarse step ({@code jdelt.bench.WindowSearchStudy} measures both against
 * the exhaustive search).
 *
 * <p>Grids are built by {@link #geometric}, {@link #integers} and {@link #oddIntegers}. Static
 * functions; the score is called from the calling thread only.
 */
public final class WindowSearch {

    /** A score exceeding this multiple of its smallest value so far counts as a rise. */
    public static final double STOP_RATIO = 4;
    /** Successive coarse candidates with a rise that stop a score. */
    public static final int RISES = 2;
    /** The coarse walk scores every {@value}-nd grid point. */
    public static final int COARSE = 2;
    /** Grid steps either side of a window carried over from a subsample, see {@link #around}. */
    public static final int REFINE_STEPS = 2;
    /**
     * Searches on more samples than twice this are made on an evenly thinned subsample of this
     * many and refined on the full data ({@link #around}).
     */
    public static final int THINNED_SAMPLES = 20_000;

    /** Scores of one candidate window. */
    @FunctionalInterface
    public interface Scores {
        /**
         * @param candidate a grid value
         * @return one score per criterion (lower is better; +∞ for an unusable window)
         */
        double[] at(double candidate);
    }

    private WindowSearch() {
    }

    /**
     * The grid value minimising one score (the first of the smallest).
     *
     * @param grid the increasing candidates, at least one
     * @param score the score of a candidate
     * @return the chosen candidate
     */
    public static double minimise(double[] grid, DoubleUnaryOperator score) {
        return grid[minimise(grid, 1, c -> new double[] {score.applyAsDouble(c)})[0]];
    }

    /**
     * For each of {@code criteria} scores, the index of the grid value minimising it.
     *
     * @param grid the increasing candidates, at least one
     * @param criteria the number of scores {@code scores} returns
     * @param scores the scores of a candidate
     * @return the index in {@code grid} of each score's minimum
     */
    public static int[] minimise(double[] grid, int criteria, Scores scores) {
        int n = grid.length;
        double[][] scored = new double[n][];
        double[] best = new double[criteria];
        int[] at = new int[criteria];
        int[] rises = new int[criteria];
        int[] end = new int[criteria];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int g = 0; ; g = Math.min(n - 1, g + COARSE)) {
            scored[g] = scores.at(grid[g]);
            boolean searching = false;
            for (int c = 0; c < criteria; c++) {
                if (rises[c] >= RISES) {
                    continue;
                }
                double s = scored[g][c];
                if (s < best[c]) {
                    best[c] = s;
                    at[c] = g;
                }
                rises[c] = s > STOP_RATIO * best[c] ? rises[c] + 1 : 0;
                end[c] = g;
                searching |= rises[c] < RISES;
            }
            if (!searching || g == n - 1) {
                break;
            }
        }
        // the skipped grid points next to each score's two lowest coarse candidates, within its walk
        for (int c = 0; c < criteria; c++) {
            int last = end[c];
            int second = -1;
            for (int g = 0; g <= last; g++) {
                if (scored[g] != null && g != at[c] && (second < 0 || scored[g][c] < scored[second][c])) {
                    second = g;
                }
            }
            for (int centre : new int[] {at[c], second}) {
                for (int k = Math.max(0, centre - 1); centre >= 0 && k <= Math.min(last, centre + 1); k++) {
                    if (scored[k] == null) {
                        scored[k] = scores.at(grid[k]);
                    }
                }
            }
        }
        for (int c = 0; c < criteria; c++) {
            for (int g = 0; g <= end[c]; g++) {
                if (scored[g] != null && (scored[g][c] < best[c] || scored[g][c] == best[c] && g < at[c])) {
                    best[c] = scored[g][c];
                    at[c] = g;
                }
            }
        }
        return at;
    }

    /**
     * The refinement of a window chosen on a thinned subsample: the minimum of {@code score} over
     * the {@value #REFINE_STEPS} grid points either side of the one nearest to {@code centre}
     * (every one of them scored), moved along the grid while the minimum is at an end of that
     * stretch.
     *
     * @param grid the increasing candidates of the full data, at least one
     * @param centre the window carried over from the subsample
     * @param score the score on the full data
     * @return the chosen candidate
     */
    public static double around(double[] grid, double centre, DoubleUnaryOperator score) {
        int n = grid.length;
        int c = Arrays.binarySearch(grid, centre);
        c = c >= 0 ? c : Math.min(n - 1, -c - 1);
        if (c > 0 && centre / grid[c - 1] < grid[c] / centre) {
            c--;
        }
        double[] scored = new double[n];
        Arrays.fill(scored, Double.NaN);
        while (true) {
            int from = Math.max(0, c - REFINE_STEPS);
            int to = Math.min(n - 1, c + REFINE_STEPS);
            int best = from;
            for (int g = from; g <= to; g++) {
                if (Double.isNaN(scored[g])) {
                    scored[g] = score.applyAsDouble(grid[g]);
                }
                best = scored[g] < scored[best] ? g : best;
            }
            if (best == c || best > from && best < to) {
                return grid[best];
            }
            c = best;
        }
    }

    /**
     * The factor that carries a bandwidth optimal for {@code m} samples to {@code n} samples
     * of the same curve: {@code (n/m)^(-1/(2r + 2ν + 1))}, the asymptotic rate of the optimal
     * bandwidth of a local polynomial of degree p for derivative ν, with bias order
     * {@code r = p + 1 - ν} for odd {@code p - ν} and {@code p + 2 - ν} for even (J. Fan and
     * I. Gijbels, <i>Local Polynomial Modelling and Its Applications</i>, Chapman &amp; Hall
     * 1996, §3.2).
     *
     * @param degree the local polynomial degree p
     * @param order the derivative order ν
     * @param sizeRatio {@code n / m}
     * @return the factor
     */
    public static double asymptoticScale(int degree, int order, double sizeRatio) {
        int biasOrder = (degree - order) % 2 == 1 ? degree + 1 - order : degree + 2 - order;
        return Math.pow(sizeRatio, -1.0 / (2 * biasOrder + 2 * order + 1));
    }

    /**
     * Every {@code stride}-th entry of {@code v}, from the first.
     *
     * @param v the values
     * @param stride the stride, at least 1
     * @return the thinned values ({@code v} itself for stride 1)
     */
    public static double[] thin(double[] v, int stride) {
        if (stride == 1) {
            return v;
        }
        double[] out = new double[(v.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i * stride];
        }
        return out;
    }

    /**
     * The stride that thins {@code n} samples to at most {@value #THINNED_SAMPLES}, or 1 when
     * there are at most twice that many.
     *
     * @param n the number of samples
     * @return the stride
     */
    public static int thinningStride(int n) {
        return n > 2 * THINNED_SAMPLES ? (n + THINNED_SAMPLES - 1) / THINNED_SAMPLES : 1;
    }

    /**
     * A geometric grid {@code from, from·ratio, from·ratio², ...} up to {@code to}, which ends it.
     *
     * @param from the first candidate, positive
     * @param to the last candidate, at least {@code from}
     * @param ratio the ratio of successive candidates, more than 1
     * @return the grid
     */
    public static double[] geometric(double from, double to, double ratio) {
        int count = 1 + (int) Math.ceil(Math.log(to / from) / Math.log(ratio) - 1e-9);
        double[] grid = new double[Math.max(1, count)];
        for (int g = 0; g < grid.length; g++) {
            grid[g] = Math.min(to, from * Math.pow(ratio, g));
        }
        grid[grid.length - 1] = to;
        return grid;
    }

    /**
     * Whole numbers from {@code from} to {@code to} growing by {@code ratio} (rounded, at least 1
     * at a time); {@code to} ends the grid.
     *
     * @return the grid
     */
    public static double[] integers(long from, long to, double ratio) {
        return whole(from, to, ratio, 1);
    }

    /**
     * Odd numbers from {@code from} (odd) growing by {@code ratio} (rounded up to odd, at least 2
     * at a time), ended by {@code to} (which may be even).
     *
     * @return the grid
     */
    public static double[] oddIntegers(long from, long to, double ratio) {
        return whole(from, to, ratio, 2);
    }

    private static double[] whole(long from, long to, double ratio, int least) {
        double[] grid = new double[16];
        int count = 0;
        long k = Math.min(from, to);
        while (true) {
            if (count == grid.length) {
                grid = Arrays.copyOf(grid, 2 * count);
            }
            grid[count++] = k;
            if (k >= to) {
                return Arrays.copyOf(grid, count);
            }
            long next = Math.max(k + least, Math.round(k * ratio));
            if (least == 2 && next % 2 == 0) {
                next++;
            }
            k = Math.min(to, next);
        }
    }
}
