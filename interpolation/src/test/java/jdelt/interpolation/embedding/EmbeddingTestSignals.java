package jdelt.interpolation.embedding;

import jdelt.interpolation.FittedCurve;
import java.util.Random;

/** Noisy test signals with known derivatives shared by the tests of the embedding methods (GLLA, GOLD, LLA). */
public final class EmbeddingTestSignals {

    private EmbeddingTestSignals() {
    }

    /** sin(2πx) ("sine") or a Gaussian bump of width 0.1 at 0.5 ("gauss"), or a derivative of it. */
    public static double truth(String signal, double x, int order) {
        if (signal.equals("sine")) {
            double w = 2 * Math.PI;
            return order == 0 ? Math.sin(w * x) : order == 1 ? w * Math.cos(w * x) : -w * w * Math.sin(w * x);
        }
        double s = 0.1;
        double u = (x - 0.5) / s;
        double g = Math.exp(-u * u / 2);
        return order == 0 ? g : order == 1 ? -u / s * g : (u * u - 1) / (s * s) * g;
    }

    /** The signal at x plus Gaussian noise of standard deviation {@code noise}, fixed seed. */
    public static double[] noisy(String signal, double[] x, double noise, long seed) {
        Random rnd = new Random(seed);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = truth(signal, x[i], 0) + noise * rnd.nextGaussian();
        }
        return y;
    }

    /** RMS error, at the samples, of a derivative of a fit against the signal's. */
    public static double rmsError(FittedCurve fit, String signal, double[] x, int order) {
        double[] d = fit.differentiate(order).values(x);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.pow(d[i] - truth(signal, x[i], order), 2);
        }
        return Math.sqrt(sum / x.length);
    }
}
