package jdelt.interpolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every registered method keeps, checked for each method a concrete subclass supplies
 * (its module's methods, usually {@link #registeredIn}): at its default settings it reproduces the
 * polynomials of its {@link MethodDescriptor#polynomialDegree() exactness degree} and their
 * derivatives; its derivatives do not depend on where y's zero is ({@code y + c}) and follow
 * changes of units ({@code x -> a·x + b}, {@code y -> s·y}: the k-th derivative scales by
 * {@code s / a^k}); fitting and evaluating from 8 threads gives bit-identical results; non-finite
 * arguments give {@code NaN}; inputs are never changed; bad samples get the messages of
 * {@link Samples#validate}; and its {@link FitSummary} names it and tells the truth about exact
 * derivatives. The module of every method runs it through the interpolation test-jar.
 *
 * <p>Tolerances are relative to the range (maximum minus minimum) of the derivative compared, over
 * the samples and a point between each two, so they mean the same for every order and unit:
 * {@link #EXACT} (plus y's rounding amplified by spacing^-k) on polynomials, {@link #INVARIANT}
 * (or a subclass's {@link #invariance}) for offsets and units, and 1e-3 between an exact
 * derivative and the central difference of the order below. Keep it fast: about 20 fits per
 * method, on 161 samples unless a subclass lowers {@link #samples} for a slow method.
 */
public abstract class MethodContract {

    /** Exactness on polynomials: rounding of local fits of degree up to 6 on about a hundred samples. */
    static final double EXACT = 1e-6;
    /** A thousand units of rounding of y, the floor of exactness in a derivative (times spacing^-k). */
    static final double ROUNDING = 1e3 * Math.ulp(1.0);
    /**
     * Offsets and units: forming {@code y + c} rounds y by up to half an ulp of c, that is by 1.1e-7
     * of y's spread at c = 1e9 spreads, about 1e-5 of the noise; the derivatives may move by a few
     * times that relative to their range, and by nothing else.
     */
    static final double INVARIANT = 1e-5;
    /** The largest offset, in spreads of y. */
    static final double LARGEST_OFFSET = 1e9;
    private static final int THREADS = 8;
    /** Where between two samples the checks evaluate, as a fraction of the spacing. */
    private static final double BETWEEN = 0.375;

    /** @return the methods to check */
    protected abstract List<MethodDescriptor> methods();

    /**
     * @param packageName a package, such as {@code jdelt.interpolation}
     * @return the registered methods whose descriptor is in that package or one below it
     */
    protected static List<MethodDescriptor> registeredIn(String packageName) {
        return MethodRegistry.all().stream()
                .filter(m -> m.getClass().getName().startsWith(packageName + "."))
                .toList();
    }

    /**
     * The number of samples of the noisy test signal; a subclass lowers it for a slow method.
     *
     * @param method the method
     * @return the number of samples, at least 40
     */
    protected int samples(MethodDescriptor method) {
        return 161;
    }

    /**
     * The tolerance of the offset and unit checks for a method, relative to the derivative's range;
     * a subclass raises it for a method whose fit is not a continuous function of the data (a
     * network's training), saying why and by how much it measured.
     *
     * @param method the method
     * @return the tolerance, {@link #INVARIANT} unless overridden
     */
    protected double invariance(MethodDescriptor method) {
        return INVARIANT;
    }

    private Stream<DynamicTest> each(String what, Consumer<MethodDescriptor> check) {
        List<MethodDescriptor> methods = methods();
        assertFalse(methods.isEmpty(), "no methods to check");
        return methods.stream().map(m -> DynamicTest.dynamicTest(m.name() + ": " + what, () -> check.accept(m)));
    }

    /** A noisy sine with a trend on jittered x in [0, 1]: y's spread is about 2. */
    private Data noisy(MethodDescriptor method) {
        int n = samples(method);
        double[] x = TestSignals.jittered(n, 11);
        double[] y = TestSignals.sample(x, t -> Math.sin(2 * Math.PI * t) + 0.5 * t, 0.02, new Random(12));
        return new Data(x, y);
    }

    @TestFactory
    Stream<DynamicTest> reproducesPolynomialsOfItsDegreeWithDerivatives() {
        return each("reproduces polynomials of its degree", m -> {
            int degree = m.polynomialDegree();
            if (degree < 0) {
                return;
            }
            double[] x = TestSignals.jittered(41, 3);
            double[] c = new Random(4).doubles(degree + 1, -1, 1).toArray();
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = TestSignals.poly(c, x[i], 0);
            }
            FittedCurve fit = m.create(Map.of()).fit(x, y);
            double[] at = points(x);
            double reference = 1;
            double spacing = 1.0 / (x.length - 1);
            for (int k = 0; k <= fit.maxOrder(); k++) {
                // y's rounding, amplified by spacing^-k in a k-th derivative, is the floor
                double floor = ROUNDING * range(y) / Math.pow(spacing, k);
                double[] truth = new double[at.length];
                for (int i = 0; i < at.length; i++) {
                    truth[i] = TestSignals.poly(c, at[i], k);
                }
                reference = Math.max(reference, range(truth));
                double[] got = fit.differentiate(k).values(at);
                for (int i = 0; i < at.length; i++) {
                    if (!(Math.abs(got[i] - truth[i]) <= EXACT * reference + floor)) {
                        fail(m.name() + ": order " + k + " of a polynomial of degree " + degree + " at x = "
                                + at[i] + " is " + got[i] + ", not " + truth[i]);
                    }
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> derivativesDoNotDependOnWhereYsZeroIs() {
        return each("derivatives invariant under y + c", m -> {
            Data d = noisy(m);
            FittedCurve base = m.create(Map.of()).fit(d.x, d.y);
            double spread = range(d.y);
            for (double offset : new double[] {1e3, 1e6, LARGEST_OFFSET, -LARGEST_OFFSET}) {
                double c = offset * spread;
                double[] shifted = new double[d.y.length];
                for (int i = 0; i < shifted.length; i++) {
                    shifted[i] = d.y[i] + c;
                }
                FittedCurve moved = m.create(Map.of()).fit(d.x, shifted);
                double[] at = points(d.x);
                for (int k = 1; k <= base.maxOrder(); k++) {
                    compare(m.name() + ", y + " + c + ", order " + k, base.differentiate(k).values(at),
                            moved.differentiate(k).values(at), 1, invariance(m));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> derivativesFollowChangesOfUnits() {
        return each("derivatives covariant under x -> a x + b, y -> s y", m -> {
            Data d = noisy(m);
            FittedCurve base = m.create(Map.of()).fit(d.x, d.y);
            double[] at = points(d.x);
            // a, b, s: milliseconds, epoch seconds over 1000 s, a negative scale and tiny units
            double[][] changes = {{1e-3, 0, 1e5}, {1000, 1.7e9, 1}, {7, -3, -2.5}, {1e4, 0, 1e-6}};
            for (double[] change : changes) {
                double a = change[0];
                double b = change[1];
                double s = change[2];
                double[] xs = new double[d.x.length];
                double[] ys = new double[d.y.length];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = a * d.x[i] + b;
                    ys[i] = s * d.y[i];
                }
                double[] moved = new double[at.length];
                for (int i = 0; i < at.length; i++) {
                    moved[i] = a * at[i] + b;
                }
                FittedCurve fit = m.create(Map.of()).fit(xs, ys);
                for (int k = 0; k <= base.maxOrder(); k++) {
                    compare(m.name() + ", x -> " + a + " x + " + b + ", y -> " + s + " y, order " + k,
                            base.differentiate(k).values(at), fit.differentiate(k).values(moved),
                            Math.pow(a, k) / s, invariance(m));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> fitsAndEvaluationsFromEightThreadsAreBitIdentical() {
        return each("8 threads fit and evaluate bit-identically", m -> {
            Data d = noisy(m);
            Interpolator method = m.create(Map.of());
            double[] at = points(d.x);
            double[][] sequential = allOrders(method.fit(d.x, d.y), at);
            FittedCurve shared = method.fit(d.x, d.y);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<double[][]>> fits = new ArrayList<>();
                List<Future<double[][]>> evaluations = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    fits.add(pool.submit(() -> allOrders(method.fit(d.x, d.y), at)));
                    evaluations.add(pool.submit(() -> allOrders(shared, at)));
                }
                for (int t = 0; t < THREADS; t++) {
                    for (int k = 0; k < sequential.length; k++) {
                        assertArrayEquals(sequential[k], fits.get(t).get()[k],
                                m.name() + ": order " + k + " of a fit made on thread " + t + " differs");
                        assertArrayEquals(sequential[k], evaluations.get(t).get()[k],
                                m.name() + ": order " + k + " evaluated on thread " + t + " differs");
                    }
                }
            } catch (Exception e) {
                throw new AssertionError(m.name() + ": a thread failed", e);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> nonFiniteArgumentsGiveNaN() {
        return each("non-finite arguments give NaN", m -> {
            Data d = noisy(m);
            FittedCurve fit = m.create(Map.of()).fit(d.x, d.y);
            double inside = 0.5 * (d.x[0] + d.x[d.x.length - 1]);
            for (int k = 0; k <= fit.maxOrder(); k++) {
                Curve curve = fit.differentiate(k);
                for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    assertTrue(Double.isNaN(curve.value(bad)), m.name() + ": order " + k + " at " + bad);
                    double[] v = curve.values(new double[] {inside, bad, inside});
                    assertTrue(Double.isNaN(v[1]), m.name() + ": order " + k + " at " + bad + " among finite x");
                    assertTrue(Double.isFinite(v[0]) && v[0] == v[2],
                            m.name() + ": order " + k + " at " + inside + " beside " + bad + " gives " + v[0] + ", " + v[2]);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> inputsAreNeverChanged() {
        return each("inputs never changed nor kept", m -> {
            Data d = noisy(m);
            double[] x = d.x.clone();
            double[] y = d.y.clone();
            FittedCurve fit = m.create(Map.of()).fit(x, y);
            double[] at = points(d.x);
            double[] query = at.clone();
            for (int k = 0; k <= fit.maxOrder(); k++) {
                fit.differentiate(k).values(query);
            }
            assertArrayEquals(d.x, x, m.name() + " changed x");
            assertArrayEquals(d.y, y, m.name() + " changed y");
            assertArrayEquals(at, query, m.name() + " changed the points it evaluated");
            double[][] before = allOrders(fit, at);
            for (int i = 0; i < x.length; i++) {
                x[i] += 0.5 / x.length;
                y[i] += 1;
            }
            double[][] after = allOrders(fit, at);
            for (int k = 0; k < before.length; k++) {
                assertArrayEquals(before[k], after[k], m.name() + ": order " + k + " follows later changes to the"
                        + " caller's arrays (the fit must copy them)");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> badSamplesGetTheSharedMessages() {
        return each("bad samples get the validation messages", m -> {
            Interpolator method = m.create(Map.of());
            Data d = noisy(m);
            expect(m, "x and y differ in length: x has " + d.x.length + " values, y has " + (d.y.length - 1),
                    () -> method.fit(d.x, java.util.Arrays.copyOf(d.y, d.y.length - 1)));
            String few = message(m, () -> method.fit(new double[] {0}, new double[] {1}));
            assertTrue(few.contains("needs at least") && few.endsWith("points, got 1"), m.name() + ": " + few);
            double[] x = d.x.clone();
            x[7] = x[6];
            expect(m, "x[7] = " + x[7] + " is not greater than x[6] = " + x[6], () -> method.fit(x, d.y));
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
                double[] y = d.y.clone();
                y[5] = bad;
                expect(m, "y[5] = " + bad + " is not finite", () -> method.fit(d.x, y));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> summaryNamesTheMethodAndTellsWhetherDerivativesAreExact() {
        return each("summary names it; exact derivatives are the fit's", m -> {
            Data d = noisy(m);
            FittedCurve fit = m.create(Map.of()).fit(d.x, d.y);
            FitSummary summary = fit.summary();
            assertEquals(m.name(), summary.method(), "summary of " + m.name());
            if (!summary.exactDerivatives()) {
                return;
            }
            // central differences of the order k-1 curve inside each interval between samples, where
            // piecewise-polynomial fits (spline knots are at the samples) are smooth
            int n = d.x.length;
            double[] inner = new double[n - 1];
            double[] step = new double[n - 1];
            for (int i = 0; i + 1 < n; i++) {
                step[i] = 0.01 * (d.x[i + 1] - d.x[i]);
                inner[i] = d.x[i] + BETWEEN * (d.x[i + 1] - d.x[i]);
            }
            for (int k = 1; k <= fit.maxOrder(); k++) {
                Curve lower = fit.differentiate(k - 1);
                double[] numerical = new double[inner.length];
                for (int i = 0; i < inner.length; i++) {
                    numerical[i] = (lower.value(inner[i] + step[i]) - lower.value(inner[i] - step[i])) / (2 * step[i]);
                }
                double[] exact = fit.differentiate(k).values(inner);
                double tolerance = 1e-3 * Math.max(range(exact), Double.MIN_NORMAL);
                for (int i = 0; i < inner.length; i++) {
                    if (!(Math.abs(exact[i] - numerical[i]) <= tolerance)) {
                        fail(m.name() + " says its derivatives are exact, but order " + k + " at x = " + inner[i]
                                + " is " + exact[i] + " and the numerical derivative of order " + (k - 1) + " is "
                                + numerical[i]);
                    }
                }
            }
        });
    }

    /**
     * Asserts {@code moved · factor} equals {@code base} to {@code allowed} of base's range.
     */
    private static void compare(String what, double[] base, double[] moved, double factor, double allowed) {
        double tolerance = allowed * Math.max(range(base), Double.MIN_NORMAL);
        double worst = 0;
        int at = -1;
        for (int i = 0; i < base.length; i++) {
            double e = Math.abs(moved[i] * factor - base[i]);
            if (!(e <= worst)) {
                worst = e;
                at = i;
            }
        }
        if (!(worst <= tolerance)) {
            fail(what + ": moves by " + (worst / range(base)) + " of its range (point " + at + ": "
                    + base[at] + " becomes " + moved[at] * factor + "); allowed " + allowed);
        }
    }

    private static void expect(MethodDescriptor m, String start, Runnable fit) {
        String message = message(m, fit);
        assertTrue(message.startsWith(start), m.name() + ": expected a message starting '" + start + "', got '"
                + message + "'");
    }

    private static String message(MethodDescriptor m, Runnable fit) {
        return assertThrows(IllegalArgumentException.class, fit::run, m.name() + " accepted bad samples").getMessage();
    }

    private static double[][] allOrders(FittedCurve fit, double[] at) {
        double[][] v = new double[fit.maxOrder() + 1][];
        for (int k = 0; k < v.length; k++) {
            v[k] = fit.differentiate(k).values(at);
        }
        return v;
    }

    /**
     * The samples and one point 3/8 of the way to the next: not the midpoint, where a method that
     * serves each point from its nearest sample (lla, gold) switches windows and may jump.
     */
    private static double[] points(double[] x) {
        double[] at = new double[2 * x.length - 1];
        for (int i = 0; i < x.length; i++) {
            at[2 * i] = x[i];
            if (i + 1 < x.length) {
                at[2 * i + 1] = x[i] + BETWEEN * (x[i + 1] - x[i]);
            }
        }
        return at;
    }

    private static double range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double e : v) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        return hi - lo;
    }

    private record Data(double[] x, double[] y) {
    }
}
