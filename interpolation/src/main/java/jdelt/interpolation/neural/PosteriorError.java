package jdelt.interpolation.neural;

import jdelt.interpolation.Curve;
import java.util.stream.IntStream;

/**
 * The standard error of one derivative of a single automatic network: the square root of its
 * posterior variance ({@link PosteriorVariance}, after Wahba, J. R. Statist. Soc. B 45, 1983),
 * mapped from the standardised units of the network to the data's. Arrays of more than
 * {@value NeuralNetworkFit#CHUNK} points are evaluated in parallel.
 */
final class PosteriorError implements Curve {
    private final ShallowNetwork network;
    private final int order;
    private final double xMean;
    private final double xScale;
    private final double yScale;

    /**
     * @param network the network whose output layer's posterior is used
     * @param order the derivative order
     * @param xMean the mean of the abscissae, subtracted before the network
     * @param xScale the standard deviation of the abscissae, divided out before the network
     * @param yScale the output scale of the network
     */
    PosteriorError(ShallowNetwork network, int order, double xMean, double xScale, double yScale) {
        this.network = network;
        this.order = order;
        this.xMean = xMean;
        this.xScale = xScale;
        this.yScale = yScale;
    }

    @Override
    public double value(double x) {
        return values(new double[] {x})[0];
    }

    @Override
    public double[] values(double[] x) {
        double[] out = new double[x.length];
        int chunk = NeuralNetworkFit.CHUNK;
        int chunks = (x.length + chunk - 1) / chunk;
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            int from = c * chunk;
            int count = Math.min(x.length, from + chunk) - from;
            double[] u = new double[count];
            double[] v = new double[count];
            for (int p = 0; p < count; p++) {
                double xp = x[from + p];
                u[p] = Double.isFinite(xp) ? (xp - xMean) / xScale : 0;
            }
            network.variance(u, count, order, v);
            double factor = yScale / Math.pow(xScale, order);
            for (int p = 0; p < count; p++) {
                out[from + p] = Double.isFinite(x[from + p]) ? factor * Math.sqrt(v[p]) : Double.NaN;
            }
        });
        return out;
    }
}
