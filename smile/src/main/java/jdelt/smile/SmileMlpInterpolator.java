package jdelt.smile;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.Samples;
import smile.base.mlp.Layer;
import smile.math.MathEx;
import smile.math.TimeFunction;
import smile.regression.MLP;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Smile's multilayer-perceptron regression (back-propagation by stochastic gradient descent;
 * Smile's {@code smile.regression.MLP}) with one tanh hidden layer, as a jdelt method, for
 * comparison with jdelt's own {@code neural} method. x and y are standardised before training;
 * training runs a fixed number of epochs of per-sample (online) updates in the order of x,
 * learning rate 0.01, no weight decay. This is the configuration that trained reliably across
 * seeds in our measurements: two hidden layers, RMSProp, or a shuffled order gave saturated,
 * step-like fits for most seeds. There is no held-out stopping: the epoch count is the smoothing
 * control. Deterministic for a given seed. Derivatives are Richardson-extrapolated central
 * differences of the network's prediction ({@link RichardsonDerivative}), not forward-mode as in
 * {@code neural}. On a cubic sampled at 41 points the largest errors in the middle half were 0.5
 * (value, on a range of 6.4), 0.8 (first) and 1.0 (second derivative): a rough, smooth fit.
 * Outside the sampled range the network levels off.
 */
public final class SmileMlpInterpolator implements Interpolator {

    /** The method name. */
    public static final String NAME = "smile-mlp";

    private final int width;
    private final int epochs;
    private final long seed;

    /**
     * @param width the width of the hidden layer, at least 1
     * @param epochs passes over the data, at least 1
     * @param seed the seed for Smile's initial weights
     */
    public SmileMlpInterpolator(int width, int epochs, long seed) {
        if (width < 1 || epochs < 1) {
            throw new IllegalArgumentException(NAME + ": width and epochs must be at least 1, got width "
                    + width + ", epochs " + epochs);
        }
        this.width = width;
        this.epochs = epochs;
        this.seed = seed;
    }

    @Override
    public FittedCurve fit(double[] x, double[] y) {
        Samples.validate(x, y, 3, NAME);
        int n = x.length;
        double xMean = StatUtils.mean(x);
        double xScale = Math.sqrt(StatUtils.populationVariance(x, xMean));
        double yMean = StatUtils.mean(y);
        double yDev = Math.sqrt(StatUtils.populationVariance(y, yMean));
        double yScale = yDev > 0 ? yDev : 1;
        double[][] u = new double[n][];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = new double[] {(x[i] - xMean) / xScale};
            t[i] = (y[i] - yMean) / yScale;
        }
        MLP net;
        synchronized (MathEx.class) {
            MathEx.setSeed(seed);
            net = new MLP(Layer.input(1), Layer.tanh(width));
        }
        net.setLearningRate(TimeFunction.constant(0.01));
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = 0; i < n; i++) {
                net.update(u[i], t[i]);
            }
        }
        return new SmileFit(NAME, v -> yMean + yScale * net.predict(new double[] {(v - xMean) / xScale}), x);
    }
}
