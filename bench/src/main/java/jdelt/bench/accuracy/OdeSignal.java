package jdelt.bench.accuracy;

import java.util.List;

import org.apache.commons.math3.ode.ContinuousOutputModel;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * A test signal that is one component of an ODE trajectory, integrated with the Dormand–Prince
 * 8(5,3) method at tolerances of 1e-12 (Hairer, Nørsett &amp; Wanner, "Solving Ordinary
 * Differential Equations I", 1993) and read through its dense output; the first and second
 * derivatives come from the right-hand side, not from differencing the trajectory.
 */
public final class OdeSignal implements TestSignal {

    /** The right-hand side of {@code y' = f(y)} and its derivative along the trajectory. */
    private interface Dynamics {
        /** @return f(y) */
        double[] rhs(double[] y);

        /** @return d/dt f(y(t)) = J(y) f(y), for the observed component only */
        double secondDerivative(double[] y, double[] dy);
    }

    private final String name;
    private final boolean smooth;
    private final double start;
    private final double end;
    private final double[] initial;
    private final int component;
    private final Dynamics dynamics;
    private ContinuousOutputModel trajectory;

    private OdeSignal(String name, boolean smooth, double start, double end, double[] initial, int component,
                      Dynamics dynamics) {
        this.name = name;
        this.smooth = smooth;
        this.start = start;
        this.end = end;
        this.initial = initial.clone();
        this.component = component;
        this.dynamics = dynamics;
    }

    /**
     * The ODE signals: logistic growth {@code y' = r y (1 - y)}, the x component of the Lorenz
     * system (σ = 10, ρ = 28, β = 8/3) and a damped nonlinear pendulum
     * {@code θ'' = -ω² sin θ - c θ'} started at a large angle.
     *
     * @return the signals
     */
    public static List<TestSignal> catalogue() {
        double r = 1.5;
        TestSignal logistic = new OdeSignal("ode-logistic", true, 0, 10, new double[] {0.02}, 0,
                new Dynamics() {
                    @Override
                    public double[] rhs(double[] y) {
                        return new double[] {r * y[0] * (1 - y[0])};
                    }

                    @Override
                    public double secondDerivative(double[] y, double[] dy) {
                        return r * (1 - 2 * y[0]) * dy[0];
                    }
                });
        double sigma = 10;
        double rho = 28;
        double beta = 8.0 / 3;
        TestSignal lorenz = new OdeSignal("lorenz-x", false, 0, 4, new double[] {-8, 8, 27}, 0,
                new Dynamics() {
                    @Override
                    public double[] rhs(double[] y) {
                        return new double[] {sigma * (y[1] - y[0]), y[0] * (rho - y[2]) - y[1],
                            y[0] * y[1] - beta * y[2]};
                    }

                    @Override
                    public double secondDerivative(double[] y, double[] dy) {
                        return sigma * (dy[1] - dy[0]);
                    }
                });
        double omega2 = 4 * Math.PI * Math.PI;
        double c = 0.4;
        TestSignal pendulum = new OdeSignal("ode-damped-pendulum", true, 0, 6, new double[] {2.5, 0}, 0,
                new Dynamics() {
                    @Override
                    public double[] rhs(double[] y) {
                        return new double[] {y[1], -omega2 * Math.sin(y[0]) - c * y[1]};
                    }

                    @Override
                    public double secondDerivative(double[] y, double[] dy) {
                        return dy[1];
                    }
                });
        return List.of(logistic, lorenz, pendulum);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean smooth() {
        return smooth;
    }

    @Override
    public double start() {
        return start;
    }

    @Override
    public double end() {
        return end;
    }

    @Override
    public synchronized double[][] evaluate(double[] t) {
        if (trajectory == null) {
            trajectory = integrate();
        }
        double[][] out = new double[3][t.length];
        for (int i = 0; i < t.length; i++) {
            trajectory.setInterpolatedTime(t[i]);
            double[] y = trajectory.getInterpolatedState();
            double[] dy = dynamics.rhs(y);
            out[0][i] = y[component];
            out[1][i] = dy[component];
            out[2][i] = dynamics.secondDerivative(y, dy);
        }
        return out;
    }

    private ContinuousOutputModel integrate() {
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-10, 0.05, 1e-12, 1e-12);
        ContinuousOutputModel model = new ContinuousOutputModel();
        integrator.addStepHandler(model);
        FirstOrderDifferentialEquations equations = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return initial.length;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                System.arraycopy(dynamics.rhs(y), 0, yDot, 0, yDot.length);
            }
        };
        integrator.integrate(equations, start, initial.clone(), end, new double[initial.length]);
        return model;
    }
}
