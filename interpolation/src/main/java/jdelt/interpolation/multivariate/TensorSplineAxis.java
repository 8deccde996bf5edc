package jdelt.interpolation.multivariate;

import java.util.Arrays;
import jdelt.interpolation.numerics.BSplineBasis;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One axis of a tensor-product P-spline (Eilers &amp; Marx, "Flexible smoothing with B-splines
 * and penalties", Statist. Sci. 11, 1996): a clamped B-spline basis on uniform knots spanning the
 * axis' grid coordinates, its difference penalty {@code P = D'D}, and the simultaneous
 * diagonalisation {@code U' B'B U = I}, {@code U' P U = diag(s)}. With one such basis per axis and
 * separable penalties the penalized normal equations of the tensor product become diagonal, so
 * every smoothing parameter tried costs one pass over the coefficients.
 */
final class TensorSplineAxis {

    final double[] knots;
    final int degree;
    /** {@code B'}: coefficients-by-samples, banded (degree + 1 non-zero entries per sample). */
    final double[][] designTransposed;
    /** {@code U'}: with {@link #designTransposed} maps the axis' data to the rotated coefficients. */
    final double[][] rotationTransposed;
    /** {@code U}: maps rotated coefficients to B-spline coefficients. */
    final double[][] rotation;
    /** The penalty's generalized eigenvalues, non-negative. */
    final double[] eigenvalues;
    /** The grid coordinates the axis was built on. */
    private final double[] coordinates;
    /** For each grid coordinate, the first non-zero B-spline there. */
    private final int[] firstAt;
    /** For each grid coordinate, the derivatives of orders 0 .. degree of its non-zero B-splines. */
    private final double[][][] derivativesAt;


    /**
     * @param coordinates the axis' grid coordinates, strictly increasing
     * @param degree the B-splines' degree
     * @param segments the number of knot intervals; at most {@code coordinates.length - degree}
     * @param penaltyOrder the order of the coefficient differences penalized
     */
    TensorSplineAxis(double[] coordinates, int degree, int segments, int penaltyOrder) {
        this.degree = degree;
        int n = coordinates.length;
        int size = segments + degree;
        double lo = coordinates[0];
        double hi = coordinates[n - 1];
        // uniform knots extended beyond both ends (not clamped), so that every basis function is a
        // translate of one: the coefficients of a polynomial of degree < penaltyOrder are then a
        // polynomial of the index, which the difference penalty annihilates exactly
        knots = new double[size + degree + 1];
        double spacing = (hi - lo) / segments;
        for (int i = 0; i < knots.length; i++) {
            knots[i] = i == degree ? lo : i == size ? hi : lo + (i - degree) * spacing;
        }
        double[][] b = new double[n][size];
        BSplineBasis basis = new BSplineBasis(knots, degree);
        this.coordinates = coordinates.clone();
        firstAt = new int[n];
        derivativesAt = new double[n][degree + 1][degree + 1];
        int mu = degree;
        for (int i = 0; i < n; i++) {
            mu = basis.span(coordinates[i], mu);
            basis.derivatives(mu, coordinates[i], degree, derivativesAt[i]);
            firstAt[i] = mu - degree;
            System.arraycopy(derivativesAt[i][0], 0, b[i], mu - degree, degree + 1);
        }
        RealMatrix design = new Array2DRowRealMatrix(b, false);
        RealMatrix gram = design.transpose().multiply(design);
        CholeskyDecomposition factor = cholesky(gram);
        RealMatrix inverseFactor = MatrixUtils.inverse(factor.getL());
        RealMatrix m = inverseFactor.multiply(penalty(size, penaltyOrder)).multiply(inverseFactor.transpose());
        eigenvalues = new double[size];
        RealMatrix w = diagonalise(m.add(m.transpose()).scalarMultiply(0.5),
                factor.getLT().multiply(nullSpace(size, penaltyOrder)), eigenvalues);
        RealMatrix u = inverseFactor.transpose().multiply(w);
        rotation = u.getData();
        designTransposed = design.transpose().getData();
        rotationTransposed = u.transpose().getData();
    }

    /**
     * Orthonormal eigenvectors of the symmetric {@code m} with the null space given explicitly:
     * the columns of {@code nullBasis} are orthonormalised and come first, with eigenvalue 0 (written to {@code eigenvalues}), and
     * the eigenvectors of the other eigenvalues are made exactly orthogonal to them. Left to the
     * eigensolver, the null vectors would mix with the nearly null ones at the level of the
     * rounding error over the eigenvalue gap (about 1e-10), and polynomials the penalty must
     * leave alone would be shrunk by that much.
     */
    private static RealMatrix diagonalise(RealMatrix m, RealMatrix nullBasis, double[] eigenvalues) {
        int size = m.getRowDimension();
        int q = nullBasis.getColumnDimension();
        double[][] columns = new double[size][];
        for (int k = 0; k < q; k++) {
            columns[k] = orthogonalised(nullBasis.getColumn(k), columns, k);
        }
        EigenDecomposition eigen = new EigenDecomposition(m);
        double[] values = eigen.getRealEigenvalues();
        Integer[] descending = new Integer[size];
        for (int k = 0; k < size; k++) {
            descending[k] = k;
        }
        Arrays.sort(descending, (a, b) -> Double.compare(values[b], values[a]));
        for (int k = q; k < size; k++) {
            int e = descending[k - q];
            eigenvalues[k] = Math.max(0, values[e]);
            columns[k] = orthogonalised(eigen.getEigenvector(e).toArray(), columns, k);
        }
        return new Array2DRowRealMatrix(columns, false).transpose();
    }

    /** {@code v} made orthogonal to the first {@code count} columns (twice, for accuracy) and normalised. */
    private static double[] orthogonalised(double[] v, double[][] columns, int count) {
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < count; c++) {
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * columns[c][i];
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] -= dot * columns[c][i];
                }
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }

    /** Coefficient vectors of the polynomials of degree < order in the index: the null space of the penalty. */
    private static RealMatrix nullSpace(int size, int order) {
        int q = Math.min(order, size);
        double[][] n = new double[size][q];
        for (int i = 0; i < size; i++) {
            double t = (i - (size - 1) / 2.0) / size;
            for (int k = 0; k < q; k++) {
                n[i][k] = Math.pow(t, k);
            }
        }
        return new Array2DRowRealMatrix(n, false);
    }

    /**
     * @param x a coordinate
     * @return the position of x among the grid coordinates the axis was built on, or −1 if it is
     *     not one of them (found at once for uniform coordinates, else by bisection)
     */
    int gridIndex(double x) {
        int n = coordinates.length;
        double guess = (x - coordinates[0]) / (coordinates[n - 1] - coordinates[0]) * (n - 1);
        if (guess >= 0 && guess <= n - 1) {
            int i = (int) Math.round(guess);
            if (coordinates[i] == x) {
                return i;
            }
        }
        int i = Arrays.binarySearch(coordinates, x);
        return i >= 0 ? i : -1;
    }

    /** @return the first non-zero B-spline at grid coordinate i */
    int firstAt(int i) {
        return firstAt[i];
    }

    /** @return the derivatives of orders 0 .. degree of the non-zero B-splines at grid coordinate i (not a copy) */
    double[][] derivativesAt(int i) {
        return derivativesAt[i];
    }

    /** @return the number of basis functions */
    int size() {
        return rotation.length;
    }

    /** Cholesky of the Gram matrix, with a relative ridge of 1e-10 if it is numerically singular. */
    private static CholeskyDecomposition cholesky(RealMatrix gram) {
        try {
            return new CholeskyDecomposition(gram);
        } catch (NonPositiveDefiniteMatrixException e) {
            double ridge = 1e-10 * gram.getTrace() / gram.getRowDimension();
            return new CholeskyDecomposition(gram.add(MatrixUtils.createRealIdentityMatrix(gram.getRowDimension())
                    .scalarMultiply(ridge)));
        }
    }

    /** {@code D'D} for the differences of the given order. */
    private static RealMatrix penalty(int size, int order) {
        double[][] d = new double[Math.max(0, size - order)][];
        double[] stencil = {1};
        for (int k = 0; k < order; k++) {
            double[] next = new double[stencil.length + 1];
            for (int i = 0; i < stencil.length; i++) {
                next[i] -= stencil[i];
                next[i + 1] += stencil[i];
            }
            stencil = next;
        }
        for (int r = 0; r < d.length; r++) {
            d[r] = new double[size];
            System.arraycopy(stencil, 0, d[r], r, stencil.length);
        }
        if (d.length == 0) {
            return new Array2DRowRealMatrix(size, size);
        }
        RealMatrix dm = new Array2DRowRealMatrix(d, false);
        return dm.transpose().multiply(dm);
    }
}
