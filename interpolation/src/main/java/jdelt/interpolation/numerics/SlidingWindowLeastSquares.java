package jdelt.interpolation.numerics;

import java.util.Arrays;

/**
 * The unweighted least-squares polynomial over a window of samples, with its derivatives at any
 * point, the hat-matrix diagonal of a sample there, and the window sums updated as the window
 * slides: the local fit shared by the Savitzky–Golay filter (A. Savitzky and M. J. E. Golay,
 * Anal. Chem. 36 (1964) 1627–1639) and the embedding methods GLLA and GOLD, kept exact on
 * non-uniform x. A building block for method implementations, not a method itself.
 *
 * <p>A window is {@code size} samples {@code step} indices apart starting at index {@code a}:
 * {@code x[a], x[a+step], ..., x[a+step*(size-1)]}. The normal equations are formed from the
 * power sums of {@code u = (x - origin) / radius}, with origin and radius the window's centre and
 * half-width when the sums were last rebuilt, and solved by Cholesky factorisation (or, when
 * clustered abscissae make the power sums too ill-conditioned, by Householder QR of the window
 * itself, O(size · degree²)). If the window's abscissae cannot determine a polynomial of the
 * degree in double precision (fewer effectively distinct points than coefficients, e.g. a tight
 * cluster plus one far sample), the degree is lowered for that window: the undetermined
 * higher coefficients are set to zero rather than failing. Moving
 * the window by one step adds and removes one sample (O(degree)); the sums are rebuilt from
 * scratch (O(size)) when the window has moved by more than a quarter of its length since the
 * last rebuild or has left {@code |u| <= 2}, which bounds the cancellation error and keeps the
 * amortised cost O(degree) per step. With a step above 1 the windows starting at {@code a} and
 * {@code a + 1} share no sample, so the sums are kept for each residue class of {@code a}
 * modulo the step (interleaved accumulators, O(step · degree) memory): a walk over every start
 * in order slides each class by one step at a time, O(degree) per move, instead of rebuilding
 * every window.
 * Like x, y enters the sums relative to a level, the y of the window's middle sample at the last rebuild,
 * so a local offset (a steep trend far from y's mean, or a large constant) does not pass through
 * the normal equations, whose condition grows quickly with the degree, into the derivatives.
 *
 * <p>Mutable: one instance serves one thread, for one sequence of evaluations.
 */
public final class SlidingWindowLeastSquares {

    /**
     * The local degree of the sliding-window methods ({@code savgol}, {@code glla}, {@code gold})
     * on data that look noise-free ({@link NoiseEstimate#looksNoiseFree}), in windows of the
     * {@code NOISE_FREE_DEGREE + }{@link #NOISE_FREE_EXTRA} nearest samples, factored directly:
     * measured by {@code jdelt.bench.accuracy.SlidingWindowCleanStudy} (degrees 4 to 8, 1 to 4
     * samples beyond the degree; the benchmark's clean-data ratio to the better of fourth-order
     * finite differences and the interpolating spline, geometric mean over its signals): degree 8
     * on 9 samples gave d1 0.84 and d2 0.03 at n = 1000 and 1.29 and 0.04 at n = 100, the best
     * with 10 samples 0.87, 0.02, 1.78, 1.07; the default degrees on their smallest windows
     * (4 on 5 samples) gave d1 1060 and 113.
     */
    public static final int NOISE_FREE_DEGREE = 8;
    /** The samples beyond the degree in a noise-free window; see {@link #NOISE_FREE_DEGREE}. */
    public static final int NOISE_FREE_EXTRA = 1;

    private final double[] x;
    private final double[] y;
    private final int degree;
    private int size;
    private final int step;
    private final double[] moments;
    private final double[] rhs;
    /** Work space of the solves, reused: the factor L, then L v = X'y, the coefficients, and a scratch vector. */
    private final double[] l;
    private final double[] v;
    private final double[] c;
    private final double[] scratch;
    private int start = -1;
    private int rebuiltAt;
    private int updatesSinceRebuild;
    private double origin;
    private double radius;
    private double level;
    /**
     * With a step above 1: the sums of each residue class of first indices modulo the step (the
     * moments, the right-hand side, then start, rebuiltAt, origin, radius, level), saved while another
     * class is current; created on first use.
     */
    private final double[][] classes;
    private int residue;
    /** The Householder QR of a window's matrix of powers, with its work space. */
    private final WindowQr qr = new WindowQr();
    /** Whether every window is factored from its own samples by QR, with no sums kept. */
    private final boolean direct;

