package jdelt.interpolation.neural;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The architecture of a fully connected network from one input to one output with smooth hidden
 * activations: parameter layout, initialisation, the least-squares loss with its gradient by
 * back-propagation (Rumelhart, Hinton &amp; Williams, Nature 323, 1986), and exact input derivatives
 * of orders 0–3 by forward-mode Taylor propagation (Griewank &amp; Walther, <i>Evaluating
 * Derivatives</i>, 2008, ch. 13). The parameters live in one flat array, layer after layer, each layer
 * its weight matrix (row per output unit) then its biases. Batches are stored unit-major
 * ({@code [unit * count + point]}) so the inner loops run over points and vectorise.
 */
final class Network {

    /** The highest input-derivative order the network propagates. */
    static final int MAX_ORDER = 3;
    /** Below this many points a layer is applied point by point, avoiding per-row loop overhead. */
    private static final int FEW = 8;

    private final LayerLayout layout;
    private final int[] sizes;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameters;
    private final Activation activation;

    Network(int[] hidden, Activation activation) {
        this.activation = activation;
        layout = LayerLayout.of(1, hidden);
        sizes = layout.sizes();
        weightOffset = layout.weightOffset();
        biasOffset = layout.biasOffset();
        parameters = layout.parameters();
    }

    /**
     * Draws initial parameters ({@link LayerLayout#initialise}), first-layer biases on [−2, 2],
     * the standardised input's range.
     */
    double[] initialise(SplittableRandom random) {
        return layout.initialise(random, 2.0);
    }

