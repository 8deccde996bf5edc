package jdelt.interpolation.neural;

import java.util.SplittableRandom;

/**
 * Where each layer's weights and biases lie in a fully connected network's flat parameter array:
 * layer after layer, its weight matrix (row per unit) then its bias vector, for layers of the
 * given widths from the inputs to one output.
 *
 * @param sizes the layer widths, inputs first, the single output last
 * @param weightOffset the index of layer l's first weight (l &ge; 1)
 * @param biasOffset the index of layer l's first bias (l &ge; 1)
 * @param parameters the number of parameters
 */
public record LayerLayout(int[] sizes, int[] weightOffset, int[] biasOffset, int parameters) {

    /**
     * @param inputs the number of inputs
     * @param hidden the hidden-layer widths
     * @return the layout of a network with one output
     */
    public static LayerLayout of(int inputs, int[] hidden) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 1;
        int[] weightOffset = new int[sizes.length];
        int[] biasOffset = new int[sizes.length];
        int offset = 0;
        for (int l = 1; l < sizes.length; l++) {
            weightOffset[l] = offset;
            offset += sizes[l] * sizes[l - 1];
            biasOffset[l] = offset;
            offset += sizes[l];
        }
        return new LayerLayout(sizes, weightOffset, biasOffset, offset);
    }

    /**
     * Draws initial parameters: Gaussian weights of variance 1/fan-in (LeCun, Bottou, Orr &amp;
     * Müller, "Efficient BackProp", 1998), first-layer biases uniform on
     * [−firstBiasHalfWidth, firstBiasHalfWidth] so the units' transitions fall inside the inputs'
     * range, other biases zero.
     *
     * @param random the source of randomness
     * @param firstBiasHalfWidth the half-width of the first layer's biases
     * @return the parameters, in this layout
     */
    public double[] initialise(SplittableRandom random, double firstBiasHalfWidth) {
        double[] theta = new double[parameters];
        for (int l = 1; l < sizes.length; l++) {
            double scale = 1.0 / Math.sqrt(sizes[l - 1]);
            for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                theta[k] = scale * gaussian(random);
            }
            if (l == 1) {
                for (int j = 0; j < sizes[1]; j++) {
                    theta[biasOffset[1] + j] = firstBiasHalfWidth * (2.0 * random.nextDouble() - 1.0);
                }
            }
        }
        return theta;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }
}
