package jdelt.interpolation.multivariate;

import java.util.Map;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;

/**
 * The PyDelt-style entry point for functions of several variables, under PyDelt's names:
 * {@code new MultivariateDerivatives().fit(X, Y).gradient()} (PyDelt's
 * {@code MultivariateDerivatives(...).fit(X, Y).gradient()}), {@code jacobian()},
 * {@code hessian()}, {@code laplacian()}, plus {@code divergence()} and {@code curl()}. Unlike
 * PyDelt, which fits one 1-D curve per input column to the marginal cloud and sets every mixed
 * partial to zero, each output is fitted as one function of all the variables, so mixed partials
 * are those of the model. Without a method given, each fit takes the default for its sampling and
 * size ({@link MultivariateMethodRegistry#defaultFor}), and {@link #choice()} says which and why.
 * Immutable: {@link #fit} returns a fitted copy.
 */
public final class MultivariateDerivatives {

    private final MultivariateInterpolator method;
    private final FittedVectorField field;
    private final String choice;

    /**
     * Chooses the method from the data: the tensor spline on a full grid, else the thin-plate
     * spline for few points and local quadratic regression for many.
     */
    public MultivariateDerivatives() {
        this(null, null, null);
    }

    /** @param method the method every output is fitted with */
    public MultivariateDerivatives(MultivariateInterpolator method) {
        this(method, null, null);
    }

    private MultivariateDerivatives(MultivariateInterpolator method, FittedVectorField field, String choice) {
        this.method = method;
        this.field = field;
        this.choice = choice;
    }

    /**
     * @param points n points of d coordinates
     * @param values n rows of m outputs each (PyDelt's Y)
     * @return a fitted copy
     */
    public MultivariateDerivatives fit(double[][] points, double[][] values) {
        MultivariateSamples.checkShape(points, new double[values.length]);
        int m = values.length == 0 ? 0 : values[0].length;
        double[][] outputs = new double[m][values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != m) {
                throw new IllegalArgumentException("ragged values: row " + i + " has " + values[i].length
                        + " outputs but row 0 has " + m);
            }
            for (int c = 0; c < m; c++) {
                outputs[c][i] = values[i][c];
            }
        }
        if (method != null) {
            return new MultivariateDerivatives(method, FittedVectorField.fit(method, points, outputs), "the method given");
        }
        MultivariateMethodRegistry.Choice chosen = MultivariateMethodRegistry.defaultFor(
                RectilinearGrid.detect(points, outputs[0]).grid().isPresent(), points.length, points[0].length);
        return new MultivariateDerivatives(null, FittedVectorField.fit(chosen.method().create(Map.of()), points, outputs),
                chosen.method().name() + ": " + chosen.reason());
    }

    /**
     * @param points n points of d coordinates
     * @param values the n values of a scalar function
     * @return a fitted copy
     */
    public MultivariateDerivatives fit(double[][] points, double[] values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] {values[i]};
        }
        return fit(points, rows);
    }

    /**
     * @return which method fitted the outputs and why, e.g. {@code "thin-plate: the default for
     *     scattered points up to 500 in 2 or 3 dimensions; n = 400"}
     */
    public String choice() {
        field();
        return choice;
    }

    /** @return the fitted outputs */
    public FittedVectorField field() {
        if (field == null) {
            throw new IllegalStateException("call fit(points, values) first");
        }
        return field;
    }

    /** @return the gradient of the single output; with several outputs use {@link #jacobian()} */
    public MultivariateVectorFunction gradient() {
        return single("gradient").gradientFunction();
    }

    /** @return the m × d Jacobian */
    public MultivariateMatrixFunction jacobian() {
        return field().jacobianFunction();
    }

    /** @return the Hessian of the single output (mixed partials included) */
    public MultivariateMatrixFunction hessian() {
        return single("hessian").hessianFunction();
    }

    /** @return the Laplacian of the single output */
    public MultivariateFunction laplacian() {
        return single("laplacian").laplacianFunction();
    }

    /** @return the divergence of a field with as many outputs as variables */
    public MultivariateFunction divergence() {
        FittedVectorField f = field();
        return f::divergence;
    }

    /** @return the curl of a field with as many outputs as variables, d = 2 or 3 */
    public MultivariateVectorFunction curl() {
        FittedVectorField f = field();
        return f::curl;
    }

    private FittedField single(String what) {
        FittedVectorField f = field();
        if (f.outputs() != 1) {
            throw new IllegalArgumentException("the " + what + " is of one output; there are " + f.outputs()
                    + ": use field().component(i)." + what + "(p)" + (what.equals("gradient") ? " or jacobian()" : ""));
        }
        return f.component(0);
    }
}
