package jdelt.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs one task per y column on up to one thread per processor and returns the results in column
 * order. Every jdelt fit is a function of its column alone (interpolators and fits are immutable),
 * so the results are those of running the columns one after the other, only sooner; a failure is
 * rethrown as it was thrown (the first failing column's, in column order), so its message reaches
 * the user unchanged.
 */
final class ParallelColumns {

    private ParallelColumns() {
    }

    /**
     * @param count the number of columns
     * @param task the work for column c
     * @param <T> the result type
     * @return {@code task(0) ... task(count - 1)}, in that order; computed in the calling thread if {@code count == 1}
     */
    static <T> List<T> map(int count, IntFunction<T> task) {
        if (count == 1) {
            return List.of(task.apply(0));
        }
        int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jdelt-column");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                int column = c;
                futures.add(pool.submit(() -> task.apply(column)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting columns", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
