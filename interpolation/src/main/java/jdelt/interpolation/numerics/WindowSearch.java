package jdelt.interpolation.numerics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The one window search of the local methods (Savitzky–Golay, GLLA and GOLD dimensions, LLA lags,
 * LOESS and LOWESS bandwidths): minimises one or several scores (a cross-validation score, or one
 * estimated risk per derivative order) over a grid of candidate windows walked in order, and,
 * on many samples, the same search on a thinned subsample refined on the full data.
 *
 * <p><b>The stopping rule.</b> The candidates are walked in order (from small windows to large,
 * or from a starting window downwards); a score stops once it has exceeded {@code ratio} times
 * its smallest value so far at {@code rises} successive candidates (or the grid ends), the walk
 * stops when every score has, and each score's smallest value over the candidates it walked is
 * the answer. Two settings of the rule serve the methods ({@link Rule}): {@link Rule#PATIENT}
 * (ratio 1 at five successive candidates: five candidates without improvement), for the
 * cross-validation of the embedding dimension and the plug-in risks of GOLD and LLA, whose
 * estimates past their first clear minimum drift down again at windows spanning many
 * oscillations, where a bias estimate falls to zero; and {@link Rule#RISE} (ratio 4 at two
 * successive candidates), for scores that wobble by up to about a third at small windows but rise
 * steeply past the minimum (a squared bias growing like {@code h^(2p+2)} for degree p): the
 * leave-one-out score of Savitzky–Golay and GLLA, and the bias-corrected risk of LOESS (Hall and
 * Marron, "Local minima in cross-validation functions", JRSS B 53 (1991) 245–252, on criteria
 * with several local minima). {@code jdelt.bench.WindowSearchStudy} measures the rule against the
 * exhaustive search.
 *
 * <p>Grids are built by {@link #geometric}, {@link #integers} and {@link #oddIntegers}. Static
 * functions; the score is called from the calling thread only.
 */
public final class WindowSearch {

    /**
     * A setting of the stopping rule: a score stops once it has exceeded {@code ratio} times its
     * smallest value so far at {@code rises} successive candidates.
     *
     * @param ratio the multiple of the smallest score so far that counts as a rise, at least 1
     * @param rises the successive rises that stop the score, at least 1
     */
    public record Rule(double ratio, int rises) {
        /** Five successive candidates without improvement. */
        public static final Rule PATIENT = new Rule(1, 5);
        /** Two successive candidates above four times the smallest score so far. */
        public static final Rule RISE = new Rule(4, 2);
    }

    /** Grid steps either side of a window carried over from a subsample, see {@link #around}. */
    public static final int REFINE_STEPS = 1;
    /**
     * Searches on more samples than twice this are made on an evenly thinned subsample and
     * refined on the full data ({@link #around}); the subsample is thinned again while it is that
     * large, at most {@value #LEVEL_RATIO} times per level ({@link #levelStride}), so every
     * window carried up is refined at a size within that ratio. {@code jdelt.bench.WindowSearchStudy}
     * ({@code thinned}) measures the windows against the search on the full data.
     */
    public static final int THINNED_SAMPLES = 20_000;
    /** The largest thinning between two levels of a multilevel search ({@link #levelStride}). */
    public static final int LEVEL_RATIO = 8;
    /**
     * Above this many samples a window carried up from the level below is not refined again: the
     * asymptotic rate ({@link #asymptoticScale}) carries it the last, at most
     * {@value #LEVEL_RATIO}-fold, step. {@code jdelt.bench.WindowSearchStudy} ({@code thinned})
     * compares the window with the coarse-to-fine search on the full data: at 4·10^5 samples it
     * was 0.47 to 1.16 times as wide (0.67 to 0.80 in most cases, one or two grid steps narrower),
     * with a leave-one-out score at most 0.08 % above the full search's; at 10^5 (refined) the same
     * window in 10 of 10 cases ({@code bench/results/window-search.md}).
     */
    public static final int REFINED_SAMPLES = 200_000;

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
     * The grid value minimising one score (the first of the smallest) under the stopping rule.
     *
     * @param grid the candidates in the order they are walked, at least one
     * @param rule the stopping rule's setting
     * @param score the score of a candidate
     * @return the chosen candidate
     */
    public static double minimise(double[] grid, Rule rule, DoubleUnaryOperator score) {
        return grid[minimise(grid, rule, 1, c -> new double[] {score.applyAsDouble(c)})[0]];
    }

    /**
     * For each of {@code criteria} scores, the index of the grid value minimising it under the
     * stopping rule.
     *
     * @param grid the candidates in the order they are walked, at least one
     * @param rule the stopping rule's setting
     * @param criteria the number of scores {@code scores} returns
     * @param scores the scores of a candidate
     * @return the index in {@code grid} of each score's minimum
     */
    public static int[] minimise(double[] grid, Rule rule, int criteria, Scores scores) {
        double[] best = new double[criteria];
        int[] at = new int[criteria];
        int[] rises = new int[criteria];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int g = 0; g < grid.length; g++) {
            double[] s = scores.at(grid[g]);
            boolean searching = false;
            for (int c = 0; c < criteria; c++) {
                if (rises[c] >= rule.rises()) {
                    continue;
                }
                if (s[c] < best[c]) {
                    best[c] = s[c];
                    at[c] = g;
                }
                rises[c] = s[c] > rule.ratio() * best[c] ? rises[c] + 1 : 0;
                searching |= rises[c] < rule.rises();
            }
            if (!searching) {
                break;
            }
        }
        return at;
    }

    /**
     * Coarse to fine: {@link #minimise} over every other grid value (the last always included),
     * then {@link #around} the coarse minimum on the whole grid, no value scored twice: about half
     * the scores of the walk over the whole grid, the same minimum where the score has one basin.
     * On the accuracy benchmark ({@code jdelt.bench.accuracy.AccuracyBenchmark --grid all}) the
     * errors of {@code savgol}, {@code glla} and {@code gold} stayed within 2 % of those of the
     * walk over the whole grid (geometric means over the cells).
     *
     * @param grid the increasing candidates, at least one
     * @param rule the stopping rule's setting, applied to the coarse grid
     * @param score the score of a candidate
     * @return the chosen candidate
     */
    public static double coarseToFine(double[] grid, Rule rule, DoubleUnaryOperator score) {
        double[] coarse = new double[(grid.length + 2) / 2];
        for (int g = 0; g < coarse.length; g++) {
            coarse[g] = grid[Math.min(grid.length - 1, 2 * g)];
        }
        Map<Double, Double> scored = new HashMap<>();
        DoubleUnaryOperator once = c -> scored.computeIfAbsent(c, score::applyAsDouble);
        return around(grid, minimise(coarse, rule, once), once);
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
        // every candidate of the stretch is scored, so no stopping rule is involved
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
     * The stride that thins {@code n} samples to at most {@code limit}, or 1 when there are at
     * most twice that many.
     *
     * @param n the number of samples
     * @param limit the most samples after thinning
     * @return the stride
     */
    public static int thinningStride(int n, int limit) {
        return n > 2 * limit ? (n + limit - 1) / limit : 1;
    }

    /**
     * The stride of one level of a multilevel search: 1 for at most {@code 2 ·}
     * {@value #THINNED_SAMPLES} samples, else the stride to {@value #THINNED_SAMPLES} samples or
     * {@value #LEVEL_RATIO}, whichever is smaller.
     *
     * @param n the number of samples
     * @return the stride
     */
    public static int levelStride(int n) {
        return Math.min(LEVEL_RATIO, thinningStride(n, THINNED_SAMPLES));
    }

    /**
     * A window carried from a thinned level to {@code n} samples: refined there by {@link #around}
     * when {@code n} is at most {@value #REFINED_SAMPLES}, else returned as carried.
     *
     * @param grid the increasing candidates of the full data
     * @param n the number of samples
     * @param carried the window carried up from the level below
     * @param score the score on the full data
     * @return the chosen candidate
     */
    public static double refine(double[] grid, int n, double carried, DoubleUnaryOperator score) {
        return n <= REFINED_SAMPLES ? around(grid, carried, score) : carried;
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
