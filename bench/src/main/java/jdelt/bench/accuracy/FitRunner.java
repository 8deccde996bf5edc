package jdelt.bench.accuracy;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


/**
 * Fits one method to one data set under a time limit and scores its first and second derivatives
 * at the sample times; a method that throws, returns non-finite values or runs too long gives a
 * failed outcome instead of stopping the benchmark. Where the fit gives standard errors, the
 * coverage of their 95 % band is scored too (outside the timed part). A fit that overruns is abandoned on a daemon
 * thread (Java cannot stop it), so callers should not resubmit that method at that size.
 */
public final class FitRunner implements AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "jdelt-bench-fit");
        thread.setDaemon(true);
        return thread;
    });
    private final double timeoutSeconds;

    /** @param timeoutSeconds the per-fit time limit */
    public FitRunner(double timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Fits and scores, under the time limit.
     *
     * @param method the configured method
     * @param data the noisy samples and the truth
     * @return the outcome
     */
    public Outcome run(Interpolator method, Cell.Dataset data) {
        Future<Outcome> future = pool.submit(() -> fitAndScore(method, data));
        try {
            return future.get((long) (timeoutSeconds * 1e3), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Outcome.notOk(Outcome.Status.TIMEOUT, "no result within " + timeoutSeconds + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Outcome.notOk(Outcome.Status.FAILED, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.notOk(Outcome.Status.FAILED, "interrupted");
        }
    }

    /**
     * Fits and scores on the calling thread, without a time limit.
     *
     * @param method the configured method
     * @param data the noisy samples and the truth
     * @return the outcome; FAILED if a derivative is not finite somewhere
     */
    public static Outcome fitAndScore(Interpolator method, Cell.Dataset data) {
        double[] t = data.t();
        long start = System.nanoTime();
        FittedCurve fit = method.fit(t, data.y());
        double[] d1 = fit.differentiate(1).values(t);
        double[] d2 = fit.maxOrder() >= 2 ? fit.differentiate(2).values(t) : null;
        double seconds = (System.nanoTime() - start) * 1e-9;
        String bad = firstNonFinite(t, d1, "first");
        if (bad == null && d2 != null) {
            bad = firstNonFinite(t, d2, "second");
        }
        if (bad != null) {
            return Outcome.notOk(Outcome.Status.FAILED, bad);
        }
        double[] se1 = fit.summary().standardError(1).map(c -> c.values(t)).orElse(null);
        double[] se2 = d2 == null ? null : fit.summary().standardError(2).map(c -> c.values(t)).orElse(null);
        return Outcome.ok(ErrorMetrics.of(t, d1, d2, data.d1(), data.d2(), se1, se2), seconds);
    }

    private static String firstNonFinite(double[] t, double[] v, String which) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return "non-finite " + which + " derivative " + v[i] + " at t[" + i + "] = " + t[i];
            }
        }
        return null;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
