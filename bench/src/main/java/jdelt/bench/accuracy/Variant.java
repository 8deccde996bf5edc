package jdelt.bench.accuracy;

import jdelt.interpolation.MethodDescriptor;


/**
 * A registered method as the accuracy benchmark runs it: with its default settings, or as an
 * "oracle" whose smoothing parameter is tuned on the truth by {@link OracleSearch}.
 *
 * @param method the registered method
 * @param oracle whether the smoothing parameter is tuned on the truth
 */
public record Variant(MethodDescriptor method, boolean oracle) {

    /** @return the method's name, with {@code "-oracle"} appended for the oracle variant */
    public String name() {
        return oracle ? method.name() + "-oracle" : method.name();
    }
}
