package jdelt.interpolation.neural;

/**
 * A hidden layer of tanh units {@code tanh(s_j (u - c_j))} placed deterministically along the
 * input: the centres {@code c_j} at equal steps of the average of the samples' empirical
 * distribution and the uniform one on their range (so dense regions get more units, and no gap
 * between centres exceeds twice the uniform spacing), each slope {@code s_j = KAPPA / g_j} for the
 * local centre spacing {@code g_j}, so neighbouring transitions overlap, and {@link #OUTSIDE} more
 * units beyond each end. This is the
 * data-dependent initialisation of the hidden layer of Nguyen &amp; Widrow ("Improving the learning
 * speed of 2-layer neural networks by choosing initial values of the adaptive weights", IJCNN
 * 1990), made deterministic.
 *
 * <p>A unit whose argument exceeds {@link #SATURATION} in magnitude is exactly ±1, so at any
 * input only the units of a short index range are active; {@link #first(int)} and
 * {@link #last(int)} give that range for each gap between centres (gap {@code k} lies between
 * {@code c_(k-1)} and {@code c_k}; gap 0 is below {@code c_0}, gap H above {@code c_(H-1)}). Every unit
 * below the range is +1 there and every unit above it -1, which makes fitting banded and evaluation
 * independent of the number of units.
 */
final class TanhLayer {

    /**
     * Slope times local centre spacing: transitions about three spacings wide. Measured by the
     * accuracy benchmark ({@code --methods neural,spline --grid all --no-oracle}): against 1.0,
     * 0.7 lowered neural's per-cell d1 error by 27 % and d2 error by 36 % (geometric means over
     * 163 cells) at the same CPU time at 10^6 samples; 2.0 made d2 wiggle at the unit scale
     * (errors of 80-150 % on {@code jdelt.bench.NeuralDefaultsStudy}'s sines).
     */
    static final double KAPPA = 0.7;
    /**
     * Beyond this argument a unit is taken as saturated, exactly ±1 with zero derivatives: the
     * units are tanh clipped at |z| = 10, which differs from tanh by less than {@code 2 e^-20 = 4e-9}
     * (the rounding of tanh itself reaches ±1 only at 19.1). Fitting and evaluation use the same
     * clipped units, so the derivatives are those of the fitted network; the clipping halves the
     * units active at any input (about 29 instead of 55) and so the cost of evaluation and,
     * squared, of fitting.
     */
    static final double SATURATION = 10;
    /**
     * Units placed beyond each end of the inputs, one end spacing apart, so that near the ends the
     * fit has as many units to bend with as inside (as a B-spline basis has knots beyond the data:
     * de Boor, <i>A Practical Guide to Splines</i>, 1978, ch. IX); their curvature is penalized with
     * the others'. Measured by the accuracy benchmark ({@code --methods neural --no-oracle --budget 0},
     * 163 cells, geometric mean of the error over main's, d1 / d2 inner): 1 unit 0.83 / 0.72
     * (whole range 0.69 / 0.61), 2 units 0.82 / 0.70 (whole 0.70 / 0.71, worst d2 cell 5.2x), 3 units
     * 0.86 / 0.73; on a noise-free sine ({@code NeuralDefaultsStudy}) the whole-range d1 error of
     * 64 units fell from 6e-3 to 2e-4.
     */
    static final int OUTSIDE = 1;

    final double[] centre;
    final double[] slope;
    private final int[] first;
    private final int[] last;

    private TanhLayer(double[] centre, double[] slope) {
        this.centre = centre;
        this.slope = slope;
        int h = centre.length;
        first = new int[h + 1];
        last = new int[h + 1];
        double reach = 0;
        for (int j = 0; j < h; j++) {
            reach = Math.max(reach, SATURATION / slope[j]);
        }
        for (int k = 0; k <= h; k++) {
            double lo = k == 0 ? Double.NEGATIVE_INFINITY : centre[k - 1];
            double hi = k == h ? Double.POSITIVE_INFINITY : centre[k];
            int f = Math.min(k, h - 1);
            int l = Math.max(k - 1, 0);
            // candidates: centres within the longest reach of the gap; keep those whose active
            // interval [c - 10 / s, c + 10 / s] meets the gap
            for (int j = gap(lo - reach); j < h && centre[j] <= hi + reach; j++) {
                if (centre[j] + SATURATION / slope[j] >= lo && centre[j] - SATURATION / slope[j] <= hi) {
                    f = Math.min(f, j);
                    l = Math.max(l, j);
                }
            }
            first[k] = f;
            last[k] = l;
        }
    }

