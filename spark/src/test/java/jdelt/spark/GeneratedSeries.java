package jdelt.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Series for the tests and the benchmark: each with its own length, spacing (uneven, a random
 * step scale over three decades), signal (a sine plus a trend) and noise level, from a seed.
 *
 * @param name the series key
 * @param x the abscissae, strictly increasing
 * @param y the noisy ordinates
 */
record GeneratedSeries(String name, double[] x, double[] y) {

    /** The schema of {@link #rows}: {@code sensor} (string), {@code t} and {@code value} (doubles). */
    static final StructType SCHEMA = new StructType().add("sensor", DataTypes.StringType)
            .add("t", DataTypes.DoubleType).add("value", DataTypes.DoubleType);

    /**
     * @param count how many series
     * @param minLength the fewest samples in a series
     * @param maxLength the most samples in a series
     * @param seed the random seed
     * @return the series
     */
    static List<GeneratedSeries> generate(int count, int minLength, int maxLength, long seed) {
        Random r = new Random(seed);
        List<GeneratedSeries> all = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            all.add(of(String.format("s%05d", s), minLength + r.nextInt(maxLength - minLength + 1), r));
        }
        return all;
    }

    /**
     * @param name the series key
     * @param n the number of samples
     * @param r the source of the step scale, signal, noise level and noise
     * @return one series
     */
    static GeneratedSeries of(String name, int n, Random r) {
        double step = Math.pow(10, -2 + 3 * r.nextDouble());
        double omega = 2 * Math.PI * (1 + 3 * r.nextDouble()) / (n * step);
        double phase = 2 * Math.PI * r.nextDouble();
        double slope = r.nextGaussian();
        double sigma = Math.pow(10, -3 + 2 * r.nextDouble());
        double[] x = new double[n];
        double[] y = new double[n];
        x[0] = 100 * r.nextGaussian();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                x[i] = x[i - 1] + step * (0.5 + r.nextDouble());
            }
            double t = (x[i] - x[0]) / step;
            y[i] = Math.sin(omega * (x[i] - x[0]) + phase) + slope * t / n + sigma * r.nextGaussian();
        }
        return new GeneratedSeries(name, x, y);
    }

    /** @return this series as rows of {@link #SCHEMA} */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create(name, x[i], y[i]));
        }
        return rows;
    }

    /** @return the series as rows of {@link #SCHEMA} */
    static List<Row> rows(List<GeneratedSeries> series) {
        List<Row> rows = new ArrayList<>();
        series.forEach(s -> rows.addAll(s.rows()));
        return rows;
    }
}
