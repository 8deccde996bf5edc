package jdelt.interpolation.neural;

/**
 * Smooth activation functions of a {@link NeuralNetworkFit}'s hidden units, each with its first three
 * derivatives in closed form, so that derivatives of the network with respect to its input can be
 * propagated exactly (forward-mode, Faà di Bruno's formula; Griewank &amp; Walther, <i>Evaluating
 * Derivatives</i>, 2nd ed., SIAM 2008, ch. 13). ReLU is deliberately absent: its second derivative is
 * zero almost everywhere.
 */
public enum Activation {

    /** The hyperbolic tangent, {@code tanh(a)}. */
    TANH {
        @Override
        public void apply(double[] z, int length, double[] d1, double[] d2, double[] d3) {
            for (int m = 0; m < length; m++) {
                double t = 1.0 - 2.0 / (Math.exp(2.0 * z[m]) + 1.0);
                double s = 1.0 - t * t;
                z[m] = t;
                d1[m] = s;
                d2[m] = -2.0 * t * s;
                d3[m] = s * (6.0 * t * t - 2.0);
            }
        }
    },

    /** The sigmoid-weighted linear unit (swish), {@code a / (1 + exp(-a))}. */
    SILU {
        @Override
        public void apply(double[] z, int length, double[] d1, double[] d2, double[] d3) {
            for (int m = 0; m < length; m++) {
                double a = z[m];
                double s = 1.0 / (1.0 + Math.exp(-a));
                double p = s * (1.0 - s);
                double q = 1.0 - 2.0 * s;
                double s2 = p * q;
                double s3 = p * q * q - 2.0 * p * p;
                z[m] = a * s;
                d1[m] = s + a * p;
                d2[m] = 2.0 * p + a * s2;
                d3[m] = 3.0 * s2 + a * s3;
            }
        }
    },

    /** The softplus, {@code log(1 + exp(a))}. */
    SOFTPLUS {
        @Override
        public void apply(double[] z, int length, double[] d1, double[] d2, double[] d3) {
            for (int m = 0; m < length; m++) {
                double a = z[m];
                double s = 1.0 / (1.0 + Math.exp(-a));
                double p = s * (1.0 - s);
                z[m] = a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
                d1[m] = s;
                d2[m] = p;
                d3[m] = p * (1.0 - 2.0 * s);
            }
        }
    };

    /**
     * Applies the activation to {@code z[0..length)} in place and writes its first three
     * derivatives, at the original values, into {@code d1}, {@code d2}, {@code d3}.
     */
    public abstract void apply(double[] z, int length, double[] d1, double[] d2, double[] d3);

    /**
     * Parses a name, case-insensitively.
     *
     * @param name {@code tanh}, {@code silu} or {@code softplus}
     * @return the activation
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static Activation parse(String name) {
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; use tanh, silu or softplus");
    }
}
