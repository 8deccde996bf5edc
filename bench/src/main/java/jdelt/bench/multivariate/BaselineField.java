package jdelt.bench.multivariate;

import jdelt.interpolation.FitSummary;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.Partials;

/**
 * What the benchmark's baselines ({@link ChainedDifferences}, {@link MarginalBaseline}) share as
 * fields: partials up to the second, read off their value, gradient and Hessian
 * ({@link Partials#upToSecond}), and a summary that names the baseline and reports nothing chosen,
 * since they choose nothing.
 */
interface BaselineField extends FittedField {

    /** @return the baseline's name in the benchmark's tables */
    String name();

    @Override
    default int maxOrder() {
        return 2;
    }

    @Override
    default FitSummary summary() {
        return FitSummary.builder(name(), false).build();
    }

    @Override
    default double derivative(double[] point, int... orders) {
        return Partials.upToSecond(this, point, Partials.checkOrders(orders, dimension(), 2));
    }
}
