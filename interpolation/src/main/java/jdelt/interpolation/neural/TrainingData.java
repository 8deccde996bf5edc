package jdelt.interpolation.neural;

import java.util.SplittableRandom;

/**
 * Standardised, weighted training samples {@code (u, t, w)} for one network, and the two ways they
 * are cut: consecutive samples merged into weighted bin means when there are more than
 * {@link #MAX_POINTS} (the weighted mean squared error on bin means equals the error on the raw
 * samples up to a constant, to first order in the bin width), and one sample in every {@link #FOLD}
 * held out for early stopping.
 *
 * @param u the standardised abscissae, increasing
 * @param t the standardised ordinates
 * @param w the weights: how many raw samples each point stands for
 */
record TrainingData(double[] u, double[] t, double[] w) {

    /** The most points a network trains on; more samples are merged into bin means. */
    static final int MAX_POINTS = 4096;
    /** Points per held-out point. */
    static final int FOLD = 5;

    int size() {
        return u.length;
    }

    /**
     * Merges runs of {@code ceil(n / MAX_POINTS)} consecutive samples into their means, each
     * weighted by its run length; returns the samples unchanged, with unit weights, if there are at
     * most {@link #MAX_POINTS}.
     */
    static TrainingData binned(double[] u, double[] t) {
        int n = u.length;
        int group = group(n);
        int bins = (n + group - 1) / group;
        double[] bu = new double[bins];
        double[] bt = new double[bins];
        double[] bw = new double[bins];
        for (int b = 0; b < bins; b++) {
            int from = b * group;
            int to = Math.min(n, from + group);
            double su = 0;
            double st = 0;
            for (int i = from; i < to; i++) {
                su += u[i];
                st += t[i];
            }
            bu[b] = su / (to - from);
            bt[b] = st / (to - from);
            bw[b] = to - from;
        }
        return new TrainingData(bu, bt, bw);
    }

    /** @return the number of consecutive samples merged into one point, for n samples */
    private static int group(int n) {
        return (n + MAX_POINTS - 1) / MAX_POINTS;
    }

    /**
     * The sum of squares of the ordinates about their bin mean, for each bin of {@link #binned}:
     * the part of the raw samples' squared error that no fit to the bin means can reduce.
     */
    static double[] withinBinSquares(double[] t) {
        int n = t.length;
        int group = group(n);
        double[] within = new double[(n + group - 1) / group];
        for (int b = 0; b < within.length; b++) {
            int from = b * group;
            int to = Math.min(n, from + group);
            double mean = 0;
            for (int i = from; i < to; i++) {
                mean += t[i];
            }
            mean /= to - from;
            for (int i = from; i < to; i++) {
                within[b] += (t[i] - mean) * (t[i] - mean);
            }
        }
        return within;
    }

    /**
     * Draws the held-out points: one at random in each run of {@link #FOLD} interior points; the
     * first and last points always train.
     */
    boolean[] holdOut(SplittableRandom random) {
        int n = size();
        boolean[] held = new boolean[n];
        for (int from = 1; from < n - 1; from += FOLD) {
            int to = Math.min(from + FOLD, n - 1);
            held[from + random.nextInt(to - from)] = true;
        }
        return held;
    }

    /** @return the points whose {@code held} flag equals {@code wanted} */
    TrainingData select(boolean[] held, boolean wanted) {
        int count = 0;
        for (boolean h : held) {
            count += h == wanted ? 1 : 0;
        }
        double[] su = new double[count];
        double[] st = new double[count];
        double[] sw = new double[count];
        int r = 0;
        for (int i = 0; i < held.length; i++) {
            if (held[i] == wanted) {
                su[r] = u[i];
                st[r] = t[i];
                sw[r] = w[i];
                r++;
            }
        }
        return new TrainingData(su, st, sw);
    }
}
