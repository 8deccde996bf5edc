package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.SplittableRandom;
import jdelt.interpolation.neural.Activation;
import jdelt.interpolation.neural.LayerLayout;

/**
 * A fully connected tanh network from d inputs to one output: parameter layout, initialisation,
 * the penalised least-squares loss with its gradient by back-propagation (Rumelhart, Hinton &amp;
 * Williams, Nature 323, 1986), and the exact gradient and Hessian with respect to the input by
 * forward mode (Griewank &amp; Walther, <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, ch. 3
 * and 13): every unit carries its value, its d first partials and its d(d+1)/2 second partials;
 * an affine layer maps all of them linearly, and {@code σ(a)} maps them by the chain rule,
 * {@code ∂_p σ = σ' ∂_p a} and {@code ∂_pq σ = σ'' ∂_p a ∂_q a + σ' ∂_pq a}.
 *
 * <p>The parameters live in one flat array, layer after layer, each layer its weight matrix (a row
 * per output unit) then its biases. Training batches are stored unit-major
 * ({@code [unit * count + point]}) so the inner loops run over points. Immutable.
 */
final class FieldNetwork {

    private final LayerLayout layout;
    private final int[] sizes;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameters;

    /**
     * @param d the number of inputs
     * @param hidden the width of each hidden layer, input side first
     */
    FieldNetwork(int d, int[] hidden) {
        layout = LayerLayout.of(d, hidden);
        sizes = layout.sizes();
        weightOffset = layout.weightOffset();
        biasOffset = layout.biasOffset();
        parameters = layout.parameters();
    }

    /** @return the number of weights and biases */
    int parameters() {
        return parameters;
    }

    /** @return the number of inputs d */
    int inputs() {
        return sizes[0];
    }

    /**
     * Draws initial parameters ({@link LayerLayout#initialise}), first-layer biases on [−1, 1],
     * inside the whitened inputs' range.
     */
    double[] initialise(SplittableRandom random) {
        return layout.initialise(random, 1.0);
    }

    /**
     * Buffers for {@link #loss} on batches of one size: every layer's activations and slopes and
     * the back-propagated errors. One per batch and thread.
     */
    final class Workspace {
        private final int n;
        private final double[][] a;
        private final double[][] slope;
        private final double[][] delta;
        private final double[] d2;
        private final double[] d3;

        Workspace(int n) {
            this.n = n;
            int layers = sizes.length;
            a = new double[layers][];
            slope = new double[layers][];
            delta = new double[layers][];
            int widest = 1;
            for (int l = 1; l < layers; l++) {
                a[l] = new double[sizes[l] * n];
                slope[l] = new double[sizes[l] * n];
                delta[l] = new double[sizes[l] * n];
                widest = Math.max(widest, sizes[l]);
            }
            d2 = new double[widest * n];
            d3 = new double[widest * n];
        }
    }

