package jdelt.cli;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;

/**
 * A fit of x in seconds whose derivatives are given per another {@link DerivativeUnit}: the derivative
 * of order k is multiplied by the unit's length in seconds to the power k; the fit itself is unchanged.
 */
final class PerUnitFit implements FittedCurve {

    private final FittedCurve fit;
    private final DerivativeUnit unit;

    private PerUnitFit(FittedCurve fit, DerivativeUnit unit) {
        this.fit = fit;
        this.unit = unit;
    }

    /** @return the fit with derivatives per {@code unit}, or the fit itself for seconds */
    static FittedCurve of(FittedCurve fit, DerivativeUnit unit) {
        return unit.seconds() == 1 ? fit : new PerUnitFit(fit, unit);
    }

    @Override
    public double value(double x) {
        return fit.value(x);
    }

    @Override
    public double[] values(double[] x) {
        return fit.values(x);
    }

    @Override
    public Curve differentiate(int order) {
        if (order == 0) {
            return this;
        }
        Curve d = fit.differentiate(order);
        double factor = unit.factor(order);
        return new Curve() {
            @Override
            public double value(double x) {
                return factor * d.value(x);
            }

            @Override
            public double[] values(double[] x) {
                double[] v = d.values(x);
                for (int i = 0; i < v.length; i++) {
                    v[i] *= factor;
                }
                return v;
            }
        };
    }

    @Override
    public int maxOrder() {
        return fit.maxOrder();
    }

    @Override
    public FitSummary summary() {
        return fit.summary();
    }
}
