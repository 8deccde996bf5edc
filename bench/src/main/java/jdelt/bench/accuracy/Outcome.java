package jdelt.bench.accuracy;

/**
 * What one fit of one method on one data set gave: its errors and time, or why there are none.
 *
 * @param status whether the fit ran, failed, timed out or was skipped
 * @param metrics the derivative errors (null unless {@link Status#OK})
 * @param seconds wall-clock time of fit plus first and second derivative at all samples
 * @param parameter the smoothing parameter used, for oracle fits (NaN otherwise)
 * @param message the failure or skip reason (null when OK)
 */
public record Outcome(Status status, ErrorMetrics metrics, double seconds, double parameter, String message) {

    /** The kinds of outcome. */
    public enum Status {
        /** The fit ran and gave finite derivatives. */
        OK,
        /** The method threw, or gave non-finite derivatives. */
        FAILED,
        /** The fit did not finish within the per-fit time limit. */
        TIMEOUT,
        /** The fit was not attempted (size limit, earlier timeout, or time budget). */
        SKIPPED
    }

    /**
     * @param metrics the errors
     * @param seconds the time taken
     * @return a successful outcome
     */
    public static Outcome ok(ErrorMetrics metrics, double seconds) {
        return new Outcome(Status.OK, metrics, seconds, Double.NaN, null);
    }

    /**
     * @param status a non-OK status
     * @param message why
     * @return an outcome without errors
     */
    public static Outcome notOk(Status status, String message) {
        return new Outcome(status, null, Double.NaN, Double.NaN, message);
    }

    /**
     * @param p the smoothing parameter that produced this outcome
     * @return a copy carrying {@code p}
     */
    public Outcome withParameter(double p) {
        return new Outcome(status, metrics, seconds, p, message);
    }

    /** @return whether the fit ran and gave finite derivatives */
    public boolean ok() {
        return status == Status.OK;
    }
}
