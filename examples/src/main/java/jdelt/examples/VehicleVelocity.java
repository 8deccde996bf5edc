package jdelt.examples;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import jdelt.io.CsvSampleReader;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;

/**
 * User story "velocity and acceleration from a sensor log": reads the bundled GPS log (ISO-8601
 * time stamps, a gap, a duplicate, a missing fix), fits the default method with its automatic
 * smoothing, and reports speed and acceleration, scored against the known true motion
 * ({@link VehicleTrajectory}).
 *
 * <p>Run: {@code examples/run VehicleVelocity [method] [log.csv]} (default method {@code spline}).
 */
public final class VehicleVelocity {

    /** Seconds at each end of the log left out when looking for peaks. */
    private static final double EDGE = 3;

    private VehicleVelocity() {
    }

    /**
     * @param args optionally a method name and a log file
     * @throws IOException if the log cannot be read
     */
    public static void main(String[] args) throws IOException {
        String method = args.length > 0 ? args[0] : "spline";
        Path log = Path.of(args.length > 1 ? args[1] : "examples/data/vehicle-log.csv");

        SampleTable samples = CsvSampleReader.read(log, ReadOptions.defaults());
        System.out.println(log + ": " + samples.report().summary());

        FittedCurve position = MethodRegistry.byName(method).create(Map.of()).fit(samples.x(), samples.y()[0]);
        Curve velocity = position.differentiate(1);
        Curve acceleration = position.differentiate(2);

        double[] t = samples.x();
        double[] v = velocity.values(t);
        double[] a = acceleration.values(t);
        // peaks are looked for away from the ends, where every smoother has data on one side only
        int from = firstAfter(t, t[0] + EDGE);
        int to = firstAfter(t, t[t.length - 1] - EDGE);
        int fastest = argMax(v, from, to);
        int hardestPull = argMax(a, from, to);
        int hardestBrake = argMin(a, from, to);
        System.out.printf("time zero is %s; %d fixes over %.1f s%n", samples.xOrigin(), t.length, t[t.length - 1]);
        System.out.printf("%-28s %10s %10s %10s   (peaks more than %.0f s from either end)%n", "", "estimate",
                "truth", "at t (s)", EDGE);
        row("top speed (km/h)", 3.6 * v[fastest], 3.6 * VehicleTrajectory.velocity(t[fastest]), t[fastest]);
        row("hardest acceleration (m/s²)", a[hardestPull], VehicleTrajectory.acceleration(t[hardestPull]), t[hardestPull]);
        row("hardest braking (m/s²)", a[hardestBrake], VehicleTrajectory.acceleration(t[hardestBrake]), t[hardestBrake]);
        System.out.printf("RMS error at the fixes: speed %.3f m/s, acceleration %.3f m/s² (method %s)%n",
                rms(v, VehicleTrajectory::velocity, t), rms(a, VehicleTrajectory::acceleration, t), method);
        System.out.printf("inside the %.0f s gap (t = %.0f s): speed %.2f m/s, truth %.2f m/s%n",
                SensorLogGenerator.GAP_END - SensorLogGenerator.GAP_START,
                (SensorLogGenerator.GAP_START + SensorLogGenerator.GAP_END) / 2,
                velocity.value((SensorLogGenerator.GAP_START + SensorLogGenerator.GAP_END) / 2),
                VehicleTrajectory.velocity((SensorLogGenerator.GAP_START + SensorLogGenerator.GAP_END) / 2));
    }

    private static void row(String what, double estimate, double truth, double at) {
        System.out.printf("%-28s %10.2f %10.2f %10.1f%n", what, estimate, truth, at);
    }

    private static double rms(double[] estimate, java.util.function.DoubleUnaryOperator truth, double[] t) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double e = estimate[i] - truth.applyAsDouble(t[i]);
            sum += e * e;
        }
        return Math.sqrt(sum / t.length);
    }

    private static int firstAfter(double[] t, double time) {
        int i = 0;
        while (i < t.length - 1 && t[i] < time) {
            i++;
        }
        return i;
    }

    private static int argMax(double[] v, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }

    private static int argMin(double[] v, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) {
            best = v[i] < v[best] ? i : best;
        }
        return best;
    }
}
