package jdelt.estimators;

import java.util.List;

import jdelt.interpolation.MethodContract;
import jdelt.interpolation.MethodDescriptor;

/** Runs the {@link MethodContract} over every method registered by the estimators module (fd). */
class EstimatorsContractTest extends MethodContract {

    @Override
    protected List<MethodDescriptor> methods() {
        return registeredIn("jdelt.estimators");
    }
}
