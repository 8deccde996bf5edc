package jdelt.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodRegistry;

/**
 * Compares the default settings of registered methods on noisy test signals: the median, over
 * seeds, of the root-mean-square error of the first and second derivatives against the truth, on
 * the middle 90 % of the sampled range, for non-uniform x. Each argument is a method name,
 * optionally followed by settings: {@code name[:key=value;key=value]}. Usage:
 * {@code java -cp bench/target/benchmarks.jar jdelt.bench.NoisyDerivativeComparison neural spline
 * "neural:activation=silu;hidden=32,32"}.
 */
public final class NoisyDerivativeComparison {

    private static final int SEEDS = 5;

    private NoisyDerivativeComparison() {
    }

    /** A test signal on [0, length] with its first two derivatives. */
    private record Signal(String name, double length, DoubleUnaryOperator f, DoubleUnaryOperator d1,
                          DoubleUnaryOperator d2) {
    }

    private static final List<Signal> SIGNALS = List.of(
            new Signal("sin, 2 periods", 4 * Math.PI, Math::sin, Math::cos, v -> -Math.sin(v)),
            new Signal("bump + sin", 4,
                    v -> Math.exp(-8 * (v - 2) * (v - 2)) + 0.5 * Math.sin(v),
                    v -> -16 * (v - 2) * Math.exp(-8 * (v - 2) * (v - 2)) + 0.5 * Math.cos(v),
                    v -> (256 * (v - 2) * (v - 2) - 16) * Math.exp(-8 * (v - 2) * (v - 2)) - 0.5 * Math.sin(v)));

    /**
     * Prints one line per method, signal, size and noise level.
     *
     * @param args the methods to compare, each {@code name[:key=value;key=value]}
     */
    public static void main(String[] args) {
        System.out.println("method | signal | n | noise sd | median rms d1 | median rms d2 | median fit s");
        for (String name : args) {
            Interpolator method = create(name);
            for (Signal s : SIGNALS) {
                for (int n : new int[] {200, 1000}) {
                    for (double noise : new double[] {0.05, 0.10}) {
                        double[][] errors = new double[3][SEEDS];
                        for (int seed = 0; seed < SEEDS; seed++) {
                            double[] e = run(method, s, n, noise, seed);
                            for (int k = 0; k < 3; k++) {
                                errors[k][seed] = e[k];
                            }
                        }
                        System.out.printf("%s | %s | %d | %.2f | %.4f | %.4f | %.3f%n", name, s.name(), n, noise,
                                median(errors[0]), median(errors[1]), median(errors[2]));
                    }
                }
            }
        }
    }

    private static Interpolator create(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return MethodRegistry.byName(spec).create(Map.of());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : spec.substring(colon + 1).split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("setting '" + pair + "' in '" + spec + "' is not key=value");
            }
            settings.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return MethodRegistry.byName(spec.substring(0, colon)).create(settings);
    }

    private static double[] run(Interpolator method, Signal s, int n, double noise, int seed) {
        Random random = new Random(1000 + seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.length() * (i + 0.8 * random.nextDouble()) / n;
            y[i] = s.f().applyAsDouble(x[i]) + noise * random.nextGaussian();
        }
        long start = System.nanoTime();
        FittedCurve fit = method.fit(x, y);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] q = new double[500];
        for (int k = 0; k < q.length; k++) {
            q[k] = s.length() * (0.05 + 0.9 * k / (q.length - 1.0));
        }
        return new double[] {rms(fit.differentiate(1).values(q), q, s.d1()),
            rms(fit.differentiate(2).values(q), q, s.d2()), seconds};
    }

    private static double rms(double[] estimate, double[] q, DoubleUnaryOperator truth) {
        double sum = 0;
        for (int k = 0; k < q.length; k++) {
            double e = estimate[k] - truth.applyAsDouble(q[k]);
            sum += e * e;
        }
        return Math.sqrt(sum / q.length);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
