package jdelt.examples;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.MethodRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolver;

/**
 * User story "curvature of an experimental curve and the location of its extrema": a titration
 * curve (pH against added titrant volume) measured with noise, densely near the equivalence point
 * as a chemist would. From the fitted curve's derivatives it computes the curvature
 * {@code kappa = y'' / (1 + y'^2)^(3/2)}, and hands derivatives to a Commons Math root finder
 * ({@link BrentSolver}, Brent 1973): the equivalence point is the root of {@code y''} (steepest
 * slope), and the extrema of the curvature (the two "knees" of the curve) are the roots of
 * {@code kappa' = (y''' (1 + y'^2) - 3 y' y''^2) / (1 + y'^2)^(5/2)}. The same steps on the true
 * curve give the reference values. Needs a method whose fits support the third derivative.
 *
 * <p>The measurement is simulated (seeded): {@code pH(V) = 7 + 4.5 tanh((V - 25) / 1.2)}, noise sd 0.03 pH.
 *
 * <p>Run: {@code examples/run CurvatureExtrema [method]} (default {@code spline}).
 */
public final class CurvatureExtrema {

    private static final double A = 4.5;
    private static final double V0 = 25;
    private static final double W = 1.2;
    /** Curvature extrema smaller than this share of the largest are noise and not reported. */
    private static final double SIGNIFICANT = 0.2;
    /** A found extremum this close (mL) to a true one is reported as finding it. */
    private static final double MATCH = 1;

    private CurvatureExtrema() {
    }

    /** @param args optionally a method name */
    public static void main(String[] args) {
        String method = args.length > 0 ? args[0] : "spline";
        List<double[]> samples = measure(new Random(7));
        double[] v = samples.get(0);
        double[] ph = samples.get(1);
        FittedCurve fit = MethodRegistry.byName(method).create(Map.of()).fit(v, ph);
        Derivatives estimated = new Derivatives(fit.differentiate(1), fit.differentiate(2), fit.differentiate(3));
        Derivatives truth = new Derivatives(CurvatureExtrema::trueSlope, CurvatureExtrema::trueSecond,
                CurvatureExtrema::trueThird);

        System.out.printf("%d samples of pH against titrant volume (mL), method %s%n", v.length, method);
        System.out.printf("equivalence point (root of y''): %.3f mL, truth %.3f mL%n",
                estimated.steepest(20, 30), truth.steepest(20, 30));
        List<double[]> found = estimated.curvatureExtrema(v[0], v[v.length - 1]);
        List<double[]> expected = truth.curvatureExtrema(v[0], v[v.length - 1]);
        System.out.println("curvature extrema (roots of kappa'):");
        for (double[] e : found) {
            double[] nearest = expected.stream().min((p, q) -> Double.compare(Math.abs(p[0] - e[0]), Math.abs(q[0] - e[0])))
                    .orElse(new double[] {Double.NaN, Double.NaN});
            String kind = e[1] > 0 ? "maximum" : "minimum";
            if (Math.abs(nearest[0] - e[0]) <= MATCH) {
                System.out.printf("  %-7s at V = %.3f mL, kappa = %+.3f per mL   (truth: V = %.3f, kappa = %+.3f)%n",
                        kind, e[0], e[1], nearest[0], nearest[1]);
            } else {
                System.out.printf("  %-7s at V = %.3f mL, kappa = %+.3f per mL   (no true extremum within %.0f mL:"
                        + " a wiggle of the estimate)%n", kind, e[0], e[1], MATCH);
            }
        }
    }

    /** Simulated titration: 1 mL steps, 0.1 mL between 22 and 28 mL, noise sd 0.03 pH. */
    private static List<double[]> measure(Random random) {
        List<Double> volumes = new ArrayList<>();
        for (double vol = 0; vol <= 50 + 1e-9; vol += vol >= 22 - 1e-9 && vol < 28 - 1e-9 ? 0.1 : 1) {
            volumes.add(Math.round(vol * 10) / 10.0);
        }
        double[] v = volumes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ph = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            ph[i] = 7 + A * Math.tanh((v[i] - V0) / W) + 0.03 * random.nextGaussian();
        }
        return List.of(v, ph);
    }

    private static double trueSlope(double v) {
        double s = sech2(v);
        return A * s / W;
    }

    private static double trueSecond(double v) {
        return -2 * A * sech2(v) * Math.tanh((v - V0) / W) / (W * W);
    }

    private static double trueThird(double v) {
        double t = Math.tanh((v - V0) / W);
        double s = sech2(v);
        return -2 * A * s * (s - 2 * t * t) / (W * W * W);
    }

    private static double sech2(double v) {
        double c = Math.cosh((v - V0) / W);
        return 1 / (c * c);
    }

    /** First, second and third derivatives of a curve, and what the example derives from them. */
    private record Derivatives(UnivariateFunction d1, UnivariateFunction d2, UnivariateFunction d3) {

        private static final UnivariateSolver SOLVER = new BrentSolver(1e-10);
        private static final int GRID = 4000;

        /** @return where the slope is steepest in [lo, hi]: the root of y'' there */
        double steepest(double lo, double hi) {
            return roots(d2, lo, hi).stream().max((p, q) -> Double.compare(Math.abs(d1.value(p)), Math.abs(d1.value(q))))
                    .orElseThrow(() -> new IllegalStateException("y'' has no root in [" + lo + ", " + hi + "]"));
        }

        double curvature(double x) {
            double s = d1.value(x);
            return d2.value(x) / Math.pow(1 + s * s, 1.5);
        }

        double curvatureSlope(double x) {
            double s = d1.value(x);
            double c = d2.value(x);
            return (d3.value(x) * (1 + s * s) - 3 * s * c * c) / Math.pow(1 + s * s, 2.5);
        }

        /** @return {x, kappa(x)} at each significant extremum of the curvature in [lo, hi] */
        List<double[]> curvatureExtrema(double lo, double hi) {
            List<double[]> all = new ArrayList<>();
            for (double x : roots(this::curvatureSlope, lo, hi)) {
                all.add(new double[] {x, curvature(x)});
            }
            double largest = all.stream().mapToDouble(e -> Math.abs(e[1])).max().orElse(0);
            all.removeIf(e -> Math.abs(e[1]) < SIGNIFICANT * largest);
            return all;
        }

        /** Every root of f in [lo, hi] where f changes sign between points of a fine grid. */
        private static List<Double> roots(UnivariateFunction f, double lo, double hi) {
            List<Double> roots = new ArrayList<>();
            double a = lo;
            double fa = f.value(a);
            for (int i = 1; i <= GRID; i++) {
                double b = lo + (hi - lo) * i / GRID;
                double fb = f.value(b);
                if (fa == 0) {
                    roots.add(a);
                } else if (fa * fb < 0) {
                    roots.add(SOLVER.solve(1000, f, a, b));
                }
                a = b;
                fa = fb;
            }
            return roots;
        }
    }
}
