package jdelt.interpolation;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Sample grids and noisy signals with known derivatives, for the tests. */
final class TestSignals {

    private TestSignals() {
    }

    /** n points from lo to hi; if jitter, interior points move by up to 40 % of the spacing. */
    static double[] grid(int n, double lo, double hi, boolean jitter, Random random) {
        double[] x = new double[n];
        double h = (hi - lo) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = lo + h * i + (jitter && i > 0 && i < n - 1 ? 0.8 * h * (random.nextDouble() - 0.5) : 0);
        }
        return x;
    }

    /** f at x plus Gaussian noise of standard deviation sigma. */
    static double[] sample(double[] x, DoubleUnaryOperator f, double sigma, Random random) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]) + sigma * random.nextGaussian();
        }
        return y;
    }

    /** Root-mean-square difference between a curve and the truth over the inner 90 % of x. */
    static double innerRmse(Curve curve, DoubleUnaryOperator truth, double[] x) {
        double lo = x[0] + 0.05 * (x[x.length - 1] - x[0]);
        double hi = x[x.length - 1] - 0.05 * (x[x.length - 1] - x[0]);
        double[] v = curve.values(x);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                double e = v[i] - truth.applyAsDouble(x[i]);
                sum += e * e;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    /** Largest absolute difference between a curve and the truth at the given points. */
    static double maxError(Curve curve, DoubleUnaryOperator truth, double[] at) {
        double worst = 0;
        for (double t : at) {
            worst = Math.max(worst, Math.abs(curve.value(t) - truth.applyAsDouble(t)));
        }
        return worst;
    }
}
