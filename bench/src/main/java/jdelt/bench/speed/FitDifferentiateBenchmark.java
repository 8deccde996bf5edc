package jdelt.bench.speed;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;


import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH speed benchmark (Shipilëv, OpenJDK JMH) of one registered method with its default settings:
 * fit to n noisy samples on jittered x, then the first and second derivative at every sample.
 * The method is chosen by name from {@link MethodRegistry}, so every registered method is covered;
 * {@code method} has no compiled-in values and must be given with {@code -p method=...} (the
 * {@link SpeedBenchmarks} runner passes every registered name).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FitDifferentiateBenchmark {

    /** The registered method's name. */
    @Param({})
    public String method;

    /** The number of samples. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int n;

    private Interpolator interpolator;
    private double[] x;
    private double[] y;

    /** Builds the method and the data: two sines on jittered x in [0, 10], 5 % Gaussian noise, fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
        interpolator = MethodRegistry.byName(method).create(Map.of());
        double[][] xy = samples(n);
        x = xy[0];
        y = xy[1];
    }

    /**
     * The benchmark's data: two sines on jittered x in [0, 10], 5 % Gaussian noise, fixed seed.
     *
     * @param n the number of samples
     * @return {@code {x, y}}
     */
    public static double[][] samples(int n) {
        SplittableRandom random = new SplittableRandom(20201);
        double[] x = new double[n];
        double[] y = new double[n];
        double h = 10.0 / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = i * h + (i == 0 || i == n - 1 ? 0 : (random.nextDouble() - 0.5) * 0.8 * h);
            y[i] = Math.sin(x[i]) + 0.5 * Math.sin(3.1 * x[i]) + 0.05 * 0.8 * random.nextGaussian();
        }
        return new double[][] {x, y};
    }

    /**
     * Fit, then first and second derivative at every sample (the second only if the method has one).
     *
     * @param blackhole keeps the results alive
     */
    @Benchmark
    public void fitAndDifferentiate(Blackhole blackhole) {
        FittedCurve fit = interpolator.fit(x, y);
        blackhole.consume(fit.differentiate(1).values(x));
        if (fit.maxOrder() >= 2) {
            blackhole.consume(fit.differentiate(2).values(x));
        }
    }
}