    /**
     * The penalised least-squares objective {@code (Σ w r² + decay · Σ weights²) / Σ w} on
     * {@code data} (biases are not penalised) and its gradient. Dividing the penalty by the sample
     * count, as in maximum a-posteriori estimation with a Gaussian prior on the weights (MacKay,
     * Neural Computation 4, 1992), makes the regularisation fade as the data grow.
     *
     * @param gradient receives the gradient, or {@code null} to compute the loss alone
     */
    double loss(double[] theta, TrainingData data, double decay, double[] gradient) {
        double[] u = data.u();
        double[] t = data.t();
        double[] w = data.w();
        int n = u.length;
        int layers = sizes.length;
        double[][] a = new double[layers][];
        double[][] slope = new double[layers][];
        a[0] = u;
        for (int l = 1; l < layers; l++) {
            a[l] = affine(theta, l, a[l - 1], n, true);
            if (l < layers - 1) {
                int length = a[l].length;
                slope[l] = new double[length];
                activation.apply(a[l], length, slope[l], new double[length], new double[length]);
            }
        }
        double[] out = a[layers - 1];
        double total = 0;
        for (int p = 0; p < n; p++) {
            total += w[p];
        }
        double sse = 0;
        double[] delta = new double[n];
        for (int p = 0; p < n; p++) {
            double r = out[p] - t[p];
            sse += w[p] * r * r;
            delta[p] = 2.0 * w[p] * r / total;
        }
        double penalty = 0;
        for (int l = 1; l < layers; l++) {
            for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                penalty += theta[k] * theta[k];
            }
        }
        if (gradient != null) {
            backPropagate(theta, a, slope, delta, n, gradient);
            for (int l = 1; l < layers; l++) {
                for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                    gradient[k] += 2.0 * decay * theta[k] / total;
                }
            }
        }
        return (sse + decay * penalty) / total;
    }

    private void backPropagate(double[] theta, double[][] a, double[][] slope, double[] outDelta,
                               int n, double[] gradient) {
        double[] delta = outDelta;
        for (int l = sizes.length - 1; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[] prev = a[l - 1];
            for (int j = 0; j < out; j++) {
                int w = weightOffset[l] + j * in;
                for (int i = 0; i < in; i++) {
                    gradient[w + i] = dot(delta, j * n, prev, i * n, n);
                }
                gradient[biasOffset[l] + j] = dot(delta, j * n, null, 0, n);
            }
            if (l > 1) {
                double[] next = new double[in * n];
                for (int j = 0; j < out; j++) {
                    int w = weightOffset[l] + j * in;
                    for (int i = 0; i < in; i++) {
                        axpy(theta[w + i], delta, j * n, next, i * n, n);
                    }
                }
                double[] s = slope[l - 1];
                for (int k = 0; k < next.length; k++) {
                    next[k] *= s[k];
                }
                delta = next;
            }
        }
    }

    /** @return the widest layer, for sizing an {@link Evaluator}'s buffers */
    private int widest() {
        int w = 1;
        for (int size : sizes) {
            w = Math.max(w, size);
        }
        return w;
    }

    /**
     * Evaluates the network and its input derivatives at batches of at most {@code capacity}
     * standardised inputs, reusing its buffers; one evaluator per thread.
     */
    final class Evaluator {
        private final int order;
        private final double[][] in;
        private final double[][] out;
        private final double[] d1;
        private final double[] d2;
        private final double[] d3;

        Evaluator(int capacity, int order) {
            this.order = order;
            int length = widest() * capacity;
            in = new double[order + 1][length];
            out = new double[order + 1][length];
            d1 = new double[length];
            d2 = new double[length];
            d3 = new double[length];
        }

        /**
         * Writes the derivatives of orders 0 to {@code order} of the network at {@code u[0..count)}
         * into {@code result[k][0..count)}.
         */
        void derivatives(double[] theta, double[] u, int count, double[][] result) {
            double[][] a = in;
            double[][] z = out;
            System.arraycopy(u, 0, a[0], 0, count);
            for (int k = 1; k <= order; k++) {
                Arrays.fill(a[k], 0, count, k == 1 ? 1.0 : 0.0);
            }
            for (int l = 1; l < sizes.length; l++) {
                for (int k = 0; k <= order; k++) {
                    affine(theta, l, a[k], z[k], count, k == 0);
                }
                if (l < sizes.length - 1) {
                    activate(z, sizes[l] * count);
                }
                double[][] swap = a;
                a = z;
                z = swap;
            }
            for (int k = 0; k <= order; k++) {
                System.arraycopy(a[k], 0, result[k], 0, count);
            }
        }

        /**
         * Faà di Bruno's formula for σ(z(u)) up to the requested derivative, in place: the highest
         * order first, since it reads the lower ones.
         */
        private void activate(double[][] z, int length) {
            activation.apply(z[0], length, d1, d2, d3);
            if (order >= 3) {
                double[] z1 = z[1];
                double[] z2 = z[2];
                double[] z3 = z[3];
                for (int m = 0; m < length; m++) {
                    z3[m] = d3[m] * z1[m] * z1[m] * z1[m] + 3.0 * d2[m] * z1[m] * z2[m] + d1[m] * z3[m];
                }
            }
            if (order >= 2) {
                double[] z1 = z[1];
                double[] z2 = z[2];
                for (int m = 0; m < length; m++) {
                    z2[m] = d2[m] * z1[m] * z1[m] + d1[m] * z2[m];
                }
            }
            if (order >= 1) {
                double[] z1 = z[1];
                for (int m = 0; m < length; m++) {
                    z1[m] *= d1[m];
                }
            }
        }
    }

    /** Applies layer {@code l}'s weights (and biases if asked) to a unit-major batch. */
    private double[] affine(double[] theta, int l, double[] input, int n, boolean withBias) {
        double[] z = new double[sizes[l] * n];
        affine(theta, l, input, z, n, withBias);
        return z;
    }

    private void affine(double[] theta, int l, double[] input, double[] z, int n, boolean withBias) {
        int in = sizes[l - 1];
        int out = sizes[l];
        if (n < FEW) {
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < out; j++) {
                    int w = weightOffset[l] + j * in;
                    double sum = withBias ? theta[biasOffset[l] + j] : 0.0;
                    for (int i = 0; i < in; i++) {
                        sum += theta[w + i] * input[i * n + p];
                    }
                    z[j * n + p] = sum;
                }
            }
            return;
        }
        for (int j = 0; j < out; j++) {
            Arrays.fill(z, j * n, (j + 1) * n, withBias ? theta[biasOffset[l] + j] : 0.0);
            int w = weightOffset[l] + j * in;
            for (int i = 0; i < in; i++) {
                axpy(theta[w + i], input, i * n, z, j * n, n);
            }
        }
    }

    private static void axpy(double alpha, double[] x, int xFrom, double[] y, int yFrom, int n) {
        for (int p = 0; p < n; p++) {
            y[yFrom + p] += alpha * x[xFrom + p];
        }
    }

    /** Sum of {@code x[xFrom + p] * y[yFrom + p]}, or of {@code x} alone when {@code y} is null. */
    private static double dot(double[] x, int xFrom, double[] y, int yFrom, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int p = 0;
        if (y == null) {
            for (; p + 3 < n; p += 4) {
                s0 += x[xFrom + p];
                s1 += x[xFrom + p + 1];
                s2 += x[xFrom + p + 2];
                s3 += x[xFrom + p + 3];
            }
            for (; p < n; p++) {
                s0 += x[xFrom + p];
            }
        } else {
            for (; p + 3 < n; p += 4) {
                s0 += x[xFrom + p] * y[yFrom + p];
                s1 += x[xFrom + p + 1] * y[yFrom + p + 1];
                s2 += x[xFrom + p + 2] * y[yFrom + p + 2];
                s3 += x[xFrom + p + 3] * y[yFrom + p + 3];
            }
            for (; p < n; p++) {
                s0 += x[xFrom + p] * y[yFrom + p];
            }
        }
        return (s0 + s1) + (s2 + s3);
    }
}
