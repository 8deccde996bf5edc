package jdelt.interpolation;

import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Measurement harness (not a unit test): accuracy of the automatic LOESS span against the best
 * fixed span found on the truth, and timing at large n. Run from the module directory after
 * {@code mvn -q -pl interpolation -am test-compile}:
 * <pre>
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure accuracy
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure timing 1000000
 * </pre>
 */
final class LoessMeasure {

    private LoessMeasure() {
    }

    /** A test signal with its first two derivatives. */
    record Signal(String name, DoubleUnaryOperator f, DoubleUnaryOperator d1, DoubleUnaryOperator d2) {
        double derivative(int order, double x) {
            return (order == 0 ? f : order == 1 ? d1 : d2).applyAsDouble(x);
        }
    }

    static final double W = 2 * Math.PI;
    static final Signal SINE = new Signal("sine", x -> Math.sin(W * x), x -> W * Math.cos(W * x),
            x -> -W * W * Math.sin(W * x));
    static final Signal BUMP = new Signal("bump", x -> Math.exp(-sq(x - 0.5) / 0.02),
            x -> -(x - 0.5) / 0.01 * Math.exp(-sq(x - 0.5) / 0.02),
            x -> (sq(x - 0.5) / 1e-4 - 1 / 0.01) * Math.exp(-sq(x - 0.5) / 0.02));

    static double sq(double v) {
        return v * v;
    }

    /** Uniform or jittered abscissae on [0, 1]. */
    static double[] abscissae(int n, boolean jitter, Random random) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double offset = jitter && i > 0 && i < n - 1 ? 0.8 * (random.nextDouble() - 0.5) : 0;
            x[i] = (i + offset) / (n - 1);
        }
        return x;
    }

    static double[] noisy(Signal s, double[] x, double sigma, Random random) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = s.f().applyAsDouble(x[i]) + sigma * random.nextGaussian();
        }
        return y;
    }

    /** RMS error over the samples in the central 90 %, relative to the RMS of the true derivative. */
    static double relativeError(Curve c, Signal s, int order, double[] x) {
        double[] est = c.values(x);
        double err = 0;
        double ref = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0.05 || x[i] > 0.95) {
                continue;
            }
            double truth = s.derivative(order, x[i]);
            err += sq(est[i] - truth);
            ref += truth * truth;
        }
        return Math.sqrt(err / ref);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("timing")) {
            timing(Integer.parseInt(args[1]));
        } else {
            accuracy(args.length > 1 ? Integer.parseInt(args[1]) : 1000);
        }
    }

    static void accuracy(int n) {
        System.out.println("n=" + n + "; relative RMS error on the central 90%; oracle = best fixed span on the truth");
        System.out.println("signal jitter noise order | auto span  auto err | oracle span oracle err | ratio");
        for (Signal s : new Signal[] {SINE, BUMP}) {
            for (boolean jitter : new boolean[] {false, true}) {
                for (double noise : new double[] {0.01, 0.03, 0.10}) {
                    Random random = new Random(42);
                    double[] x = abscissae(n, jitter, random);
                    double[] y = noisy(s, x, noise, random);
                    LoessFit fit = new LoessInterpolator().fit(x, y);
                    for (int order = 0; order <= 2; order++) {
                        double auto = relativeError(fit.differentiate(order), s, order, x);
                        double bestSpan = 0;
                        double best = Double.POSITIVE_INFINITY;
                        for (double span = 0.01; span <= 1.0001; span *= 1.1) {
                            if (Math.floor(span * n) < 6) {
                                continue;
                            }
                            LoessFit fixed = new LoessInterpolator().withSpan(Math.min(1, span)).fit(x, y);
                            double e = relativeError(fixed.differentiate(order), s, order, x);
                            if (e < best) {
                                best = e;
                                bestSpan = span;
                            }
                        }
                        System.out.printf(Locale.ROOT, "%-6s %-6s %5.2f %d | %9.4f %9.4f | %11.4f %10.4f | %5.2f%n",
                                s.name(), jitter, noise, order, fit.span(order), auto, bestSpan, best, auto / best);
                    }
                }
            }
        }
    }

    static void timing(int n) {
        Random random = new Random(7);
        double[] x = abscissae(n, true, random);
        double[] y = noisy(SINE, x, 0.05, random);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            LoessFit fit = new LoessInterpolator().fit(x, y);
            double[] d1 = fit.differentiate(1).values(x);
            long t1 = System.nanoTime();
            double[] d2 = fit.differentiate(2).values(x);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "n=%d: fit+order1 %.2f s (span %.5f), order2 %.2f s (span %.5f); err1 %.4f err2 %.4f%n",
                    n, (t1 - t0) / 1e9, fit.span(1), (t2 - t1) / 1e9, fit.span(2),
                    relativeError(fit.differentiate(1), SINE, 1, x), relativeError(fit.differentiate(2), SINE, 2, x));
            if (d1.length + d2.length != 2 * n) {
                throw new AssertionError();
            }
        }
    }
}
