package jdelt.bench.accuracy;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodSettings;
import jdelt.interpolation.Samples;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Test-only method registered under the bench tests: local quadratic regression with a Gaussian
 * kernel (Fan &amp; Gijbels, "Local Polynomial Modelling and Its Applications", 1996), bandwidth a
 * fixed fraction of the x range. It lets the benchmark harness run without the real methods.
 */
public final class KernelQuadraticMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "test-kernel";
    }

    @Override
    public String description() {
        return "test-only local quadratic regression with a Gaussian kernel";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("bandwidth", "0.05", "kernel standard deviation as a fraction of the x range"));
    }

    @Override
    public Optional<Smoothing> smoothing() {
        return Optional.of(new Smoothing("bandwidth", 0.002, 0.3));
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        double fraction = new MethodSettings(this, settings).number("bandwidth", 0.05);
        return (x, y) -> {
            Samples.validate(x, y, 3, name());
            double h = fraction * (x[x.length - 1] - x[0]);
            double[] xs = x.clone();
            double[] ys = y.clone();
            return new FittedCurve() {
                @Override
                public double value(double t) {
                    return local(xs, ys, h, t)[0];
                }

                @Override
                public Curve differentiate(int order) {
                    Samples.validateOrder(order, 2, name());
                    return t -> local(xs, ys, h, t)[order] * (order == 2 ? 2 : 1);
                }

                @Override
                public int maxOrder() {
                    return 2;
                }

                @Override
                public FitSummary summary() {
                    return FitSummary.builder(name(), false).parameter("bandwidth", h).build();
                }
            };
        };
    }

    /** Weighted least-squares quadratic in (x - t) over points within 4 bandwidths; NaN if singular. */
    private static double[] local(double[] x, double[] y, double h, double t) {
        double[][] a = new double[3][4];
        int lo = java.util.Arrays.binarySearch(x, t - 4 * h);
        lo = lo < 0 ? -lo - 1 : lo;
        for (int i = lo; i < x.length && x[i] <= t + 4 * h; i++) {
            double u = x[i] - t;
            double w = Math.exp(-0.5 * (u / h) * (u / h));
            double[] p = {1, u, u * u};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += w * p[r] * p[c];
                }
                a[r][3] += w * p[r] * y[i];
            }
        }
        for (int k = 0; k < 3; k++) {
            for (int r = k + 1; r < 3; r++) {
                double f = a[r][k] / a[k][k];
                for (int c = k; c < 4; c++) {
                    a[r][c] -= f * a[k][c];
                }
            }
        }
        double[] b = new double[3];
        for (int k = 2; k >= 0; k--) {
            double s = a[k][3];
            for (int c = k + 1; c < 3; c++) {
                s -= a[k][c] * b[c];
            }
            b[k] = s / a[k][k];
        }
        return b;
    }
}
