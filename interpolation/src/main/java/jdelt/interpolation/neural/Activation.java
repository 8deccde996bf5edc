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
        void derivatives(double a, double[] d) {
            double t = 1.0 - 2.0 / (Math.exp(2.0 * a) + 1.0);
            double s = 1.0 - t * t;
            d[0] = t;
            d[1] = s;
            d[2] = -2.0 * t * s;
            d[3] = s * (6.0 * t * t - 2.0);
        }
    },

    /** The sigmoid-weighted linear unit (swish), {@code a / (1 + exp(-a))}. */
    SILU {
        @Override
        void derivatives(double a, double[] d) {
            double s = 1.0 / (1.0 + Math.exp(-a));
            double p = s * (1.0 - s);
            double q = 1.0 - 2.0 * s;
            double s2 = p * q;
            double s3 = p * q * q - 2.0 * p * p;
            d[0] = a * s;
            d[1] = s + a * p;
            d[2] = 2.0 * p + a * s2;
            d[3] = 3.0 * s2 + a * s3;
        }
    },

    /** The softplus, {@code log(1 + exp(a))}. */
    SOFTPLUS {
        @Override
        void derivatives(double a, double[] d) {
            double s = 1.0 / (1.0 + Math.exp(-a));
            double p = s * (1.0 - s);
            d[0] = a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
            d[1] = s;
            d[2] = p;
            d[3] = p * (1.0 - 2.0 * s);
        }
    };

    /**
     * Writes the activation and its first three derivatives at {@code a} into {@code d[0..3]}.
     *
     * @param a the pre-activation
     * @param d receives σ(a), σ'(a), σ''(a), σ'''(a)
     */
    abstract void derivatives(double a, double[] d);

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
