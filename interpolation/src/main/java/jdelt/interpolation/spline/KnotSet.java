package jdelt.interpolation.spline;

import jdelt.interpolation.Curve;
import jdelt.interpolation.numerics.BSplineBasis;
import jdelt.interpolation.numerics.BandedSymmetricMatrix;
import jdelt.interpolation.numerics.PiecewisePolynomial;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The knots of a penalized spline: every {@code stride}-th sample plus the last one, without the
 * first and last {@code (degree - 1) / 2} interior knots (the not-a-knot condition), mapped to
 * units in which the mean knot spacing is one, which keeps the banded normal equations well scaled.
 */
final class KnotSet {

    /** The smallest knot spacing kept when merging, in mean knot spacings. */
    static final double MIN_GAP = 0.01;
    /** Knots per equivalent-kernel bandwidth that the knot thinning aims at. */
    static final double KNOTS_PER_BANDWIDTH = 8;

    final int degree;
    /** Indices into x of the distinct knots, first and last sample included. */
    final int[] breakIndex;
    /** Data units per knot-spacing unit. */
    final double unit;
    /** Mean number of sample spacings per knot spacing. */
    final double samplesPerKnot;
    private final double origin;
    private final double[] knotVector;

    /** The largest stride for n samples, which leaves at least {@code degree} knot spans. */
    static int maxStride(int n, int degree) {
        return Math.max(1, (n - 1) / degree);
    }

    /**
     * The stride that puts about {@value #KNOTS_PER_BANDWIDTH} knots in a bandwidth of
     * {@code bandwidthSamples} sample spacings, between 1 and {@code maxStride}.
     */
    static int strideFor(double bandwidthSamples, int maxStride) {
        long stride = Math.round(bandwidthSamples / KNOTS_PER_BANDWIDTH);
        return (int) Math.max(1, Math.min(maxStride, stride));
    }

    /**
     * @param x the samples' abscissae
     * @param stride take every stride-th sample as a knot
     * @param degree the spline degree
     * @param merge whether to skip a knot closer than {@value #MIN_GAP} mean knot spacings to the
     *     previous one, which keeps a smoothing system well conditioned when samples nearly
     *     coincide; an interpolating spline needs every knot and does not merge
     */
    KnotSet(double[] x, int stride, int degree, boolean merge) {
        this.degree = degree;
        int n = x.length;
        double minGap = merge ? MIN_GAP * (x[n - 1] - x[0]) * stride / (n - 1) : 0;
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n - 1; i += stride) {
            if (idx.isEmpty() || x[i] - x[idx.get(idx.size() - 1)] >= minGap && x[n - 1] - x[i] >= minGap) {
                idx.add(i);
            }
        }
        if (idx.size() > 1 && n - 1 - idx.get(idx.size() - 1) < stride / 2.0) {
            idx.remove(idx.size() - 1);
        }
        idx.add(n - 1);
        int intervals = idx.size() - 1;
        int drop = (degree - 1) / 2;
        List<Integer> kept = new ArrayList<>();
        kept.add(idx.get(0));
        for (int j = 1 + drop; j < intervals - drop; j++) {
            kept.add(idx.get(j));
        }
        kept.add(n - 1);
        this.breakIndex = kept.stream().mapToInt(Integer::intValue).toArray();
        this.origin = x[0];
        this.unit = (x[n - 1] - x[0]) / intervals;
        this.samplesPerKnot = (n - 1.0) / intervals;
        int interior = breakIndex.length - 2;
        this.knotVector = new double[interior + 2 * (degree + 1)];
        double end = toUnits(x[n - 1]);
        for (int j = 0; j <= degree; j++) {
            knotVector[j] = 0;
            knotVector[knotVector.length - 1 - j] = end;
        }
        for (int j = 0; j < interior; j++) {
            knotVector[degree + 1 + j] = toUnits(x[breakIndex[j + 1]]);
        }
    }

    /**
     * The posterior standard deviations of the spline's derivatives of every order
     * ({@link SplineStandardError}; Wahba 1983), sharing one band of the inverse; orders beyond
     * the degree have none.
     *
     * @param covariance the central band of the inverse of the system's matrix at the chosen lambda
     * @param sigma the residual standard deviation of a unit-weight sample
     * @return the standard-error curve of each order, in data x units
     */
    IntFunction<Curve> standardErrors(BandedSymmetricMatrix covariance, double sigma) {
        SplineStandardError[] byOrder = new SplineStandardError[degree + 1];
        for (int k = 0; k <= degree; k++) {
            byOrder[k] = new SplineStandardError(knotVector, degree, covariance, sigma, origin, unit, k);
        }
        return k -> k >= 0 && k <= degree ? byOrder[k] : null;
    }

    private double toUnits(double x) {
        return (x - origin) / unit;
    }

    /**
     * Builds the normal equations for samples x (data units), centred y and weights, with the plain
     * penalty ({@link PenalizedSplineSystem#relaxed} relaxes it towards the ends).
     */
    PenalizedSplineSystem system(double[] x, double[] yc, double[] w) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = toUnits(x[i]);
        }
        return new PenalizedSplineSystem(u, yc, w, knotVector, degree);
    }

    /**
     * Converts B-spline coefficients to a piecewise polynomial in data units with Taylor
     * coefficients at each knot, adding {@code mean} back.
     */
    PiecewisePolynomial piecewise(BSplineBasis basis, double[] coefficients, double mean, double[] x) {
        return piecewise(basis, coefficients, mean, x, 0, x.length - 1);
    }

    /**
     * The same, keeping only the pieces between the samples {@code first} and {@code last}, which
     * must be knots (when the knots span samples beyond the record, {@link NoiseFreeEnds}).
     */
    PiecewisePolynomial piecewise(BSplineBasis basis, double[] coefficients, double mean, double[] x,
                                  int first, int last) {
        int skip = 0;
        while (breakIndex[skip] < first) {
            skip++;
        }
        int pieces = 0;
        while (breakIndex[skip + pieces] < last) {
            pieces++;
        }
        double[] breaks = new double[pieces + 1];
        double[] taylor = new double[pieces * (degree + 1)];
        double[][] ders = new double[degree + 1][degree + 1];
        for (int kept = 0; kept < pieces; kept++) {
            int piece = skip + kept;
            int mu = degree + piece;
            breaks[kept] = x[breakIndex[piece]];
            basis.derivatives(mu, knotVector[mu], degree, ders);
            double factor = 1;
            for (int r = 0; r <= degree; r++) {
                double sum = 0;
                for (int s = 0; s <= degree; s++) {
                    sum += coefficients[mu - degree + s] * ders[r][s];
                }
                taylor[kept * (degree + 1) + r] = sum / factor;
                factor *= (r + 1) * unit;
            }
            taylor[kept * (degree + 1)] += mean;
        }
        breaks[pieces] = x[breakIndex[skip + pieces]];
        return new PiecewisePolynomial(breaks, taylor, degree);
    }
}
