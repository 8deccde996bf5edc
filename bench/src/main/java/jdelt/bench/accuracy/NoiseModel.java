package jdelt.bench.accuracy;

import java.util.random.RandomGenerator;

/**
 * Additive measurement noise whose standard deviation is a given fraction of the clean signal's
 * standard deviation: Gaussian, Laplace (heavy-tailed, same standard deviation), Gaussian plus
 * 1 % gross outliers, or Gaussian with a standard deviation that varies along the record.
 */
public enum NoiseModel {

    /** Independent Gaussian errors. */
    GAUSSIAN,
    /** Independent Laplace errors with scale σ/√2, so the standard deviation is σ. */
    LAPLACE,
    /**
     * Gaussian errors, and at 1 % of the points (at least one), chosen at random, an extra error of
     * ±{@value #OUTLIER_SIZE} signal standard deviations with random sign.
     */
    OUTLIERS,
    /**
     * Gaussian errors whose standard deviation grows by a factor {@value #HETEROSCEDASTIC_RANGE}
     * from the first sample to the last, exponentially in the sample index, scaled so that its
     * root mean square over the record is the level (heteroscedastic noise).
     */
    HETEROSCEDASTIC;

    /** Ratio of the last to the first sample's noise deviation for {@link #HETEROSCEDASTIC}. */
    public static final double HETEROSCEDASTIC_RANGE = 25;

    /** The size of a gross outlier, in standard deviations of the clean signal. */
    public static final double OUTLIER_SIZE = 5;

    /**
     * Adds noise.
     *
     * @param clean the noise-free values
     * @param level the noise standard deviation as a fraction of the standard deviation of {@code clean}
     * @param random the source of randomness
     * @return a new array: clean values plus noise
     */
    public double[] apply(double[] clean, double level, RandomGenerator random) {
        double scale = standardDeviation(clean);
        double sigma = level * scale;
        double[] y = clean.clone();
        double[] relative = relativeDeviation(y.length);
        for (int i = 0; i < y.length; i++) {
            y[i] += switch (this) {
                case GAUSSIAN, OUTLIERS -> sigma * random.nextGaussian();
                case LAPLACE -> laplace(sigma / Math.sqrt(2), random);
                case HETEROSCEDASTIC -> sigma * relative[i] * random.nextGaussian();
            };
        }
        if (this == OUTLIERS) {
            int count = Math.max(1, (int) Math.round(0.01 * y.length));
            boolean[] hit = new boolean[y.length];
            while (count > 0) {
                int i = random.nextInt(y.length);
                if (!hit[i]) {
                    hit[i] = true;
                    y[i] += (random.nextBoolean() ? 1 : -1) * OUTLIER_SIZE * scale;
                    count--;
                }
            }
        }
        return y;
    }

    /**
     * @param n the number of samples
     * @return each sample's noise deviation relative to the level: 1 except for
     *     {@link #HETEROSCEDASTIC}, whose deviations have root mean square 1
     */
    public double[] relativeDeviation(int n) {
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1);
        if (this == HETEROSCEDASTIC) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                r[i] = Math.pow(HETEROSCEDASTIC_RANGE, n == 1 ? 0 : (double) i / (n - 1));
                sum += r[i] * r[i];
            }
            double norm = Math.sqrt(sum / n);
            for (int i = 0; i < n; i++) {
                r[i] /= norm;
            }
        }
        return r;
    }

    private static double laplace(double b, RandomGenerator random) {
        double u = random.nextDouble() - 0.5;
        return -b * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }

    /**
     * @param v values
     * @return the population standard deviation of {@code v}
     */
    public static double standardDeviation(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / v.length);
    }

    /** @return the lower-case name used in tables */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
