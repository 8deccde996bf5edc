package jdelt.interpolation;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Sample grids and noisy signals with known derivatives, for the tests of every module (test-jar). */
public final class TestSignals {

    private TestSignals() {
    }

    /** n points from lo to hi; if jitter, interior points move by up to 40 % of the spacing. */
    public static double[] grid(int n, double lo, double hi, boolean jitter, Random random) {
        double[] x = new double[n];
        double h = (hi - lo) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = lo + h * i + (jitter && i > 0 && i < n - 1 ? 0.8 * h * (random.nextDouble() - 0.5) : 0);
        }
        return x;
    }

    /** f at x plus Gaussian noise of standard deviation sigma. */
    public static double[] sample(double[] x, DoubleUnaryOperator f, double sigma, Random random) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]) + sigma * random.nextGaussian();
        }
        return y;
    }

    /**
     * The Euclidean norm, at each of {@code z}, of the weights by which a linear smoother's
     * derivative of the given order combines the samples: its derivative at z fitted to each unit
     * vector of samples in turn. Times the noise's deviation, that is the derivative's standard
     * error at z.
     */
    public static double[] weightNorms(Interpolator method, double[] x, int order, double[] z) {
        double[] sumSquares = new double[z.length];
        for (int i = 0; i < x.length; i++) {
            double[] unit = new double[x.length];
            unit[i] = 1;
            double[] w = method.fit(x, unit).differentiate(order).values(z);
            for (int k = 0; k < z.length; k++) {
                sumSquares[k] += w[k] * w[k];
            }
        }
        for (int k = 0; k < z.length; k++) {
            sumSquares[k] = Math.sqrt(sumSquares[k]);
        }
        return sumSquares;
    }

    /** Root-mean-square difference between a curve and the truth over the inner 90 % of x. */
    public static double innerRmse(Curve curve, DoubleUnaryOperator truth, double[] x) {
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
    public static double maxError(Curve curve, DoubleUnaryOperator truth, double[] at) {
        double worst = 0;
        for (double t : at) {
            worst = Math.max(worst, Math.abs(curve.value(t) - truth.applyAsDouble(t)));
        }
        return worst;
    }

    /** n points on [0, 1]: uniform, or with steps varying randomly between 0.5 and 1.5 times the mean. */
    public static double[] unitGrid(int n, boolean jitter, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + (jitter ? 0.5 + rnd.nextDouble() : 1);
        }
        double scale = x[n - 1];
        for (int i = 0; i < n; i++) {
            x[i] /= scale;
        }
        return x;
    }

    /** Strictly increasing x on [0, 1] with steps varying randomly between 0.5h and 1.5h. */
    public static double[] jittered(int n, long seed) {
        return unitGrid(n, true, seed);
    }

    /** A polynomial with coefficients c (c[k] multiplies t^k), or its derivative. */
    public static double poly(double[] c, double t, int order) {
        double sum = 0;
        for (int k = order; k < c.length; k++) {
            double f = 1;
            for (int j = 0; j < order; j++) {
                f *= k - j;
            }
            sum += f * c[k] * Math.pow(t, k - order);
        }
        return sum;
    }

    /** The largest difference between two evaluations, relative to the range (max - min) of the first. */
    public static double relativeChange(double[] base, double[] moved) {
        double worst = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < base.length; i++) {
            worst = Math.max(worst, Math.abs(moved[i] - base[i]));
            lo = Math.min(lo, base[i]);
            hi = Math.max(hi, base[i]);
        }
        return worst / (hi - lo);
    }

}
