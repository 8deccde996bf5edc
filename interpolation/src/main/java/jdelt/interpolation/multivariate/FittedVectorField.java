package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;

/**
 * A vector-valued function of d variables fitted one output at a time: m {@link FittedField}s on
 * the same points, giving the m × d Jacobian and, when there are as many outputs as variables,
 * the divergence {@code Σ ∂f_i/∂x_i} and the curl ({@code ∂f2/∂x1 − ∂f1/∂x2} for d = 2, the
 * usual three components for d = 3). Immutable and thread-safe.
 */
public final class FittedVectorField implements MultivariateVectorFunction {

    private final List<FittedField> components;

    /** @param components the fitted outputs, at least one, all of the same dimension */
    public FittedVectorField(List<FittedField> components) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a vector field needs at least one output");
        }
        int d = components.get(0).dimension();
        for (FittedField f : components) {
            if (f.dimension() != d) {
                throw new IllegalArgumentException("the outputs have different dimensions: " + d + " and " + f.dimension());
            }
        }
        this.components = List.copyOf(components);
    }

    /**
     * Fits each output separately.
     *
     * @param method the method
     * @param points n points of d coordinates
     * @param outputs one array of n values per output
     * @return the fitted vector field
     */
    public static FittedVectorField fit(MultivariateInterpolator method, double[][] points, double[]... outputs) {
        return new FittedVectorField(Arrays.stream(outputs).map(v -> method.fit(points, v)).toList());
    }

    /** @return the number of variables d */
    public int dimension() {
        return components.get(0).dimension();
    }

    /** @return the number of outputs m */
    public int outputs() {
        return components.size();
    }

    /** @return output i's fitted field */
    public FittedField component(int i) {
        return components.get(i);
    }

    @Override
    public double[] value(double[] point) {
        double[] out = new double[components.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = components.get(i).value(point);
        }
        return out;
    }

    /** @return the m × d matrix of {@code ∂f_i/∂x_j} at the point */
    public double[][] jacobian(double[] point) {
        double[][] out = new double[components.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = components.get(i).gradient(point);
        }
        return out;
    }

    /** @return the Jacobian as a Commons Math matrix function */
    public MultivariateMatrixFunction jacobianFunction() {
        return this::jacobian;
    }

    /** @return {@code Σ ∂f_i/∂x_i} at the point; needs m = d */
    public double divergence(double[] point) {
        requireSquare("divergence");
        double[][] j = jacobian(point);
        double sum = 0;
        for (int i = 0; i < j.length; i++) {
            sum += j[i][i];
        }
        return sum;
    }

    /**
     * @return the curl at the point: one number (its component out of the plane) for d = 2, three
     *     for d = 3; needs m = d
     */
    public double[] curl(double[] point) {
        requireSquare("curl");
        int d = dimension();
        if (d != 2 && d != 3) {
            throw new IllegalArgumentException("the curl is defined here for 2 or 3 variables, not " + d);
        }
        double[][] j = jacobian(point);
        if (d == 2) {
            return new double[] {j[1][0] - j[0][1]};
        }
        return new double[] {j[2][1] - j[1][2], j[0][2] - j[2][0], j[1][0] - j[0][1]};
    }

    private void requireSquare(String what) {
        if (outputs() != dimension()) {
            throw new IllegalArgumentException("the " + what + " needs as many outputs as variables; there are "
                    + outputs() + " outputs and " + dimension() + " variables");
        }
    }
}
