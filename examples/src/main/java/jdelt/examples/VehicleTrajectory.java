package jdelt.examples;

/**
 * The true motion behind the bundled sensor log: a vehicle on a road that pulls away, stops at a
 * light, pulls away again, slows for a bend and speeds up. Its speed is a sum of smooth steps
 * {@code v(t) = sum dv_k S((t - t_k) / w_k)} with {@code S(z) = (1 + tanh z) / 2}, so position,
 * velocity and acceleration are all known in closed form and the examples can score estimates
 * against the truth.
 */
final class VehicleTrajectory {

    /** Step times (s). */
    private static final double[] AT = {10, 60, 85, 130, 155};
    /** Speed changes (m/s). */
    private static final double[] DV = {13.9, -13.9, 22.0, -14.0, 8.0};
    /** Step widths (s): a step takes about 4 w to complete; its peak acceleration is dv / (2 w). */
    private static final double[] W = {3.0, 2.5, 4.0, 3.0, 3.0};

    private VehicleTrajectory() {
    }

    /** @return the distance travelled since t = 0, in metres */
    static double position(double t) {
        double x = 0;
        for (int k = 0; k < AT.length; k++) {
            x += DV[k] * W[k] / 2 * (integralOfStep((t - AT[k]) / W[k]) - integralOfStep(-AT[k] / W[k]));
        }
        return x;
    }

    /** @return the speed at time t, in m/s */
    static double velocity(double t) {
        double v = 0;
        for (int k = 0; k < AT.length; k++) {
            v += DV[k] * (1 + Math.tanh((t - AT[k]) / W[k])) / 2;
        }
        return v;
    }

    /** @return the acceleration at time t, in m/s² */
    static double acceleration(double t) {
        double a = 0;
        for (int k = 0; k < AT.length; k++) {
            double sech = 1 / Math.cosh((t - AT[k]) / W[k]);
            a += DV[k] * sech * sech / (2 * W[k]);
        }
        return a;
    }

    /** z + ln cosh z, an antiderivative of 1 + tanh z, written so that it does not overflow. */
    private static double integralOfStep(double z) {
        double a = Math.abs(z);
        return z + a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }
}
