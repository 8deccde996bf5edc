package jdelt.interpolation.local;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Curve;
import jdelt.interpolation.Interpolator;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Measurement harness (not a unit test): accuracy of the automatic LOESS span against the best
 * fixed span found on the truth, and timing at large n. Run from the module directory after
 * {@code mvn -q -pl interpolation -am test-compile}:
 * <pre>
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure accuracy
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure summary 1000 4
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure scan 1000000
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure timing 1000000
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure periods 1000
 *   java -cp target/classes:target/test-classes jdelt.interpolation.LoessMeasure density 10000
 * </pre>
 * (with Commons Math on the class path).
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
        return relativeError(c, s, order, x, 0.05);
    }

    /** RMS error over the samples at least {@code margin} from the ends of [0, 1], relative to the truth's RMS. */
    static double relativeError(Curve c, Signal s, int order, double[] x, double margin) {
        double[] est = c.values(x);
        double err = 0;
        double ref = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < margin || x[i] > 1 - margin) {
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
        } else if (args.length > 0 && args[0].equals("robust")) {
            robust();
        } else if (args.length > 0 && args[0].equals("surface")) {
            surface();
        } else if (args.length > 0 && args[0].equals("scan")) {
            scan(Integer.parseInt(args[1]));
        } else if (args.length > 0 && args[0].equals("periods")) {
            periods(Integer.parseInt(args[1]));
        } else if (args.length > 0 && args[0].equals("density")) {
            density(Integer.parseInt(args[1]));
        } else if (args.length > 0 && args[0].equals("summary")) {
            summary(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            accuracy(args.length > 1 ? Integer.parseInt(args[1]) : 1000);
        }
    }

    static void accuracy(int n) {
        System.out.println("n=" + n + "; relative RMS error on the central 90%; oracle = best fixed span on the truth;"
                + " gcv = span minimising GCV of the fit with the same degree, used for the derivative; full err = auto error over the whole range");
        System.out.println("signal jitter noise order | auto span  auto err  full err | oracle span oracle err | auto/oracle"
                + (n <= 20000 ? " | gcv span  gcv err" : ""));
        for (Signal s : new Signal[] {SINE, BUMP}) {
            for (boolean jitter : new boolean[] {false, true}) {
                for (double noise : new double[] {0.01, 0.03, 0.10}) {
                    Random random = new Random(42);
                    double[] x = abscissae(n, jitter, random);
                    double[] y = noisy(s, x, noise, random);
                    FittedCurve fit = new LoessInterpolator().fit(x, y);
                    for (int order = 0; order <= 2; order++) {
                        double auto = relativeError(fit.differentiate(order), s, order, x);
                        double bestSpan = 0;
                        double best = Double.POSITIVE_INFINITY;
                        for (double span = Math.max(0.001, 8.0 / n); span <= 1.0001; span *= 1.1) {
                            double e = relativeError(new LoessInterpolator().withSpan(Math.min(1, span)).fit(x, y)
                                    .differentiate(order), s, order, x);
                            if (e < best) {
                                best = e;
                                bestSpan = span;
                            }
                        }
                        System.out.printf(Locale.ROOT, "%-6s %-6s %5.2f %d | %9.4f %9.4f %9.4f | %11.4f %10.4f | %5.2f",
                                s.name(), jitter, noise, order, fit.summary().number(order, "span"), auto,
                                relativeError(fit.differentiate(order), s, order, x, 0), bestSpan, best, auto / best);
                        if (n <= 20000) {
                            double gcvSpan = gcvSpan(x, y, (int) fit.summary().number(order, "degree"));
                            double gcv = relativeError(new LoessInterpolator().withSpan(gcvSpan).fit(x, y)
                                    .differentiate(order), s, order, x);
                            System.out.printf(Locale.ROOT, " | %8.4f %8.4f", gcvSpan, gcv);
                        }
                        System.out.println();
                    }
                }
            }
        }
    }

    /**
     * Over seeds 1..seeds and all signals, spacings and noise levels (1, 3, 10 %): the geometric
     * mean and the worst of (error with the automatic span) / (error with the oracle span), per
     * order, and the same for the span minimising GCV of the fit with the order's degree.
     */
    static void summary(int n, int seeds) {
        double[][] logs = new double[2][3];
        double[][] worst = new double[2][3];
        int cases = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            for (Signal s : new Signal[] {SINE, BUMP}) {
                for (boolean jitter : new boolean[] {false, true}) {
                    for (double noise : new double[] {0.01, 0.03, 0.10}) {
                        Random random = new Random(seed);
                        double[] x = abscissae(n, jitter, random);
                        double[] y = noisy(s, x, noise, random);
                        FittedCurve fit = new LoessInterpolator().fit(x, y);
                        cases++;
                        for (int order = 0; order <= 2; order++) {
                            double best = Double.POSITIVE_INFINITY;
                            for (double span = Math.max(0.001, 8.0 / n); span <= 1.0001; span *= 1.1) {
                                best = Math.min(best, relativeError(new LoessInterpolator().withSpan(Math.min(1, span))
                                        .fit(x, y).differentiate(order), s, order, x));
                            }
                            double auto = relativeError(fit.differentiate(order), s, order, x) / best;
                            double gcv = n > 2000 ? Double.NaN : relativeError(new LoessInterpolator()
                                    .withSpan(gcvSpan(x, y, (int) fit.summary().number(order, "degree"))).fit(x, y).differentiate(order), s, order, x)
                                    / best;
                            logs[0][order] += Math.log(auto);
                            logs[1][order] += Math.log(gcv);
                            worst[0][order] = Math.max(worst[0][order], auto);
                            worst[1][order] = Math.max(worst[1][order], gcv);
                        }
                    }
                }
            }
        }
        System.out.println("n=" + n + ", " + cases + " data sets; error / oracle error: geometric mean (worst)");
        for (int order = 0; order <= 2; order++) {
            System.out.printf(Locale.ROOT, "order %d: auto %.3f (%.2f)   gcv-of-fit %.3f (%.2f)%n", order,
                    Math.exp(logs[0][order] / cases), worst[0][order], Math.exp(logs[1][order] / cases), worst[1][order]);
        }
    }

    /** The span minimising generalised cross-validation of the fit (direct local fits at the samples). */
    static double gcvSpan(double[] x, double[] y, int degree) {
        int n = x.length;
        double best = Double.POSITIVE_INFINITY;
        double bestSpan = 1;
        for (double qd = degree + 3; ; qd *= 1.1) {
            int q = Math.min(n, (int) Math.round(qd));
            LocalFit window = new LocalFit(x, y, null, degree, q, 0);
            double rss = 0;
            double trace = 0;
            double[] s = new double[2 * degree + 1];
            double[] t = new double[degree + 1];
            double[] chol = new double[(degree + 1) * (degree + 1)];
            for (int i0 = 0; i0 < n; i0++) {
                window.locate(x[i0]);
                java.util.Arrays.fill(s, 0);
                java.util.Arrays.fill(t, 0);
                for (int i = window.lo; i <= window.hi; i++) {
                    double w = window.weight(i);
                    double ti = (x[i] - window.x0) / window.h;
                    double p = w;
                    for (int k = 0; k <= 2 * degree; k++) {
                        if (k <= degree) {
                            t[k] += p * y[i];
                        }
                        s[k] += p;
                        p *= ti;
                    }
                }
                jdelt.interpolation.numerics.HankelCholesky.factor(s, degree + 1, chol);
                double[] e0 = new double[degree + 1];
                e0[0] = 1;
                jdelt.interpolation.numerics.HankelCholesky.solve(chol, degree + 1, e0);
                double fitted = 0;
                for (int k = 0; k <= degree; k++) {
                    fitted += e0[k] * t[k];
                }
                rss += sq(y[i0] - fitted);
                trace += e0[0];
            }
            double gcv = n * rss / sq(n - trace);
            if (gcv < best) {
                best = gcv;
                bestSpan = (double) q / n;
            }
            if (q == n) {
                return bestSpan;
            }
        }
    }

    /** LOESS against LOWESS with 1 % gross outliers (±5 on a unit sine with 1 % noise, n = 1000, jittered). */
    static void robust() {
        for (int seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            double[] x = abscissae(1000, true, random);
            double[] y = noisy(SINE, x, 0.01, random);
            for (int k = 0; k < 10; k++) {
                y[50 + random.nextInt(900)] += random.nextBoolean() ? 5 : -5;
            }
            FittedCurve plain = new LoessInterpolator().fit(x, y);
            FittedCurve robust = new LowessInterpolator().fit(x, y);
            for (int order = 0; order <= 2; order++) {
                System.out.printf(Locale.ROOT, "seed %d order %d: loess err %.4f (span %.3f), lowess err %.4f (span %.3f)%n",
                        seed, order, relativeError(plain.differentiate(order), SINE, order, x), plain.summary().number(order, "span"),
                        relativeError(robust.differentiate(order), SINE, order, x), robust.summary().number(order, "span"));
            }
        }
    }

    /** Interpolated against direct surface on a fine grid (bump, 5 % noise, n = 2000, jittered). */
    static void surface() {
        Random random = new Random(9);
        double[] x = abscissae(2000, true, random);
        double[] y = noisy(BUMP, x, 0.05, random);
        double[] at = new double[40001];
        for (int i = 0; i < at.length; i++) {
            at[i] = i / 40000.0;
        }
        for (double span : new double[] {0.02, 0.1, 0.4}) {
            for (int order = 0; order <= 2; order++) {
                LoessInterpolator loess = new LoessInterpolator().withSpan(span);
                Curve interpolated = loess.fit(x, y).differentiate(order);
                Curve direct = loess.withSurface(LoessInterpolator.Surface.DIRECT).fit(x, y).differentiate(order);
                double[] a = interpolated.values(at);
                double[] b = direct.values(at);
                double scale = 0;
                double squares = 0;
                for (int i = 0; i < at.length; i++) {
                    scale = Math.max(scale, Math.abs(b[i]));
                    squares += sq(a[i] - b[i]);
                }
                System.out.printf(Locale.ROOT, "span %.2f order %d: RMS |interpolated - direct| / max|direct| = %.1e;"
                        + " error vs truth: interpolated %.4f, direct %.4f%n", span, order,
                        Math.sqrt(squares / at.length) / scale, relativeError(interpolated, BUMP, order, at),
                        relativeError(direct, BUMP, order, at));
            }
        }
    }

    /** At large n (thinned span selection): error with the automatic span and with multiples of it. */
    static void scan(int n) {
        Random random = new Random(7);
        double[] x = abscissae(n, true, random);
        double[] y = noisy(SINE, x, 0.05, random);
        FittedCurve fit = new LoessInterpolator().fit(x, y);
        for (int order = 1; order <= 2; order++) {
            StringBuilder line = new StringBuilder("n=" + n + " sine 5% jittered, order " + order + ":");
            for (double factor : new double[] {0.5, 0.7, 1, 1.4, 2}) {
                double span = Math.min(1, factor * fit.summary().number(order, "span"));
                double e = relativeError(new LoessInterpolator().withSpan(span).fit(x, y).differentiate(order),
                        SINE, order, x);
                line.append(String.format(Locale.ROOT, "  span %.4f%s err %.5f", span, factor == 1 ? " (auto)" : "", e));
            }
            System.out.println(line);
        }
    }

    static void timing(int n) {
        Random random = new Random(7);
        double[] x = abscissae(n, true, random);
        double[] y = noisy(SINE, x, 0.05, random);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            FittedCurve fit = new LoessInterpolator().fit(x, y);
            double[] d1 = fit.differentiate(1).values(x);
            long t1 = System.nanoTime();
            double[] d2 = fit.differentiate(2).values(x);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "n=%d: fit+order1 %.2f s (span %.5f), order2 %.2f s (span %.5f); err1 %.4f err2 %.4f%n",
                    n, (t1 - t0) / 1e9, fit.summary().number(1, "span"), (t2 - t1) / 1e9, fit.summary().number(2, "span"),
                    relativeError(fit.differentiate(1), SINE, 1, x), relativeError(fit.differentiate(2), SINE, 2, x));
            if (d1.length + d2.length != 2 * n) {
                throw new AssertionError();
            }
        }
        long t0 = System.nanoTime();
        FittedCurve robust = new LowessInterpolator().fit(x, y);
        int evaluated = robust.differentiate(1).values(x).length + robust.differentiate(2).values(x).length;
        System.out.printf(Locale.ROOT, "n=%d: lowess (3 robustness iterations) fit + %d values of orders 1, 2: %.2f s;"
                + " err1 %.4f err2 %.4f%n", n, evaluated, (System.nanoTime() - t0) / 1e9,
                relativeError(robust.differentiate(1), SINE, 1, x), relativeError(robust.differentiate(2), SINE, 2, x));
    }

    /** A sine with {@code periods} periods on [0, 1], amplitude 1. */
    static Signal sine(double periods) {
        double w = 2 * Math.PI * periods;
        return new Signal("sine" + periods, t -> Math.sin(w * t), t -> w * Math.cos(w * t),
                t -> -w * w * Math.sin(w * t));
    }

    /** Half the samples uniform in [0, 1/11], half in (1/11, 1]: a 10x density change. */
    static double[] denseThenSparse(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i < n / 2 ? i / (11.0 * (n / 2)) : 1 / 11.0 + (10 / 11.0) * (i - n / 2 + 1) / (n - n / 2);
        }
        return x;
    }

    /** Sines of 3 to 20 periods, 5 % noise, uniform and jittered: spans and errors of loess and lowess. */
    static void periods(int n) {
        for (double p : new double[] {3, 9, 16, 20}) {
            for (boolean jitter : new boolean[] {false, true}) {
                Random random = new Random(2);
                double[] x = abscissae(n, jitter, random);
                Signal s = sine(p);
                double[] y = noisy(s, x, 0.05, random);
                for (Interpolator method : new Interpolator[] {new LoessInterpolator(), new LowessInterpolator()}) {
                    FittedCurve fit = (FittedCurve) method.fit(x, y);
                    System.out.printf(Locale.ROOT, "n=%d periods %2.0f jitter %-5s %-6s | span %.4f %.4f %.4f | err %.4f %.4f %.4f%n",
                            n, p, jitter, method.toString().substring(0, 6), fit.summary().number(0, "span"), fit.summary().number(1, "span"), fit.summary().number(2, "span"),
                            relativeError(fit.differentiate(0), s, 0, x), relativeError(fit.differentiate(1), s, 1, x),
                            relativeError(fit.differentiate(2), s, 2, x));
                }
            }
        }
    }

    /**
     * A 10x sampling-density change: half the samples in [0, 1/11], half in [1/11, 1], sine of
     * 8 periods, 5 % noise; relative errors of orders 0-2 in the dense and the sparse part.
     */
    static void density(int n) {
        Random random = new Random(2);
        double[] x = denseThenSparse(n);
        Signal s = sine(8);
        double[] y = noisy(s, x, 0.05, random);
        for (Interpolator method : new Interpolator[] {new LoessInterpolator(), new LowessInterpolator()}) {
            FittedCurve fit = (FittedCurve) method.fit(x, y);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "n=%d density 10:1 %-6s |",
                    n, method.toString().substring(0, 6)));
            for (int order = 0; order <= 2; order++) {
                double[] est = fit.differentiate(order).values(x);
                double[] err = new double[2];
                double[] ref = new double[2];
                for (int i = 0; i < n; i++) {
                    if (x[i] < 0.005 || x[i] > 0.95) {
                        continue;
                    }
                    int part = i < n / 2 ? 0 : 1;
                    double truth = s.derivative(order, x[i]);
                    err[part] += sq(est[i] - truth);
                    ref[part] += truth * truth;
                }
                line.append(String.format(Locale.ROOT, " order %d span %.4f err dense %.4f sparse %.4f |", order,
                        fit.summary().number(order, "span"), Math.sqrt(err[0] / ref[0]), Math.sqrt(err[1] / ref[1])));
            }
            System.out.println(line);
        }
    }
}
