package jdelt.interpolation.neural;

/**
 * Limited-memory BFGS minimisation (Nocedal, "Updating quasi-Newton matrices with limited storage",
 * Math. Comp. 35, 1980; Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., 2006, alg. 7.4–7.5)
 * with a backtracking Armijo line search. The two-loop recursion applies the inverse-Hessian estimate
 * built from the last {@code memory} steps; a curvature pair with non-positive {@code sᵀy} is skipped,
 * which keeps the estimate positive definite without a Wolfe line search. Shared by the one-variable
 * networks ({@link Trainer}) and the several-variable one ({@code jdelt.interpolation.multivariate.NeuralFieldFit}).
 */
public final class Lbfgs {

    /** A differentiable objective. */
    public interface Objective {
        /** @return f(theta), writing ∇f(theta) into {@code gradient} */
        double evaluate(double[] theta, double[] gradient);
    }

    /** Called after every iteration; returning {@code false} stops the minimisation. */
    public interface Monitor {
        boolean iterated(double[] theta, double value);
    }

    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 40;

    private final int memory;

    /** @param memory how many recent steps the inverse-Hessian estimate is built from */
    public Lbfgs(int memory) {
        this.memory = memory;
    }

    /**
     * Minimises from {@code theta}, which is updated in place, for at most {@code iterations}
     * iterations or until the monitor stops it or no step decreases the objective.
     */
    public void minimise(Objective f, double[] theta, int iterations, Monitor monitor) {
        int n = theta.length;
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int newest = -1;
        double[] g = new double[n];
        double[] gNew = new double[n];
        double[] dir = new double[n];
        double[] trial = new double[n];
        double fx = f.evaluate(theta, g);
        for (int it = 0; it < iterations; it++) {
            for (int k = 0; k < n; k++) {
                dir[k] = -g[k];
            }
            for (int c = 0; c < stored; c++) {
                int m = Math.floorMod(newest - c, memory);
                alpha[m] = rho[m] * dot(s[m], dir);
                axpy(-alpha[m], y[m], dir);
            }
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int k = 0; k < n; k++) {
                    dir[k] *= gamma;
                }
            }
            for (int c = stored - 1; c >= 0; c--) {
                int m = Math.floorMod(newest - c, memory);
                double beta = rho[m] * dot(y[m], dir);
                axpy(alpha[m] - beta, s[m], dir);
            }
            double slope = dot(g, dir);
            if (!(slope < 0)) {
                stored = 0;
                for (int k = 0; k < n; k++) {
                    dir[k] = -g[k];
                }
                slope = -dot(g, g);
            }
            double step = stored == 0 ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
            double fTrial = Double.NaN;
            int halvings = 0;
            while (true) {
                for (int k = 0; k < n; k++) {
                    trial[k] = theta[k] + step * dir[k];
                }
                fTrial = f.evaluate(trial, gNew);
                if (fTrial <= fx + ARMIJO * step * slope) {
                    break;
                }
                if (++halvings > MAX_HALVINGS) {
                    return;
                }
                step *= 0.5;
            }
            double sy = 0;
            double yy = 0;
            for (int k = 0; k < n; k++) {
                double dy = gNew[k] - g[k];
                sy += (trial[k] - theta[k]) * dy;
                yy += dy * dy;
            }
            if (sy > 1e-12 * yy) {
                newest = (newest + 1) % memory;
                for (int k = 0; k < n; k++) {
                    s[newest][k] = trial[k] - theta[k];
                    y[newest][k] = gNew[k] - g[k];
                }
                rho[newest] = 1.0 / sy;
                stored = Math.min(stored + 1, memory);
            }
            System.arraycopy(trial, 0, theta, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fTrial;
            if (!monitor.iterated(theta, fx)) {
                return;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += alpha * x[k];
        }
    }
}