    /**
     * @param x the sorted abscissae
     * @param y the ordinates
     * @param degree the polynomial degree, less than {@code size}
     * @param size the number of samples in a window
     * @param step the index step between the window's samples, at least 1
     * @throws IllegalArgumentException if the window has no more samples than the degree or the
     *     step is not positive
     */
    public SlidingWindowLeastSquares(double[] x, double[] y, int degree, int size, int step) {
        this(x, y, degree, size, step, false);
    }

    /**
     * A window fit that, with {@code direct}, keeps no sums: every window is centred and scaled on
     * its own samples and factored by Householder QR of its matrix of powers (O(size · degree²)
     * per evaluation), for the small windows at high degree of noise-free data, where the power
     * sums' squared condition number and their sliding updates would cost most of the digits
     * (measured by {@code jdelt.bench.accuracy.SlidingWindowCleanStudy}).
     *
     * @param x the sorted abscissae
     * @param y the ordinates
     * @param degree the polynomial degree, less than {@code size}
     * @param size the number of samples in a window
     * @param step the index step between the window's samples, at least 1
     * @param direct whether every window is factored from its samples
     * @throws IllegalArgumentException if the window has no more samples than the degree or the
     *     step is not positive
     */
    public SlidingWindowLeastSquares(double[] x, double[] y, int degree, int size, int step, boolean direct) {
        this.direct = direct;
        if (size <= degree || step < 1) {
            throw new IllegalArgumentException("a window of " + size + " samples " + step
                    + " apart cannot fit a least-squares polynomial of degree " + degree);
        }
        this.x = x;
        this.y = y;
        this.degree = degree;
        this.size = size;
        this.step = step;
        this.moments = new double[2 * degree + 1];
        this.rhs = new double[degree + 1];
        this.l = new double[(degree + 1) * (degree + 1)];
        this.v = new double[degree + 1];
        this.c = new double[degree + 1];
        this.scratch = new double[degree + 1];
        this.classes = step > 1 ? new double[step][] : null;
    }

    /**
     * Whether a window of {@code size} samples at {@code degree} is better factored directly (see
     * {@link #SlidingWindowLeastSquares(double[], double[], int, int, int, boolean)}): when it has
     * at most twice as many samples as coefficients, where Householder QR costs no more than a few
     * times the factorisation of the sums and the sums have no long slide to amortise.
     *
     * @param degree the polynomial degree
     * @param size the number of samples in a window
     * @return whether to factor each window directly
     */
    public static boolean directSuits(int degree, int size) {
        return size <= 2 * (degree + 1);
    }

    /**
     * Places the window at first index {@code a}, in {@code [0, n - step * (size - 1) - 1]}.
     *
     * @param a the first index
     */
    public void moveTo(int a) {
        if (step > 1 && !direct) {
            switchTo(a % step);
        }
        if (a == start) {
            return;
        }
        if (direct) {
            rebuild(a);
            return;
        }
        boolean rebuild = start < 0 || Math.abs(a - rebuiltAt) / step > size / 4;
        if (!rebuild) {
            int span = step * size;
            while (start < a) {
                add(start, -1);
                add(start + span, 1);
                start += step;
            }
            while (start > a) {
                start -= step;
                add(start + span, -1);
                add(start, 1);
            }
            rebuild = Math.abs(x[a] - origin) > 2 * radius
                    || Math.abs(x[a + step * (size - 1)] - origin) > 2 * radius;
        }
        if (rebuild) {
            rebuild(a);
        }
    }

