package jdelt.interpolation;

import java.util.List;

import jdelt.interpolation.neural.NeuralNetworkMethod;

/** Runs the {@link MethodContract} over every method registered by the interpolation module. */
class InterpolationContractTest extends MethodContract {

    @Override
    protected List<MethodDescriptor> methods() {
        return registeredIn("jdelt.interpolation");
    }

    /** The network trains for up to 2000 iterations: 48 samples keep its checks to seconds. */
    @Override
    protected int samples(MethodDescriptor method) {
        return method instanceof NeuralNetworkMethod ? 48 : super.samples(method);
    }

    /**
     * The network's training (Adam, then L-BFGS with early stopping at the best held-out loss) is
     * not a continuous function of the data: adding 2e-16 to one of 48 samples of the contract's
     * noisy sine moved its first derivative by 3.7 % of its range, 1e-13 by 2.9 %, 1e-7 by 5.1 %.
     * Offsets and changes of units round the data by as much, so it gets 10 % (which still catches
     * a fit that depends on the units, as an unstandardised network would).
     */
    @Override
    protected double invariance(MethodDescriptor method) {
        return method instanceof NeuralNetworkMethod ? 0.1 : super.invariance(method);
    }
}
