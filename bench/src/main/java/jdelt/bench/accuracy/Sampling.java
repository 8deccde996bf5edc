package jdelt.bench.accuracy;

import java.util.random.RandomGenerator;

/**
 * How sample times are laid out on a signal's interval: uniform, jittered, uniform with gaps,
 * log-spaced (as in dose-response data) or in tight clusters.
 */
public enum Sampling {

    /** Equally spaced, both ends included. */
    UNIFORM,
    /** Equally spaced, then every inner time moved by a uniform random amount within ±0.4 spacings. */
    JITTERED,
    /**
     * Equally spaced over the interval minus three gaps, each 1/15 of the interval long, placed at
     * random in the three thirds of the inner 80 % (so 20 % of the interval has no samples).
     */
    GAPPY,
    /**
     * Log-spaced from the left end: {@code t = start + L (1000^u - 1) / 999} for equally spaced u in
     * [0, 1], so the spacing grows a thousandfold along the record.
     */
    LOG,
    /**
     * In groups of {@value #CLUSTER} consecutive samples a hundredth of the mean group spacing apart
     * (clustered replicates), the groups equally spaced over the interval; n must be a multiple of
     * {@value #CLUSTER}.
     */
    CLUSTERED;

    /** Samples per cluster of {@link #CLUSTERED}. */
    public static final int CLUSTER = 10;

    /**
     * Draws sample times.
     *
     * @param n the number of samples (at least 2)
     * @param start left end (always sampled)
     * @param end right end (always sampled)
     * @param random the source of randomness
     * @return n strictly increasing times in {@code [start, end]}
     */
    public double[] times(int n, double start, double end, RandomGenerator random) {
        double length = end - start;
        double[] t = new double[n];
        switch (this) {
            case UNIFORM -> {
                for (int i = 0; i < n; i++) {
                    t[i] = start + length * i / (n - 1);
                }
            }
            case JITTERED -> {
                double h = length / (n - 1);
                for (int i = 0; i < n; i++) {
                    double jitter = (i == 0 || i == n - 1) ? 0 : (random.nextDouble() - 0.5) * 0.8 * h;
                    t[i] = start + h * i + jitter;
                }
            }
            case GAPPY -> {
                double gap = length / 15;
                double slot = 0.8 * length / 3;
                double[] gapStart = new double[3];
                for (int g = 0; g < 3; g++) {
                    gapStart[g] = start + 0.1 * length + g * slot + random.nextDouble() * (slot - gap);
                }
                double kept = length - 3 * gap;
                for (int i = 0; i < n; i++) {
                    double u = start + kept * i / (n - 1);
                    for (double g : gapStart) {
                        if (u >= g) {
                            u += gap;
                        }
                    }
                    t[i] = Math.min(u, end);
                }
            }
            case LOG -> {
                for (int i = 0; i < n; i++) {
                    t[i] = start + length * (Math.pow(1000, (double) i / (n - 1)) - 1) / 999;
                }
                t[n - 1] = end;
            }
            case CLUSTERED -> {
                if (n % CLUSTER != 0 || n < 2 * CLUSTER) {
                    throw new IllegalArgumentException("clustered sampling needs a multiple of " + CLUSTER
                            + " samples, at least " + 2 * CLUSTER + ", got " + n);
                }
                int groups = n / CLUSTER;
                double within = 0.01 * length / groups;
                double spacing = (length - (CLUSTER - 1) * within) / (groups - 1);
                for (int i = 0; i < n; i++) {
                    t[i] = start + (i / CLUSTER) * spacing + (i % CLUSTER) * within;
                }
                t[n - 1] = end;
            }
            default -> throw new IllegalStateException(name());
        }
        return t;
    }

    /** @return the lower-case name used in tables */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
