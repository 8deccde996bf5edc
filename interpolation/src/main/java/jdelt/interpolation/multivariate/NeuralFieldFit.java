package jdelt.interpolation.multivariate;

import jdelt.interpolation.FitSummary;

/**
 * A fitted network of d inputs ({@link NeuralFieldInterpolator}): {@code f(x) = mean + scale ·
 * net(A (x − m))} with the whitening {@code A (x − m)} of {@link Whitening}, so
 * {@code ∇f = scale · A' ∇net} and {@code ∇²f = scale · A' ∇²net A}, with {@code ∇net} and
 * {@code ∇²net} exact by forward mode through the network ({@link FieldNetwork#derivatives}).
 * Partials of total order at most 2. Immutable and thread-safe: every evaluation allocates its own
 * buffers.
 */
final class NeuralFieldFit implements FittedField {

    private final FieldNetwork network;
    private final double[] theta;
    private final Whitening whitening;
    private final double yMean;
    private final double yScale;
    private final FitSummary summary;
    private final int d;

    NeuralFieldFit(FieldNetwork network, double[] theta, Whitening whitening, double yMean, double yScale,
                   FitSummary summary) {
        this.network = network;
        this.theta = theta.clone();
        this.whitening = whitening;
        this.yMean = yMean;
        this.yScale = yScale;
        this.summary = summary;
        this.d = network.inputs();
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int maxOrder() {
        return 2;
    }

    /**
     * Reports the hidden widths, the weight decay and the iteration at which the held-out error
     * was lowest, the number of held-out samples, the seed, and as residual deviation the held-out
     * root-mean-square error (in the values' units).
     */
    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public double value(double[] point) {
        Partials.checkPoint(point, d, "point");
        return yMean + yScale * network.derivatives(theta, whitening.apply(point), 0)[0];
    }

    @Override
    public double[] gradient(double[] point) {
        Partials.checkPoint(point, d, "point");
        double[] c = network.derivatives(theta, whitening.apply(point), 1);
        double[] g = new double[d];
        for (int j = 0; j < d; j++) {
            g[j] = yScale * c[1 + j];
        }
        return whitening.pullBack(g);
    }

    @Override
    public double[][] hessian(double[] point) {
        Partials.checkPoint(point, d, "point");
        double[] c = network.derivatives(theta, whitening.apply(point), 2);
        for (int k = 1 + d; k < c.length; k++) {
            c[k] *= yScale;
        }
        return whitening.pullBack(Partials.symmetric(c, 1 + d, d));
    }

    @Override
    public double derivative(double[] point, int... orders) {
        return Partials.upToSecond(this, point, Partials.checkOrders(orders, d, maxOrder()));
    }
}
