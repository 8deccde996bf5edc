package jdelt.interpolation.neural;

/**
 * One trained network of an ensemble, seen as a function of the standardised input with its
 * input derivatives: either a {@link ShallowNetwork} (the automatic default) or a deep
 * {@link Network} with its parameters (explicit hidden layers).
 */
interface Member {

    /** Evaluates batches of inputs, reusing buffers; one per thread. */
    interface Evaluator {
        /**
         * Writes the derivatives of orders 0 to the evaluator's order at {@code u[0..count)} into
         * {@code result[k][0..count)}.
         */
        void derivatives(double[] u, int count, double[][] result);
    }

    /**
     * @param capacity the most points per batch
     * @param order the highest derivative order wanted
     * @return a new evaluator
     */
    Evaluator evaluator(int capacity, int order);

    /** @return a deep network with the given parameters as a member */
    static Member deep(Network network, double[] theta) {
        return (capacity, order) -> {
            Network.Evaluator e = network.new Evaluator(capacity, order);
            return (u, count, result) -> e.derivatives(theta, u, count, result);
        };
    }
}