    /** Saves the current residue class's sums and makes class {@code r} current. */
    private void switchTo(int r) {
        if (r == residue) {
            return;
        }
        int mo = moments.length;
        int rh = rhs.length;
        double[] saved = classes[residue];
        if (saved == null) {
            saved = new double[mo + rh + 5];
            classes[residue] = saved;
        }
        System.arraycopy(moments, 0, saved, 0, mo);
        System.arraycopy(rhs, 0, saved, mo, rh);
        saved[mo + rh] = start;
        saved[mo + rh + 1] = rebuiltAt;
        saved[mo + rh + 2] = origin;
        saved[mo + rh + 3] = radius;
        saved[mo + rh + 4] = level;
        residue = r;
        double[] load = classes[r];
        if (load == null) {
            start = -1;
            return;
        }
        System.arraycopy(load, 0, moments, 0, mo);
        System.arraycopy(load, mo, rhs, 0, rh);
        start = (int) load[mo + rh];
        rebuiltAt = (int) load[mo + rh + 1];
        origin = load[mo + rh + 2];
        radius = load[mo + rh + 3];
        level = load[mo + rh + 4];
    }

    /**
     * Places a window of {@code count} consecutive samples starting at index {@code first}: for
     * windows whose number of samples varies from point to point (e.g. all samples within a
     * distance in x), step 1 only. The sums slide: samples are added and removed at either end
     * (O(degree) each) and rebuilt from scratch when the updates since the last rebuild exceed
     * twice the window, when the window has left {@code |u| <= 2} or shrunk below a quarter of the
     * rebuilt width, so the cancellation error stays bounded and the amortised cost per update is
     * O(degree). {@link #moveTo(int)} afterwards keeps the last size.
     *
     * @param first the first index
     * @param count the number of samples, more than the degree, with {@code first + count <= n}
     * @throws IllegalArgumentException if the step is not 1 or the window is too small
     */
    public void moveTo(int first, int count) {
        if (step != 1 || count <= degree) {
            throw new IllegalArgumentException("a window of " + count + " samples " + step
                    + " apart cannot slide with a varying size for a polynomial of degree " + degree);
        }
        if (first == start && count == size) {
            return;
        }
        if (direct) {
            size = count;
            rebuild(first);
            return;
        }
        int end = start + size;
        int newEnd = first + count;
        int updates = Math.abs(first - start) + Math.abs(newEnd - end);
        boolean rebuild = start < 0 || first >= end || newEnd <= start
                || updatesSinceRebuild + updates > 2 * count;
        if (!rebuild) {
            while (end < newEnd) {
                add(end++, 1);
            }
            while (end > newEnd) {
                add(--end, -1);
            }
            while (start < first) {
                add(start++, -1);
            }
            while (start > first) {
                add(--start, 1);
            }
            size = count;
            updatesSinceRebuild += updates;
            double lo = x[first];
            double hi = x[newEnd - 1];
            rebuild = Math.abs(lo - origin) > 2 * radius || Math.abs(hi - origin) > 2 * radius
                    || hi - lo < 0.5 * radius;
        }
        if (rebuild) {
            size = count;
            rebuild(first);
        }
    }

    /**
     * The derivatives at {@code z} of the current window's least-squares polynomial.
     *
     * @param z the evaluation point
     * @param maxOrder the highest derivative wanted, at most the degree
     * @param out receives derivatives 0 to {@code maxOrder}; if it has one more entry, that entry
     *     receives {@code p(z)' G^-1 p(z)} ({@code p(z)} the powers of {@code u} at {@code z},
     *     {@code G} the normal matrix), the hat-matrix diagonal of a sample of the window at {@code z}
     */
    public void derivatives(double z, int maxOrder, double[] out) {
        int m = degree + 1;
        factor(m);
        HankelCholesky.backSolve(l, m, v, c);
        double uz = (z - origin) / radius;
        double unit = 1;
        for (int order = 0; order <= maxOrder; order++) {
            double value = 0;
            for (int q = m - 1; q >= order; q--) {
                double falling = 1;
                for (int r = 0; r < order; r++) {
                    falling *= q - r;
                }
                value = value * uz + falling * c[q];
            }
            out[order] = value / unit + (order == 0 ? level : 0);
            unit *= radius;
        }
        if (out.length > maxOrder + 1) {
            double[] powers = c; // the coefficients are no longer needed
            powers[0] = 1;
            for (int q = 1; q < m; q++) {
                powers[q] = powers[q - 1] * uz;
            }
            HankelCholesky.forwardSolve(l, m, powers, scratch);
            double hat = 0;
            for (int q = 0; q < m; q++) {
                hat += scratch[q] * scratch[q];
            }
            out[maxOrder + 1] = hat;
        }
    }

