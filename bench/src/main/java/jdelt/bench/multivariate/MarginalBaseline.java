package jdelt.bench.multivariate;

import java.util.Map;
import jdelt.interpolation.DataPreparation;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.MultivariateInterpolator;

/**
 * The approach of PyDelt 0.8.0's {@code MultivariateDerivatives}, reproduced as a baseline: one
 * 1-D fit per input column to the marginal cloud (the values against that column alone, ignoring
 * the others), here with jdelt's default 1-D {@code spline} after sorting and merging equal x by
 * their mean; the partial along axis j is the derivative of fit j at {@code x_j}, and every mixed
 * partial is 0.
 */
final class MarginalBaseline implements MultivariateInterpolator {

    static final String NAME = "pydelt-marginal";

    @Override
    public FittedField fit(double[][] points, double[] values) {
        int d = points[0].length;
        FittedCurve[] fits = new FittedCurve[d];
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        for (int j = 0; j < d; j++) {
            double[] x = new double[points.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = points[i][j];
            }
            DataPreparation.Result sorted = DataPreparation.sortByX(x, values);
            DataPreparation.Result merged = DataPreparation.mergeDuplicateX(sorted.x(), sorted.y());
            fits[j] = MethodRegistry.byName("spline").create(Map.of()).fit(merged.x(), merged.y()[0]);
        }
        return new Field(fits, mean);
    }

    /** The additive model {@code Σ_j fit_j(x_j) − (d − 1) mean}, with zero mixed partials. */
    private record Field(FittedCurve[] fits, double mean) implements BaselineField {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public int dimension() {
            return fits.length;
        }

        @Override
        public double value(double[] p) {
            double sum = -(fits.length - 1) * mean;
            for (int j = 0; j < fits.length; j++) {
                sum += fits[j].value(p[j]);
            }
            return sum;
        }

        @Override
        public double[] gradient(double[] p) {
            double[] g = new double[fits.length];
            for (int j = 0; j < g.length; j++) {
                g[j] = fits[j].differentiate(1).value(p[j]);
            }
            return g;
        }

        @Override
        public double[][] hessian(double[] p) {
            double[][] h = new double[fits.length][fits.length];
            for (int j = 0; j < h.length; j++) {
                h[j][j] = fits[j].differentiate(2).value(p[j]);
            }
            return h;
        }
    }
}
