package jdelt.bench;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth test signal of the studies in this package, with its exact first and second derivative
 * on the interval {@code [lo, hi]} it is sampled over: the shared definitions of
 * {@link SplineSmoothingStudy}, {@link SlidingWindowDefaultsStudy} and {@link WindowSearchStudy}
 * (each chooses which it runs). The accuracy benchmark has its own, larger set
 * ({@code jdelt.bench.accuracy.TestSignal}).
 *
 * @param name the name the studies print
 * @param lo the first sampled abscissa
 * @param hi the last sampled abscissa
 * @param f the signal
 * @param d1 its first derivative
 * @param d2 its second derivative
 */
public record StudySignal(String name, double lo, double hi, DoubleUnaryOperator f, DoubleUnaryOperator d1,
                          DoubleUnaryOperator d2) {

    /** sin t over two periods. */
    public static final StudySignal SINE = new StudySignal("sine", 0, 4 * Math.PI, Math::sin, Math::cos,
            t -> -Math.sin(t));
    /** sin t + sin(3.1 t) / 2 over [0, 10]. */
    public static final StudySignal TWO_SINES = new StudySignal("two-sines", 0, 10,
            t -> Math.sin(t) + 0.5 * Math.sin(3.1 * t), t -> Math.cos(t) + 1.55 * Math.cos(3.1 * t),
            t -> -Math.sin(t) - 4.805 * Math.sin(3.1 * t));
    /** The standard Gaussian bump over [−5, 5]. */
    public static final StudySignal GAUSSIAN = new StudySignal("gaussian", -5, 5, t -> Math.exp(-t * t / 2),
            t -> -t * Math.exp(-t * t / 2), t -> (t * t - 1) * Math.exp(-t * t / 2));
    /** e^(−0.3 t) sin 2t over [0, 10]. */
    public static final StudySignal DAMPED = new StudySignal("damped", 0, 10, t -> Math.exp(-0.3 * t) * Math.sin(2 * t),
            t -> Math.exp(-0.3 * t) * (2 * Math.cos(2 * t) - 0.3 * Math.sin(2 * t)),
            t -> Math.exp(-0.3 * t) * (-3.91 * Math.sin(2 * t) - 1.2 * Math.cos(2 * t)));
    /** The logistic 1 / (1 + e^(−t)) over [−8, 8]. */
    public static final StudySignal LOGISTIC = new StudySignal("logistic", -8, 8, t -> 1 / (1 + Math.exp(-t)),
            t -> Math.exp(-t) / Math.pow(1 + Math.exp(-t), 2),
            t -> {
                double s = 1 / (1 + Math.exp(-t));
                return s * (1 - s) * (1 - 2 * s);
            });
}
