package jdelt.bench.accuracy;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A test signal given in closed form with hand-derived first and second derivatives; the
 * {@link #catalogue()} holds the closed-form signals of the benchmark.
 *
 * @param name short name
 * @param smooth whether the signal is smooth and slowly varying
 * @param start left end of the sampled interval
 * @param end right end of the sampled interval
 * @param f the signal
 * @param d1 its first derivative
 * @param d2 its second derivative
 */
public record AnalyticSignal(String name, boolean smooth, double start, double end, DoubleUnaryOperator f,
                             DoubleUnaryOperator d1, DoubleUnaryOperator d2) implements TestSignal {

    private static final double TWO_PI = 2 * Math.PI;

    @Override
    public double[][] evaluate(double[] t) {
        double[][] out = new double[3][t.length];
        for (int i = 0; i < t.length; i++) {
            out[0][i] = f.applyAsDouble(t[i]);
            out[1][i] = d1.applyAsDouble(t[i]);
            out[2][i] = d2.applyAsDouble(t[i]);
        }
        return out;
    }

    /**
     * The closed-form signals: a sum of three sines, a Gaussian bump, a logistic step, a damped
     * oscillation, a quartic polynomial and the kink |t| (whose second derivative is taken as 0,
     * ignoring the Dirac mass at 0: its error measures spurious curvature).
     *
     * @return the signals
     */
    public static List<TestSignal> catalogue() {
        double a = 0.5;
        double b = 0.2;
        double w1 = TWO_PI;
        double w2 = 2.5 * Math.PI;
        double w3 = 5.5 * Math.PI;
        TestSignal sines = new AnalyticSignal("sines", true, 0, 2,
                t -> Math.sin(w1 * t) + a * Math.sin(w2 * t + 1) + b * Math.sin(w3 * t + 2),
                t -> w1 * Math.cos(w1 * t) + a * w2 * Math.cos(w2 * t + 1) + b * w3 * Math.cos(w3 * t + 2),
                t -> -w1 * w1 * Math.sin(w1 * t) - a * w2 * w2 * Math.sin(w2 * t + 1)
                        - b * w3 * w3 * Math.sin(w3 * t + 2));
        double s = 0.15;
        TestSignal bump = new AnalyticSignal("gaussian-bump", true, -1, 1,
                t -> Math.exp(-t * t / (2 * s * s)),
                t -> -t / (s * s) * Math.exp(-t * t / (2 * s * s)),
                t -> (t * t / (s * s) - 1) / (s * s) * Math.exp(-t * t / (2 * s * s)));
        double k = 8;
        TestSignal logistic = new AnalyticSignal("logistic", true, -1, 1,
                t -> 1 / (1 + Math.exp(-k * t)),
                t -> {
                    double g = 1 / (1 + Math.exp(-k * t));
                    return k * g * (1 - g);
                },
                t -> {
                    double g = 1 / (1 + Math.exp(-k * t));
                    return k * k * g * (1 - g) * (1 - 2 * g);
                });
        double decay = 0.5;
        double w = 3 * Math.PI;
        TestSignal damped = new AnalyticSignal("damped-oscillation", true, 0, 4,
                t -> Math.exp(-decay * t) * Math.cos(w * t),
                t -> Math.exp(-decay * t) * (-decay * Math.cos(w * t) - w * Math.sin(w * t)),
                t -> Math.exp(-decay * t) * ((decay * decay - w * w) * Math.cos(w * t)
                        + 2 * decay * w * Math.sin(w * t)));
        TestSignal polynomial = new AnalyticSignal("polynomial", true, -1.5, 2,
                t -> 0.5 * t * t * t * t - t * t * t + t,
                t -> 2 * t * t * t - 3 * t * t + 1,
                t -> 6 * t * t - 6 * t);
        TestSignal kink = new AnalyticSignal("abs-kink", false, -1, 1.3,
                Math::abs, Math::signum, t -> 0);
        return List.of(sines, bump, logistic, damped, polynomial, kink);
    }

    /**
     * A long record: 120 periods of a sine whose amplitude varies by a factor three over the
     * record, {@code (1 + 0.5 sin 2 pi t) sin(240 pi t)} on [0, 1].
     *
     * @return the signal
     */
    public static TestSignal longRecord() {
        double w = 240 * Math.PI;
        return new AnalyticSignal("long-record", true, 0, 1,
                t -> (1 + 0.5 * Math.sin(TWO_PI * t)) * Math.sin(w * t),
                t -> Math.PI * Math.cos(TWO_PI * t) * Math.sin(w * t)
                        + (1 + 0.5 * Math.sin(TWO_PI * t)) * w * Math.cos(w * t),
                t -> -2 * Math.PI * Math.PI * Math.sin(TWO_PI * t) * Math.sin(w * t)
                        + 2 * Math.PI * Math.cos(TWO_PI * t) * w * Math.cos(w * t)
                        - (1 + 0.5 * Math.sin(TWO_PI * t)) * w * w * Math.sin(w * t));
    }
}
