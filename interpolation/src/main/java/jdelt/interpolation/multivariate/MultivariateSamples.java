package jdelt.interpolation.multivariate;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The validation every {@link MultivariateInterpolator} applies to its samples: every point has
 * the same number d of finite coordinates, every value is finite, there are enough points, no two
 * points are equal (merge them first with {@link PointPreparation#mergeDuplicates}), and the
 * points span d dimensions (not all on a line, say, which would leave a derivative undefined).
 */
public final class MultivariateSamples {

    /** Relative size of the smallest principal variance below which a direction counts as absent. */
    static final double RANK_TOLERANCE = 1e-12;

    private MultivariateSamples() {
    }

    /**
     * @param points the points
     * @param values the values
     * @param minPoints the fewest points the method needs in this dimension
     * @param method the method's name, for the message
     * @return the dimension d
     * @throws IllegalArgumentException naming the first offending point, coordinate or value
     */
    public static int validate(double[][] points, double[] values, int minPoints, String method) {
        int d = checkShape(points, values);
        int n = points.length;
        if (n < minPoints) {
            throw new IllegalArgumentException(method + " needs at least " + minPoints + " points in " + d
                    + (d == 1 ? " dimension" : " dimensions") + ", got " + n);
        }
        checkDistinct(points);
        checkSpan(points);
        return d;
    }

    /** Checks lengths and finiteness; returns d. */
    static int checkShape(double[][] points, double[] values) {
        if (points == null || values == null || points.length == 0) {
            throw new IllegalArgumentException("no points given");
        }
        if (points.length != values.length) {
            throw new IllegalArgumentException("there are " + points.length + " points but " + values.length + " values");
        }
        int d = points[0] == null ? 0 : points[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("point 0 has no coordinates");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != d) {
                throw new IllegalArgumentException("ragged points: point " + i + " has "
                        + (points[i] == null ? 0 : points[i].length) + " coordinates but point 0 has " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(points[i][j])) {
                    throw new IllegalArgumentException("point " + i + ", coordinate " + (j + 1) + " is " + points[i][j]);
                }
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("the value at point " + i + " is " + values[i]);
            }
        }
        return d;
    }

    /** Rejects equal points, naming the first point that repeats an earlier one. */
    private static void checkDistinct(double[][] points) {
        int[] first = PointIndex.firstOccurrences(points);
        for (int i = 0; i < first.length; i++) {
            if (first[i] != i) {
                throw new IllegalArgumentException("points " + first[i] + " and " + i + " are equal, "
                        + Arrays.toString(points[i]) + "; merge duplicate points first (their values are averaged)");
            }
        }
    }

    /** Rejects points that lie in an affine subspace of fewer than d dimensions. */
    private static void checkSpan(double[][] points) {
        int d = points[0].length;
        int n = points.length;
        double[] mean = new double[d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                mean[j] += p[j] / n;
            }
        }
        double[][] cov = new double[d][d];
        double[] scale = new double[d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                scale[j] = Math.max(scale[j], Math.abs(p[j] - mean[j]));
            }
        }
        for (double[] p : points) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double ua = scale[a] > 0 ? (p[a] - mean[a]) / scale[a] : 0;
                    double ub = scale[b] > 0 ? (p[b] - mean[b]) / scale[b] : 0;
                    cov[a][b] += ua * ub / n;
                }
            }
        }
        double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false)).getRealEigenvalues();
        double max = Arrays.stream(eig).max().orElse(0);
        long rank = Arrays.stream(eig).filter(e -> e > RANK_TOLERANCE * max).count();
        if (rank < d) {
            String where = switch ((int) rank) {
                case 0 -> "they are all the same point";
                case 1 -> "they all lie on a line";
                case 2 -> "they all lie on a plane";
                default -> String.format(Locale.ROOT, "they lie in a %d-dimensional subspace", rank);
            };
            throw new IllegalArgumentException("the points do not span " + d + " dimensions: " + where
                    + ", so partial derivatives across it are undefined");
        }
    }
}
