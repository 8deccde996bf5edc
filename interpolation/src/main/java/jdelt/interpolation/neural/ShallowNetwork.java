package jdelt.interpolation.neural;

/**
 * A trained network with one hidden layer of tanh units ({@link TanhLayer}) and a linear
 * input-to-output connection, {@code f(u) = a + b u + Σ v_j tanh(s_j (u - c_j))}, evaluated with
 * its input derivatives of orders 1–3 in closed form. Only the units active at u are evaluated: the
 * saturated ones, exactly ±1 in double precision, enter through prefix sums of the output weights,
 * so the cost per point does not grow with the number of units.
 */
final class ShallowNetwork implements Member {

    private final TanhLayer layer;
    private final double[] weight;
    private final double bias;
    private final double linear;
    private final PosteriorVariance posterior;
    /** {@code prefix[j]} = sum of the output weights of the units before j. */
    private final double[] prefix;

    ShallowNetwork(TanhLayer layer, double[] weight, double bias, double linear, PosteriorVariance posterior) {
        this.layer = layer;
        this.posterior = posterior;
        this.weight = weight;
        this.bias = bias;
        this.linear = linear;
        prefix = new double[weight.length + 1];
        for (int j = 0; j < weight.length; j++) {
            prefix[j + 1] = prefix[j] + weight[j];
        }
    }

    /** @return the number of hidden units */
    int units() {
        return weight.length;
    }

    /**
     * The posterior variance of the derivative of {@code order} ({@link PosteriorVariance}), in
     * standardised units.
     *
     * @param u standardised inputs
     * @param count how many
     * @param order 0 to 3
     * @param out receives the variances
     */
    void variance(double[] u, int count, int order, double[] out) {
        posterior.at(layer, u, count, order, out);
    }

    @Override
    public Member.Evaluator evaluator(int capacity, int order) {
        int width = 0;
        for (int k = 0; k <= layer.size(); k++) {
            width = Math.max(width, layer.last(k) - layer.first(k) + 1);
        }
        double[] t = new double[width];
        double[] d1 = new double[width];
        double[] d2 = new double[width];
        double[] d3 = new double[width];
        return (u, count, result) -> {
            double total = prefix[weight.length];
            for (int p = 0; p < count; p++) {
                int k = layer.gap(u[p]);
                int f = layer.first(k);
                int active = layer.activate(u[p], k, t, d1, d2, d3);
                double value = bias + linear * u[p] + prefix[f] - (total - prefix[f + active]);
                double slope = linear;
                double curvature = 0;
                double third = 0;
                for (int m = 0; m < active; m++) {
                    double v = weight[f + m];
                    value += v * t[m];
                    slope += v * d1[m];
                    curvature += v * d2[m];
                    third += v * d3[m];
                }
                result[0][p] = value;
                if (order >= 1) {
                    result[1][p] = slope;
                }
                if (order >= 2) {
                    result[2][p] = curvature;
                }
                if (order >= 3) {
                    result[3][p] = third;
                }
            }
        };
    }
}
