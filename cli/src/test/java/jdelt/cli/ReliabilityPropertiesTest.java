package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 11: whatever the file or the numbers, a run ends in a result (exit 0, every number
 * finite) or in exit 2 with one message, never a stack trace, never {@code NaN} with exit 0.
 * Generated: scales and offsets of x and y over the whole double range, uniform, jittered or
 * clustered spacing, missing cells, delimiters, header or not, every registered method ({@code neural}
 * with its L-BFGS training cut to 30 iterations, so that it does not dominate the run). Fixed seeds
 * and bounded tries keep the test deterministic and within seconds.
 */
class ReliabilityPropertiesTest {

    /** Methods tried: every registered one. */
    private static final List<String> METHODS = List.of("spline", "fd", "savgol", "loess", "lowess", "lla", "glla", "gold",
            "neural");

    /** Settings per method: the defaults, but a short training for the neural network. */
    private static Map<String, String> settings(String method) {
        return method.equals("neural") ? Map.of("iterations", "30") : Map.of();
    }

    @BeforeContainer
    static void headless() {
        CliTestCase.headless();
    }

    /** One generated data set: how to build x and y, and what to leave out. */
    record Data(int n, int xExponent, double xOffset, int spacing, int yExponent, double yOffset, int signal,
                double missing, long seed) {

        double[] x() {
            Random r = new Random(seed);
            double step = Math.pow(10, xExponent);
            double[] x = new double[n];
            double t = xOffset;
            for (int i = 0; i < n; i++) {
                x[i] = t;
                double u = switch (spacing) {
                    case 0 -> 1;
                    case 1 -> 0.5 + r.nextDouble();
                    default -> r.nextDouble() < 0.1 ? 50 : 0.1 + r.nextDouble();
                };
                t += step * u;
            }
            return x;
        }

        double[] y() {
            Random r = new Random(seed + 1);
            double scale = Math.pow(10, yExponent);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double u = 6.0 * i / n;
                double s = switch (signal) {
                    case 0 -> Math.sin(u);
                    case 1 -> u * u;
                    case 2 -> 0;
                    default -> r.nextGaussian();
                };
                y[i] = yOffset + scale * (s + 0.01 * r.nextGaussian());
            }
            return y;
        }
    }

    @Provide
    Arbitrary<Data> data() {
        Arbitrary<Integer> n = Arbitraries.integers().between(2, 80);
        Arbitrary<Integer> xExp = Arbitraries.oneOf(Arbitraries.integers().between(-300, 300),
                Arbitraries.integers().between(-34, 30), Arbitraries.integers().between(-8, 8));
        Arbitrary<Double> xOff = Arbitraries.of(0.0, 1.0, -1e3, 1.7e9, 1.7e18, 1e140, -1e200);
        Arbitrary<Integer> spacing = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> yExp = Arbitraries.oneOf(Arbitraries.integers().between(-300, 300),
                Arbitraries.integers().between(-6, 6));
        Arbitrary<Double> yOff = Arbitraries.of(0.0, 1.0, 1e9, -1e100);
        Arbitrary<Integer> signal = Arbitraries.integers().between(0, 3);
        Arbitrary<Double> missing = Arbitraries.of(0.0, 0.0, 0.05, 0.5);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<int[]> xPart = Combinators.combine(n, xExp, spacing, signal).as((a, b, c, e) -> new int[] {a, b, c, e});
        return Combinators.combine(xPart, xOff, yExp, yOff, missing, seed).as((p, xo, ye, yo, m, s) ->
                new Data(p[0], p[1], xo, p[2], ye, yo, p[3], m, s));
    }

    @Provide
    Arbitrary<String> method() {
        return Arbitraries.of(METHODS);
    }

    @Property(tries = 150, seed = "20261201")
    void everyMethodFitsOrSaysWhyNot(@ForAll("data") Data d, @ForAll("method") String method) {
        double[] x = d.x();
        double[] y = d.y();
        FittedCurve fit;
        try {
            fit = MethodRegistry.byName(method).create(settings(method)).fit(x, y);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "an empty message");
            return;
        }
        for (int order = 0; order <= Math.min(2, fit.maxOrder()); order++) {
            Curve c = fit.differentiate(order);
            double[] v = c.values(x);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    fail(method + ": order " + order + " is " + v[i] + " at x[" + i + "] = " + x[i] + " for " + d
                            + ": " + fit.summary());
                }
            }
        }
    }

    @Property(tries = 120, seed = "20261202")
    void theToolEndsInAResultOrAMessage(@ForAll("data") Data d, @ForAll("method") String method,
                                        @ForAll("delimiters") char delimiter, @ForAll boolean header) throws IOException {
        Path dir = Files.createTempDirectory("jdelt-property");
        try {
            Path file = dir.resolve("data.csv");
            Files.writeString(file, csv(d, delimiter, header), StandardCharsets.UTF_8);
            Path out = dir.resolve("out.csv");
            List<String> args = new java.util.ArrayList<>(List.of("differentiate", file.toString(), "--method", method,
                    "--order", "1,2", "--output", out.toString()));
            if (method.equals("neural")) {
                args.addAll(List.of("--param", "iterations=30"));
            }
            CliTestCase.Run r = CliTestCase.run(args.toArray(new String[0]));
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a stack trace: " + r.err());
            if (r.code() == 0) {
                String written = Files.readString(out);
                assertFalse(written.contains("NaN") || written.contains("Infinity"), "non-finite output with exit 0 for " + d
                        + ":\n" + written + r.err());
            } else {
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().startsWith("jdelt: "), r.err());
                assertFalse(Files.exists(out), "a partial output after a failure");
            }
            try (var files = Files.list(dir)) {
                assertEquals(r.code() == 0 ? 2 : 1, files.count(), "files left beside the input");
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }

    private static String csv(Data d, char delimiter, boolean header) {
        double[] x = d.x();
        double[] y = d.y();
        Random r = new Random(d.seed() + 2);
        StringBuilder s = new StringBuilder();
        if (header) {
            s.append("x").append(delimiter).append("y\n");
        }
        for (int i = 0; i < x.length; i++) {
            s.append(r.nextDouble() < d.missing() / 4 ? "" : cell(x[i])).append(delimiter)
                    .append(r.nextDouble() < d.missing() ? (r.nextBoolean() ? "" : "NaN") : cell(y[i])).append('\n');
        }
        return s.toString();
    }

    private static String cell(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

}
