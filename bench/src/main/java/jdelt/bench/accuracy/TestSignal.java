package jdelt.bench.accuracy;

/**
 * A test signal with known first and second derivatives on a finite interval, the ground truth of
 * the accuracy benchmark (in the spirit of van Breugel, Kutz &amp; Brunton, "Numerical
 * differentiation of noisy data: a unifying multi-objective optimization framework", IEEE Access
 * 8, 2020).
 */
public interface TestSignal {

    /** @return a short name used in tables and file names */
    String name();

    /** @return whether the signal is smooth and slowly varying (false for the kink and chaotic ones) */
    boolean smooth();

    /** @return the left end of the interval the signal is sampled on */
    double start();

    /** @return the right end of the interval the signal is sampled on */
    double end();

    /**
     * Evaluates the signal and its exact derivatives.
     *
     * @param t sample times inside {@code [start(), end()]}, increasing
     * @return three arrays of the length of {@code t}: value, first derivative, second derivative
     */
    double[][] evaluate(double[] t);
}
