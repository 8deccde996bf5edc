package jdelt.bench.accuracy;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;


import org.junit.jupiter.api.Test;

/** RMSE, the inner-90 % mask, the oracle search, and how failures are caught. */
class HarnessMathsTest {

    @Test
    void rmseAndInnerMask() {
        double[] t = new double[101];
        double[] truth = new double[101];
        double[] estimate = new double[101];
        for (int i = 0; i <= 100; i++) {
            t[i] = i;
            estimate[i] = (i < 5 || i > 95) ? 10 : (i % 2 == 0 ? 1 : -1);
        }
        boolean[] inner = ErrorMetrics.innerMask(t);
        int count = 0;
        for (boolean b : inner) {
            count += b ? 1 : 0;
        }
        assertEquals(91, count);
        assertEquals(1, ErrorMetrics.rmse(estimate, truth, inner), 1e-12);
        assertEquals(Math.sqrt((91 + 10 * 100) / 101.0), ErrorMetrics.rmse(estimate, truth, null), 1e-12);
        ErrorMetrics m = ErrorMetrics.of(t, estimate, null, truth, truth);
        assertEquals(1, m.d1Inner(), 1e-12);
        assertTrue(Double.isNaN(m.d2Inner()));
    }

    @Test
    void oracleSearchFindsTheMinimaOfBothDerivativeErrorsOnALogScale() {
        AtomicInteger fits = new AtomicInteger();
        OracleSearch search = new OracleSearch(11, 8);
        OracleSearch.Result r = search.search(p -> {
            fits.incrementAndGet();
            double u1 = Math.log(p / 3.7);
            double u2 = Math.log(p / 420);
            return Outcome.ok(new ErrorMetrics(1 + u1 * u1, 2 + u1 * u1, 1 + u2 * u2, 1 + u2 * u2), 0);
        }, 1e-3, 1e5);
        assertEquals(3.7, r.bestD1().parameter(), 3.7 * 0.05);
        assertEquals(420, r.bestD2().parameter(), 420 * 0.05);
        assertEquals(11 + 2 * 8, fits.get());
        assertEquals(fits.get(), r.evaluations());
    }

    @Test
    void oracleSearchIgnoresFailedFitsAndReportsWhenAllFail() {
        OracleSearch search = new OracleSearch(5, 4);
        OracleSearch.Result r = search.search(p -> p < 1
                ? Outcome.notOk(Outcome.Status.FAILED, "too small")
                : Outcome.ok(new ErrorMetrics(p, p, p, p), 0), 0.01, 100);
        assertEquals(1, r.bestD1().parameter(), 1e-9);
        OracleSearch.Result none = search.search(p -> Outcome.notOk(Outcome.Status.FAILED, "always"), 0.01, 100);
        assertEquals(Outcome.Status.FAILED, none.bestD1().status());
        assertNull(none.bestD2());
    }

    @Test
    void wholeNumberSmoothingParametersArePassedAsWholeNumbers() {
        assertEquals("37", AccuracyBenchmark.settingText(new jdelt.interpolation.MethodDescriptor.Smoothing("window", 5,
                100001), 37.4));
        assertEquals("0.25", AccuracyBenchmark.settingText(new jdelt.interpolation.MethodDescriptor.Smoothing("span",
                0.01, 1), 0.25));
    }

    @Test
    void runnerTurnsExceptionsNonFiniteValuesAndOverrunsIntoOutcomes() {
        Cell cell = new Cell(Grid.signals().get(0), Sampling.UNIFORM, NoiseModel.GAUSSIAN, 0.01, 50);
        Cell.Dataset data = cell.dataset(0);
        try (FitRunner runner = new FitRunner(0.3)) {
            Interpolator throwing = (x, y) -> {
                throw new IllegalArgumentException("x[3] is bad");
            };
            Outcome failed = runner.run(throwing, data);
            assertEquals(Outcome.Status.FAILED, failed.status());
            assertEquals("IllegalArgumentException: x[3] is bad", failed.message());

            Outcome nan = runner.run(constant(Double.NaN, 0), data);
            assertEquals(Outcome.Status.FAILED, nan.status());
            assertTrue(nan.message().startsWith("non-finite first derivative NaN at t[0]"), nan.message());

            Outcome slow = runner.run(constant(0, 2000), data);
            assertEquals(Outcome.Status.TIMEOUT, slow.status());

            Outcome zero = runner.run(constant(0, 0), data);
            assertTrue(zero.ok());
            assertEquals(ErrorMetrics.rmse(new double[50], data.d1(), null), zero.metrics().d1All(), 1e-12);
        }
    }

    /** A method whose derivatives are all {@code value}, after sleeping {@code millis}. */
    private static Interpolator constant(double value, long millis) {
        return (x, y) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FittedCurve() {
                @Override
                public double value(double t) {
                    return value;
                }

                @Override
                public Curve differentiate(int order) {
                    return t -> value;
                }

                @Override
                public int maxOrder() {
                    return 2;
                }

                @Override
                public FitSummary summary() {
                    return FitSummary.builder("constant", true).build();
                }
            };
        };
    }

    /** Edge errors are over the outer 10 %, and coverage counts the truths within 1.96 standard errors. */
    @org.junit.jupiter.api.Test
    void edgeErrorsAndBandCoverage() {
        double[] t = new double[101];
        double[] truth = new double[101];
        double[] estimate = new double[101];
        double[] se = new double[101];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
            estimate[i] = i < 5 || i > 95 ? 3 : 1;
            se[i] = i % 4 == 0 ? 0.5 : 0.6;
        }
        ErrorMetrics m = ErrorMetrics.of(t, estimate, null, truth, truth, se, null);
        assertEquals(3, m.d1Edge(), 1e-12);
        assertEquals(1, m.d1Inner(), 1e-12);
        // covered: inner samples with se 0.6 (1 <= 1.176), not those with se 0.5 (1 > 0.98)
        int covered = 0;
        for (int i = 5; i <= 95; i++) {
            covered += i % 4 == 0 ? 0 : 1;
        }
        assertEquals(covered / 101.0, m.d1Coverage(), 1e-12);
        assertTrue(Double.isNaN(m.d2Coverage()) && Double.isNaN(m.d2Edge()));
        assertTrue(Double.isNaN(ErrorMetrics.of(t, estimate, null, truth, truth).d1Coverage()));
    }
}
