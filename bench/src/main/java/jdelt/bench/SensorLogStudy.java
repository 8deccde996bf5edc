package jdelt.bench;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.IntegralError;
import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import jdelt.interpolation.segment.GapRule;
import jdelt.interpolation.segment.Segmented;
import java.util.Map;
import java.util.Random;

/**
 * The measurements behind the sensor-log features. (1) A 1 Hz record of 1000 s resumed 5·10^6 s
 * later for 1000 s more (y = 0.002 t + sin(2π t / 500), noise sd 0.01, restarting with an offset):
 * for every registered method, the relative RMS error of the slope on the inner 90 % of each run,
 * fitted across the gap ({@code GapRule.none()}) and in segments ({@code GapRule.auto()}).
 * (2) The standard error of the spline's integral ({@link IntegralError}) against its actual error:
 * ∫cos over [0, 10] from 500 jittered samples with noise sd 0.2, 40 seeds.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * jdelt.bench.SensorLogStudy}
 */
public final class SensorLogStudy {

    private static final double RESUME = 1000 + 5e6;

    private SensorLogStudy() {
    }

    /** @param args none */
    public static void main(String[] args) {
        double[] x = new double[2002];
        double[] y = new double[x.length];
        Random random = new Random(5);
        for (int i = 0; i < 1001; i++) {
            x[i] = i;
            x[1001 + i] = RESUME + i;
        }
        for (int i = 0; i < x.length; i++) {
            double s = x[i] < RESUME ? x[i] : x[i] - RESUME;
            y[i] = (x[i] < RESUME ? 0 : 3) + 0.002 * s + Math.sin(2 * Math.PI * s / 500) + 0.01 * random.nextGaussian();
        }
        System.out.println("| method | run 1, one fit | run 2, one fit | run 1, segments | run 2, segments |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (MethodDescriptor m : MethodRegistry.all()) {
            StringBuilder row = new StringBuilder("| `" + m.name() + "`");
            for (GapRule rule : new GapRule[] {GapRule.none(), GapRule.auto()}) {
                Curve d1 = Segmented.of(m.create(Map.of()), rule).fit(x, y).differentiate(1);
                for (double from : new double[] {0, RESUME}) {
                    row.append(String.format(" | %.1f %%", 100 * slopeError(d1, from)));
                }
            }
            System.out.println(row.append(" |"));
        }
        int seeds = 40;
        double squares = 0;
        double reported = 0;
        for (int s = 0; s < seeds; s++) {
            Random r = new Random(100 + s);
            double[] t = new double[500];
            double[] v = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = 10.0 * i / (t.length - 1) + (i > 0 && i < t.length - 1 ? 0.016 * (r.nextDouble() - 0.5) : 0);
                v[i] = Math.cos(t[i]) + 0.2 * r.nextGaussian();
            }
            FittedCurve fit = MethodRegistry.byName("spline").create(Map.of()).fit(t, v);
            double[] se = IntegralError.cumulative(t, fit.summary().residualStandardDeviation());
            double error = fit.integral().value(t[t.length - 1]) - Math.sin(t[t.length - 1]);
            squares += error * error;
            reported += se[t.length - 1];
        }
        System.out.printf("%nintegral of the spline over [0, 10], %d seeds: RMS actual error %.4f, mean reported "
                + "standard error %.4f, ratio %.2f%n", seeds, Math.sqrt(squares / seeds), reported / seeds,
                Math.sqrt(squares / seeds) / (reported / seeds));
    }

    /** The slope's RMS error on the inner 90 % of the run starting at {@code from}, relative to the slope's RMS. */
    private static double slopeError(Curve d1, double from) {
        double err = 0;
        double size = 0;
        for (double t = from + 50; t <= from + 950; t += 0.5) {
            double s = t - from;
            double truth = 0.002 + 2 * Math.PI / 500 * Math.cos(2 * Math.PI * s / 500);
            err += Math.pow(d1.value(t) - truth, 2);
            size += truth * truth;
        }
        return Math.sqrt(err / size);
    }
}