    /**
     * Places {@code units} units on increasing inputs, the first and last at the ends, and
     * {@link #OUTSIDE} more beyond each end.
     *
     * @param u the training inputs, increasing, at least two distinct
     * @param units the number of units spanning the inputs, at least 2
     * @param shift a fraction of a centre spacing, in [0, 1), by which the interior centres are
     *     moved (0 for the canonical placement; ensemble members use different shifts)
     */
    static TanhLayer place(double[] u, int units, double shift) {
        int n = u.length;
        double lo = u[0];
        double range = u[n - 1] - lo;
        double[] c = new double[units];
        // invert F(v) = (rank(v) / (n - 1) + (v - lo) / range) / 2, piecewise linear between samples
        int i = 0;
        for (int j = 0; j < units; j++) {
            double level = j == 0 || j == units - 1 ? j / (units - 1.0)
                    : Math.min(1, (j + shift) / (units - 1.0));
            while (i < n - 2 && mixture(u, i + 1, lo, range) < level) {
                i++;
            }
            double f0 = mixture(u, i, lo, range);
            double f1 = mixture(u, i + 1, lo, range);
            double a = f1 > f0 ? (level - f0) / (f1 - f0) : 0;
            c[j] = u[i] + Math.max(0, Math.min(1, a)) * (u[i + 1] - u[i]);
        }
        c[0] = lo;
        c[units - 1] = u[n - 1];
        double[] e = new double[units + 2 * OUTSIDE];
        System.arraycopy(c, 0, e, OUTSIDE, units);
        for (int j = 1; j <= OUTSIDE; j++) {
            e[OUTSIDE - j] = c[0] - j * (c[1] - c[0]);
            e[OUTSIDE + units - 1 + j] = c[units - 1] + j * (c[units - 1] - c[units - 2]);
        }
        c = e;
        double[] s = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            double gap = j == 0 ? c[1] - c[0] : j == c.length - 1 ? c[j] - c[j - 1] : (c[j + 1] - c[j - 1]) / 2;
            s[j] = KAPPA / Math.max(gap, range * 1e-12);
        }
        return new TanhLayer(c, s);
    }

    private static double mixture(double[] u, int i, double lo, double range) {
        return (i / (u.length - 1.0) + (u[i] - lo) / range) / 2;
    }

    /** @return the number of units */
    int size() {
        return centre.length;
    }

    /** @return the gap containing {@code u}: the number of centres below it */
    int gap(double u) {
        int lo = 0;
        int hi = centre.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (centre[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the first unit that may be active in gap {@code k}; all units before it are +1 there */
    int first(int k) {
        return first[k];
    }

    /** @return the last unit that may be active in gap {@code k}; all units after it are -1 there */
    int last(int k) {
        return last[k];
    }

    /** @return the most units active in one interior gap */
    int widestInterior() {
        int w = 1;
        for (int k = 1; k < centre.length; k++) {
            w = Math.max(w, last[k] - first[k] + 1);
        }
        return w;
    }

    /**
     * Writes the units {@code first..last} of gap {@code k} and their first three derivatives with
     * respect to u at {@code u} into {@code t[0..]}, {@code d1}, {@code d2}, {@code d3}.
     *
     * @return the number of units written
     */
    int activate(double u, int k, double[] t, double[] d1, double[] d2, double[] d3) {
        int f = first[k];
        int count = last[k] - f + 1;
        for (int m = 0; m < count; m++) {
            t[m] = slope[f + m] * (u - centre[f + m]);
        }
        Activation.TANH.apply(t, count, d1, d2, d3);
        for (int m = 0; m < count; m++) {
            double s = slope[f + m];
            if (Math.abs(s * (u - centre[f + m])) > SATURATION) {
                t[m] = Math.signum(t[m]);
                s = 0;
            }
            d1[m] *= s;
            d2[m] *= s * s;
            d3[m] *= s * s * s;
        }
        return count;
    }
}
