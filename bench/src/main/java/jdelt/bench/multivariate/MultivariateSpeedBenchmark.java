package jdelt.bench.multivariate;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.MultivariateInterpolator;
import jdelt.interpolation.multivariate.MultivariateMethodRegistry;
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
 * JMH speed benchmark (OpenJDK JMH, single-shot) of one registered multivariate method with its
 * defaults: fit to samples of {@code sin(3x)cos(2y)} with 5 % noise on [0, 1]², then the gradient
 * and the Hessian at every sample. {@code layout} is {@code grid:<n>} for an n × n grid or
 * {@code scattered:<n>} for n uniform points; {@code method} must be given with
 * {@code -p method=...}. Example: {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main
 * MultivariateSpeedBenchmark -p method=tensor-spline -p layout=grid:1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MultivariateSpeedBenchmark {

    /** The registered multivariate method's name. */
    @Param({})
    public String method;

    /** {@code grid:<nodes per axis>} or {@code scattered:<points>}. */
    @Param({"grid:1000", "scattered:10000", "scattered:100000"})
    public String layout;

    private MultivariateInterpolator interpolator;
    private double[][] points;
    private double[] values;

    /** Builds the method and the samples (fixed seed). */
    @Setup(Level.Trial)
    public void setUp() {
        interpolator = MultivariateMethodRegistry.byName(method).create(Map.of());
        String[] parts = layout.split(":");
        int n = Integer.parseInt(parts[1]);
        SplittableRandom random = new SplittableRandom(20261201);
        if (parts[0].equals("grid")) {
            points = new double[n * n][];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    points[i * n + j] = new double[] {(double) i / (n - 1), (double) j / (n - 1)};
                }
            }
        } else {
            points = new double[n][];
            for (int i = 0; i < n; i++) {
                points[i] = new double[] {random.nextDouble(), random.nextDouble()};
            }
        }
        values = new double[points.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(3 * points[i][0]) * Math.cos(2 * points[i][1]) + 0.05 * 0.55 * random.nextGaussian();
        }
    }

    /**
     * Fit, then gradient and Hessian at every sample.
     *
     * @param blackhole keeps the results alive
     */
    @Benchmark
    public void fitGradientHessian(Blackhole blackhole) {
        blackhole.consume(run());
    }

    /** @return the gradients and Hessians of a fresh fit at every sample */
    Object[] run() {
        FittedField fit = interpolator.fit(points, values);
        return new Object[] {fit.gradients(points), fit.hessians(points)};
    }
}
