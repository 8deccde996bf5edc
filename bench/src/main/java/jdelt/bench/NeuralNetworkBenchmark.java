package jdelt.bench;

import jdelt.interpolation.Curve;
import jdelt.interpolation.neural.NeuralNetworkFit;
import jdelt.interpolation.neural.NeuralNetworkInterpolator;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the {@code neural} method: training the default network on 1,000 noisy samples of two
 * periods of sin, and evaluating its first and second derivatives at 10^6 points. Run with
 * {@code java -jar bench/target/benchmarks.jar NeuralNetworkBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class NeuralNetworkBenchmark {

    /** Hidden-layer widths, comma separated. */
    @Param({"16,16", "32,32"})
    public String hidden;

    private double[] x;
    private double[] y;
    private double[] grid;
    private NeuralNetworkInterpolator method;
    private NeuralNetworkFit fit;
    private Curve d1;
    private Curve d2;

    /** Builds the samples, the evaluation grid and one fit to evaluate. */
    @Setup
    public void setUp() {
        Random random = new Random(1);
        int n = 1000;
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * Math.PI * (i + 0.8 * random.nextDouble()) / n;
            y[i] = Math.sin(x[i]) + 0.05 * random.nextGaussian();
        }
        int[] widths = java.util.Arrays.stream(hidden.split(",")).mapToInt(Integer::parseInt).toArray();
        method = new NeuralNetworkInterpolator().withHiddenLayers(widths);
        fit = method.fit(x, y);
        d1 = fit.differentiate(1);
        d2 = fit.differentiate(2);
        grid = new double[1_000_000];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 4 * Math.PI * i / grid.length;
        }
    }

    /** Trains one network on 1,000 samples (single-threaded). */
    @Benchmark
    public NeuralNetworkFit train1000() {
        return method.fit(x, y);
    }

    /** Evaluates the first and the second derivative at 10^6 points. */
    @Benchmark
    public double evaluateD1D2Million() {
        return d1.values(grid)[12345] + d2.values(grid)[54321];
    }

    /** Evaluates orders 0 to 2 at 10^6 points in one pass. */
    @Benchmark
    public double evaluateOrders0To2Million() {
        return fit.derivatives(grid, 2)[2][54321];
    }
}