    /**
     * The sum of the squared weights with which the current window's samples enter the
     * derivative of order {@code order} at {@code z} of its least-squares polynomial: that
     * estimate's variance per unit noise variance ({@code q' G^-1 q}, {@code q} the order-th
     * derivative of the powers of {@code u} at {@code z}; for order 0 the hat-matrix diagonal).
     *
     * @param z the evaluation point
     * @param order the derivative order, at most the degree
     * @return the sum of squared weights
     */
    public double derivativeVariance(double z, int order) {
        factor(degree + 1);
        return factoredVariance((z - origin) / radius, order);
    }

    /**
     * {@link #derivativeVariance} for every order from 0 to {@code maxOrder}, with one
     * factorisation of the window's normal matrix.
     *
     * @param z the evaluation point
     * @param maxOrder the highest order, at most the degree
     * @param out receives the sums of squared weights of orders 0 to {@code maxOrder}
     */
    public void derivativeVariances(double z, int maxOrder, double[] out) {
        factor(degree + 1);
        double uz = (z - origin) / radius;
        for (int order = 0; order <= maxOrder; order++) {
            out[order] = factoredVariance(uz, order);
        }
    }

    /** {@code q' G^-1 q} for the order-th derivative of the powers at {@code uz}, the factor being current. */
    private double factoredVariance(double uz, int order) {
        int m = degree + 1;
        double power = 1;
        for (int q = 0; q < m; q++) {
            double falling = q < order ? 0 : 1;
            for (int r = 0; r < order; r++) {
                falling *= q - r;
            }
            c[q] = falling * power;
            if (q >= order) {
                power *= uz;
            }
        }
        HankelCholesky.forwardSolve(l, m, c, scratch);
        double sum = 0;
        for (int q = 0; q < m; q++) {
            sum += scratch[q] * scratch[q];
        }
        return sum / Math.pow(radius, 2.0 * order);
    }

    /**
     * For each degree {@code k} from 0 to the degree, the k-th derivative of the window's
     * least-squares polynomial of degree k: {@code k!} times its leading coefficient, a constant
     * over the window (the GOLD estimates of Deboeck 2010).
     *
     * @param out receives the estimates for k = 0 to the degree
     */
    public void leadingDerivatives(double[] out) {
        int m = degree + 1;
        factor(m);
        double factorial = 1;
        double unit = 1;
        for (int k = 0; k < m; k++) {
            if (k > 0) {
                factorial *= k;
                unit *= radius;
            }
            // the Cholesky factor of the leading (k+1)x(k+1) block is the leading block of l, so
            // the last coefficient of the degree-k fit is v[k] / l[k][k]
            out[k] = v[k] * l[k * m + k] * factorial / unit + (k == 0 ? level : 0);
        }
    }

    private void rebuild(int a) {
        start = a;
        rebuiltAt = a;
        updatesSinceRebuild = 0;
        double lo = x[a];
        double hi = x[a + step * (size - 1)];
        origin = 0.5 * (lo + hi);
        radius = 0.5 * (hi - lo);
        level = y[a + step * (size / 2)];
        if (direct) {
            return;
        }
        Arrays.fill(moments, 0);
        Arrays.fill(rhs, 0);
        for (int j = 0; j < size; j++) {
            add(a + j * step, 1);
        }
    }

    private void add(int j, int sign) {
        double u = (x[j] - origin) / radius;
        double w = y[j] - level;
        double p = sign;
        int q = 0;
        for (; q < rhs.length; q++) {
            moments[q] += p;
            rhs[q] += p * w;
            p *= u;
        }
        for (; q < moments.length; q++) {
            moments[q] += p;
            p *= u;
        }
    }

    /**
     * The lower-triangular {@code L} with {@code L L' = G} and {@code v} with {@code L v = X'y}
     * ({@code X} the window's matrix of powers of u): by Cholesky factorisation of the power sums
     * when {@link HankelCholesky} accepts them and the windows are not factored directly, else (direct,
     * clustered abscissae, high degree)
     * by Householder QR of {@code X} itself ({@link WindowQr}), which does not square the condition number.
     */
    private void factor(int m) {
        if (!direct && HankelCholesky.factor(moments, m, l)) {
            HankelCholesky.forwardSolve(l, m, rhs, v);
        } else {
            qr.factor(x, y, start, step, size, origin, radius, level, m, l, v);
        }
    }
}