    /**
     * The penalised least-squares objective {@code (Σ r² + decay · Σ weights²) / n} (biases not
     * penalised) and its gradient; the penalty per sample fades as samples grow, as in maximum
     * a-posteriori estimation with a Gaussian prior on the weights (MacKay, Neural Computation 4,
     * 1992).
     *
     * @param inputs the inputs, unit-major: {@code inputs[j * n + i]} is coordinate j of point i
     * @param targets the n targets
     * @param gradient receives the gradient, or {@code null} for the loss alone
     * @param work buffers for n points
     */
    double loss(double[] theta, double[] inputs, double[] targets, double decay, double[] gradient, Workspace work) {
        int n = targets.length;
        if (work.n != n) {
            throw new IllegalArgumentException("workspace for " + work.n + " points, batch of " + n);
        }
        int layers = sizes.length;
        double[][] a = work.a;
        a[0] = inputs;
        for (int l = 1; l < layers; l++) {
            affine(theta, l, a[l - 1], a[l], n);
            if (l < layers - 1) {
                Activation.TANH.apply(a[l], sizes[l] * n, work.slope[l], work.d2, work.d3);
            }
        }
        double[] out = a[layers - 1];
        double[] delta = work.delta[layers - 1];
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = out[i] - targets[i];
            sse += r * r;
            delta[i] = 2.0 * r / n;
        }
        double penalty = 0;
        for (int l = 1; l < layers; l++) {
            for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                penalty += theta[k] * theta[k];
            }
        }
        if (gradient != null) {
            backPropagate(theta, work, n, gradient);
            for (int l = 1; l < layers; l++) {
                for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                    gradient[k] += 2.0 * decay * theta[k] / n;
                }
            }
        }
        return (sse + decay * penalty) / n;
    }

    private void backPropagate(double[] theta, Workspace work, int n, double[] gradient) {
        for (int l = sizes.length - 1; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[] prev = work.a[l - 1];
            double[] delta = work.delta[l];
            for (int j = 0; j < out; j++) {
                int w = weightOffset[l] + j * in;
                double bias = 0;
                for (int i = 0; i < n; i++) {
                    bias += delta[j * n + i];
                }
                gradient[biasOffset[l] + j] = bias;
                for (int u = 0; u < in; u++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += delta[j * n + i] * prev[u * n + i];
                    }
                    gradient[w + u] = s;
                }
            }
            if (l > 1) {
                double[] next = work.delta[l - 1];
                Arrays.fill(next, 0);
                for (int j = 0; j < out; j++) {
                    int w = weightOffset[l] + j * in;
                    for (int u = 0; u < in; u++) {
                        double weight = theta[w + u];
                        for (int i = 0; i < n; i++) {
                            next[u * n + i] += weight * delta[j * n + i];
                        }
                    }
                }
                double[] s = work.slope[l - 1];
                for (int k = 0; k < next.length; k++) {
                    next[k] *= s[k];
                }
            }
        }
    }

    /** Applies layer {@code l}'s weights and biases to a unit-major batch of n points. */
    private void affine(double[] theta, int l, double[] input, double[] z, int n) {
        int in = sizes[l - 1];
        int out = sizes[l];
        for (int j = 0; j < out; j++) {
            Arrays.fill(z, j * n, (j + 1) * n, theta[biasOffset[l] + j]);
            int w = weightOffset[l] + j * in;
            for (int u = 0; u < in; u++) {
                double weight = theta[w + u];
                for (int i = 0; i < n; i++) {
                    z[j * n + i] += weight * input[u * n + i];
                }
            }
        }
    }

    /**
     * The network's value, gradient and Hessian at one input by forward mode.
     *
     * @param order 0 for the value, 1 with the gradient, 2 with the Hessian too
     * @return {@code [value, ∂_1 .. ∂_d, ∂_11, ∂_12, .., ∂_1d, ∂_22, .., ∂_dd]} (the upper triangle
     *     row by row, as {@link Partials#secondOrders}), as far as the order asks
     */
    double[] derivatives(double[] theta, double[] z, int order) {
        int d = sizes[0];
        int pairs = d * (d + 1) / 2;
        int channels = 1 + (order >= 1 ? d : 0) + (order >= 2 ? pairs : 0);
        // c[k][unit]: channel k of every unit of the current layer
        double[][] c = new double[channels][d];
        System.arraycopy(z, 0, c[0], 0, d);
        if (order >= 1) {
            for (int p = 0; p < d; p++) {
                c[1 + p][p] = 1;
            }
        }
        for (int l = 1; l < sizes.length; l++) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[][] next = new double[channels][out];
            for (int j = 0; j < out; j++) {
                int w = weightOffset[l] + j * in;
                for (int k = 0; k < channels; k++) {
                    double s = k == 0 ? theta[biasOffset[l] + j] : 0;
                    double[] ck = c[k];
                    for (int u = 0; u < in; u++) {
                        s += theta[w + u] * ck[u];
                    }
                    next[k][j] = s;
                }
            }
            if (l < sizes.length - 1) {
                activate(next, out, d, order);
            }
            c = next;
        }
        double[] result = new double[channels];
        for (int k = 0; k < channels; k++) {
            result[k] = c[k][0];
        }
        return result;
    }

    /** The chain rule through tanh for every channel, in place; second partials first, as they read the first. */
    private static void activate(double[][] c, int width, int d, int order) {
        double[] d1 = new double[width];
        double[] d2 = new double[width];
        Activation.TANH.apply(c[0], width, d1, d2, new double[width]);
        if (order >= 2) {
            int k = 1 + d;
            for (int p = 0; p < d; p++) {
                for (int q = p; q < d; q++) {
                    double[] cp = c[1 + p];
                    double[] cq = c[1 + q];
                    double[] ck = c[k];
                    for (int j = 0; j < width; j++) {
                        ck[j] = d2[j] * cp[j] * cq[j] + d1[j] * ck[j];
                    }
                    k++;
                }
            }
        }
        if (order >= 1) {
            for (int p = 0; p < d; p++) {
                double[] cp = c[1 + p];
                for (int j = 0; j < width; j++) {
                    cp[j] *= d1[j];
                }
            }
        }
    }
}
