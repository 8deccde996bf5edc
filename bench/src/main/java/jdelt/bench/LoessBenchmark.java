package jdelt.bench;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.local.LoessInterpolator;
import jdelt.interpolation.local.LowessInterpolator;
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
 * Time to fit LOESS/LOWESS (Cleveland 1979) with automatic spans and evaluate the first and
 * second derivatives at every sample: a noisy sine (5 % noise) on jittered x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LoessBenchmark {

    @Param({"100000", "1000000"})
    int n;

    double[] x;
    double[] y;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i + (i > 0 && i < n - 1 ? 0.8 * (random.nextDouble() - 0.5) : 0)) / (n - 1);
            y[i] = Math.sin(2 * Math.PI * x[i]) + 0.05 * random.nextGaussian();
        }
    }

    @Benchmark
    public double loessOrders1And2() {
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        return fit.differentiate(1).values(x)[n / 2] + fit.differentiate(2).values(x)[n / 2];
    }

    @Benchmark
    public double lowessOrders1And2() {
        FittedCurve fit = new LowessInterpolator().fit(x, y);
        return fit.differentiate(1).values(x)[n / 2] + fit.differentiate(2).values(x)[n / 2];
    }
}
