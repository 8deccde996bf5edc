package jdelt.interpolation.neural;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import jdelt.interpolation.numerics.NoiseEstimate;

/**
 * Trains one {@link ShallowNetwork} with its capacity chosen by validation: for 4, 8, 16, …
 * tanh units placed deterministically ({@link TanhLayer}) the output layer is solved in closed
 * form with its smoothing parameter chosen by GCV ({@link OutputLayer}) on four points in five,
 * and scored by its mean squared error on the fifth; the width doubles until a doubling fails to
 * lower that error by {@link #GAIN} once it is near the noise ({@link #UNDERFIT}) (growing a network until the validation error stops
 * improving: Ash, "Dynamic node creation in backpropagation networks", Connection Science 1, 1989).
 * The chosen width is then refitted on all points (single networks). The cost depends on the number of training
 * points (bounded by binning) and units, not on the number of samples.
 */
final class CapacitySearch {

    /** The fewest units. */
    static final int FEWEST = 4;
    /** The most units: the weights of 1024 units (3073) stay within {@link NetworkSettings#MAX_WEIGHTS}. */
    static final int MOST = 1024;
    /** A wider network must lower the held-out error by this factor to count as better. */
    static final double GAIN = 0.98;
    /**
     * Doublings without a gain before the search stops: one, since with the curvature penalty
     * chosen by GCV more units than needed change the fit little (measured: a second doubling
     * changed no chosen width on sines of 1, 2, 16 and 120 periods and cost half the time).
     */
    static final int PATIENCE = 1;
    /**
     * While the best held-out error exceeds this multiple of the noise variance estimated from the
     * training points alone ({@link NoiseEstimate}), the network is still too narrow for the signal
     * and the width keeps doubling even without a gain (a few units cannot follow many oscillations
     * at all, so their error does not fall until the width reaches the number of oscillations).
     */
    static final double UNDERFIT = 2;

    /**
     * The width of the network whose posterior gives a single network's standard errors, over the
     * chosen width: at the chosen width the span of the units, not the curvature penalty, often
     * limits the fit, and the posterior of such a fit misses its bias; at twice the width the penalty
     * chosen by GCV limits it, as the Bayesian band assumes (Nychka, JASA 83, 1988). The estimate
     * stays the chosen width's, which is more accurate (used as the estimate, the wider fit's d2
     * error was 1.47 times as large). Measured by the accuracy benchmark ({@code --methods neural
     * --no-oracle --budget 0}, 163 cells): mean coverage of the 95 % band, d1 / d2, 0.81 / 0.76
     * with the chosen width's own posterior, 0.91 / 0.91 with this one (README, neural section).
     */
    static final int BAND_WIDTH_FACTOR = 2;

    /**
     * A trained member and what was chosen for it.
     *
     * @param network the member
     * @param band the network whose posterior gives the standard errors of a single member, fitted
     *     on first use (so fits whose standard errors are not asked for do not pay for it); the member
     *     itself for ensemble members (whose spread is the band)
     */
    record Result(ShallowNetwork network, Supplier<ShallowNetwork> band, double relativeLambda,
                  double degreesOfFreedom, double validationLoss) {
    }

    private CapacitySearch() {
    }

    /**
     * @param data the standardised training points
     * @param within the sum of squares of the raw samples about each point (bin), or zeros
     * @param random draws the held-out points and, if {@code shifted}, the shift of the centres
     * @param shifted for ensemble members: move the centres by a random fraction of a spacing and
     *     keep the network fitted to the member's four points in five (so that members differ by
     *     their data, as in subsampling: Bühlmann &amp; Yu, Ann. Statist. 30, 2002), instead of
     *     refitting the chosen width to all points
     * @param relativeLambda a fixed smoothing parameter, or NaN to choose it by GCV
     * @param progress receives (step, steps) after every width tried
     */
    static Result train(TrainingData data, double[] within, SplittableRandom random, boolean shifted,
                        double relativeLambda, Trainer.Progress progress) {
        boolean[] held = data.holdOut(random);
        double shift = shifted ? random.nextDouble() : 0;
        TrainingData train = data.select(held, false);
        TrainingData valid = data.select(held, true);
        double withinTrain = 0;
        double withinAll = 0;
        for (int i = 0; i < within.length; i++) {
            withinAll += within[i];
            withinTrain += held[i] ? 0 : within[i];
        }
        int most = most(distinct(train.u()));
        int steps = steps(data.size());
        int bestUnits = FEWEST;
        OutputLayer.Solution best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int since = 0;
        int step = 0;
        double noise = NoiseEstimate.variance(train.u(), train.t(), train.w());
        for (int units = FEWEST; units <= most && since < PATIENCE; units *= 2) {
            OutputLayer.Solution s = solve(new OutputLayer(TanhLayer.place(train.u(), units, shift), train,
                    withinTrain), relativeLambda);
            double loss = s.network() == null ? Double.POSITIVE_INFINITY : validationLoss(s.network(), valid);
            if (loss < GAIN * bestLoss || bestLoss == Double.POSITIVE_INFINITY) {
                bestLoss = Math.min(loss, bestLoss);
                bestUnits = units;
                best = s;
                since = 0;
            } else if (bestLoss <= UNDERFIT * noise) {
                since++;
            }
            progress.report(++step, Double.NaN, loss);
        }
        OutputLayer.Solution s = shifted && best != null && best.network() != null ? best
                : solve(new OutputLayer(TanhLayer.place(data.u(), bestUnits, shift), data, withinAll), relativeLambda);
        int wide = shifted ? bestUnits : Math.min(BAND_WIDTH_FACTOR * bestUnits, most(distinct(data.u())));
        ShallowNetwork chosen = s.network();
        double all = withinAll;
        Supplier<ShallowNetwork> band = wide <= bestUnits || chosen == null ? () -> chosen
                : new Once<>(() -> {
                    ShallowNetwork wider = solve(new OutputLayer(TanhLayer.place(data.u(), wide, 0), data, all),
                            relativeLambda).network();
                    return wider != null ? wider : chosen;
                });
        progress.report(steps, Double.NaN, bestLoss);
        return new Result(chosen, band, s.relativeLambda(), s.degreesOfFreedom(), bestLoss);
    }

    /** A value computed on first use, once, safely from several threads. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }

    /** @return the widest network tried on {@code points} distinct training inputs: half as many units */
    private static int most(int points) {
        return Math.max(FEWEST, Math.min(MOST, points / 2));
    }

    /** @return the most progress steps of a search on {@code points} points: every width, then the refit */
    static int steps(int points) {
        return 2 + Integer.numberOfTrailingZeros(Integer.highestOneBit(most(points)) / FEWEST);
    }

    private static OutputLayer.Solution solve(OutputLayer layer, double relativeLambda) {
        return Double.isNaN(relativeLambda) ? layer.byGcv() : layer.solve(relativeLambda);
    }

    private static int distinct(double[] u) {
        int count = u.length > 0 ? 1 : 0;
        for (int i = 1; i < u.length; i++) {
            count += u[i] > u[i - 1] ? 1 : 0;
        }
        return count;
    }

    /**
     * The held-out error: the mean over held-out points of the weight times the squared error, for
     * bin means (weight = count) an estimate of the raw samples' mean squared error about the fit.
     */
    static double validationLoss(Member network, TrainingData valid) {
        int n = valid.size();
        if (n == 0) {
            return 0;
        }
        double[][] f = new double[1][n];
        network.evaluator(n, 0).derivatives(valid.u(), n, f);
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = valid.t()[i] - f[0][i];
            sse += valid.w()[i] * r * r;
        }
        return sse / n;
    }
}
