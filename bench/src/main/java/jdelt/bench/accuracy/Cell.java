package jdelt.bench.accuracy;

import java.util.SplittableRandom;

/**
 * One cell of the accuracy grid: a signal sampled a given way, with a given noise model, level
 * and sample count; {@link #dataset(int)} draws the noisy data for one seed, reproducibly.
 *
 * @param signal the clean signal
 * @param sampling how the times are laid out
 * @param noise the noise model
 * @param level noise standard deviation as a fraction of the signal's standard deviation
 * @param n the number of samples
 */
public record Cell(TestSignal signal, Sampling sampling, NoiseModel noise, double level, int n) {

    /**
     * Noisy samples and the truth at the sample times.
     *
     * @param t sample times
     * @param y noisy values
     * @param clean noise-free values
     * @param d1 exact first derivative at {@code t}
     * @param d2 exact second derivative at {@code t}
     */
    public record Dataset(double[] t, double[] y, double[] clean, double[] d1, double[] d2) {
    }

    /**
     * Draws the data of this cell for one seed; the same cell and seed always give the same data.
     *
     * @param seed the seed number (0, 1, ...)
     * @return the data
     */
    public Dataset dataset(int seed) {
        SplittableRandom random = new SplittableRandom(key().hashCode() * 1_000_003L + seed);
        double[] t = sampling.times(n, signal.start(), signal.end(), random);
        double[][] truth = signal.evaluate(t);
        double[] y = noise.apply(truth[0], level, random);
        return new Dataset(t, y, truth[0], truth[1], truth[2]);
    }

    /** @return a stable text key naming the cell, e.g. {@code sines/uniform/gaussian/0.05/1000} */
    public String key() {
        return signal.name() + "/" + sampling.label() + "/" + noise.label() + "/" + level + "/" + n;
    }

    /** @return the noise level as a percentage text, e.g. {@code "5%"} */
    public String levelLabel() {
        return percent(level);
    }

    /**
     * @param level a fraction
     * @return it as a percentage text without trailing zeros
     */
    public static String percent(double level) {
        return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
