package jdelt.interpolation.neural;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.ResidualCheck;
import jdelt.interpolation.Samples;
import jdelt.interpolation.numerics.NoiseEstimate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.StatUtils;

/**
 * An ensemble of tanh networks fitted to samples — by default the automatic one-layer network of
 * {@link CapacitySearch}, otherwise multilayer perceptrons trained by {@link Trainer} — with exact derivatives of orders
 * 1–3 by forward-mode Taylor propagation through each network (Griewank &amp; Walther,
 * <i>Evaluating Derivatives</i>, 2008, ch. 13) and an ensemble uncertainty band
 * (Lakshminarayanan, Pritzel &amp; Blundell, "Simple and scalable predictive uncertainty estimation
 * using deep ensembles", NeurIPS 2017).
 *
 * <p>Inputs and outputs are standardised, {@code u = (x - mean x) / sd x} and
 * {@code y = mean y + sd y · net(u)}, so the k-th derivative is {@code sd y / sd x^k · net⁽ᵏ⁾(u)}.
 * Each member holds out one sample in every five (chosen at random by its seed, never the first or
 * last), which chooses the automatic network's width or stops the training of explicit layers
 * at the lowest held-out error; different members hold out different samples. Above 4096 samples, runs of consecutive samples are
 * merged into weighted bin means before training ({@link #trainingPoints()} reports how many), so
 * training time stops growing with the number of samples.
 *
 * <p>The estimate of every order is the mean over members; {@link #spread(int)} is the members'
 * standard deviation (doubled for the automatic network: {@link #SUBSAMPLE_SCALE}) and {@link #lower(int)} / {@link #upper(int)} the band mean ∓ 2 spread. The
 * standard deviation is the sample one (divisor k - 1). The band reflects the variance between
 * members (initialisation, held-out split), not the bias of the model, and is zero-width for a
 * single member. Outside the sampled range each network continues smoothly (the automatic one along
 * its linear connection, explicit layers level off); treat that as extrapolation. Curves evaluate arrays of more than 32768
 * points in parallel on the common fork-join pool.
 *
 * <p>Immutable and safe to evaluate from several threads.
 */
public final class NeuralNetworkFit implements FittedCurve {

    /** The method name used in messages. */
    public static final String METHOD = "neural";
    /** Points evaluated together, sized to stay in cache. */
    private static final int BATCH = 128;
    /** Points per parallel task when evaluating many points. */
    static final int CHUNK = 1 << 15;
    /** Band half-width in standard deviations of the members. */
    private static final double BAND = 2.0;

    /** The weight decay of explicit layers when none is given. */
    static final double DEEP_DECAY = 0.1;

    /**
     * Members of the automatic network are fitted to four samples in five: their spread is about
     * {@code sqrt((1 - 0.8) / 0.8) = 1/2} of the full-data fit's standard error, so it is doubled
     * (the rescaling of subsampling: Politis, Romano &amp; Wolf, <i>Subsampling</i>, Springer 1999,
     * for an estimator linear in the data, as the closed-form output layer is).
     */
    static final double SUBSAMPLE_SCALE = 2;

    /**
     * Said of samples that look noise-free ({@link NoiseEstimate#looksNoiseFree}): the tanh units
     * cannot follow a smooth signal much closer than this however many there are (measured by the
     * accuracy benchmark's noise-free cells, n = 1000).
     */
    static final String NOISE_FREE_WARNING = "the samples look noise-free: the network's derivatives are"
            + " limited by its tanh units to relative errors of about 1e-5 to 1e-3 (d1) on smooth signals,"
            + " where an interpolating method reaches 1e-7 to 1e-12; use spline (which interpolates such data)"
            + " or fd for noise-free samples";

    private final Member[] members;
    private final double spreadScale;
    private final double[] validationLoss;
    private final int trainingPoints;
    private final double xMean;
    private final double xScale;
    private final double yMean;
    private final double yScale;
    private final FitSummary summary;

    private NeuralNetworkFit(Member[] members, double[] validationLoss, int trainingPoints, double xMean,
                             double xScale, double yMean, double yScale, FitSummary.Builder description,
                             double degreesOfFreedom, double spreadScale, Supplier<ShallowNetwork> band, double[] x,
                             double[] y) {
        this.members = members;
        this.spreadScale = spreadScale;
        this.validationLoss = validationLoss;
        this.trainingPoints = trainingPoints;
        this.xMean = xMean;
        this.xScale = xScale;
        this.yMean = yMean;
        this.yScale = yScale;
        double[] fitted = values(x);
        double rss = 0;
        for (int i = 0; i < x.length; i++) {
            rss += (y[i] - fitted[i]) * (y[i] - fitted[i]);
        }
        double df = Double.isNaN(degreesOfFreedom) ? 0 : degreesOfFreedom;
        description.parameter("members", members.length)
                .parameter("trainingPoints", trainingPoints)
                .residualStandardDeviation(Math.sqrt(rss / Math.max(1, x.length - df)));
        if (!Double.isNaN(degreesOfFreedom)) {
            description.degreesOfFreedom(degreesOfFreedom);
        }
        if (members.length > 1) {
            description.standardErrors(this::spread);
        } else if (band != null) {
            description.standardErrors(order -> {
                Samples.validateOrder(order, maxOrder(), METHOD);
                return new PosteriorError(band.get(), order, xMean, xScale, yScale);
            });
        }
        boolean noiseFree = NoiseEstimate.looksNoiseFree(x, y);
        description.parameter("noiseFree", Boolean.toString(noiseFree));
        for (String warning : new String[] {ResidualCheck.warning(x, y, fitted, 1), ResidualStructure.warning(y, fitted),
                noiseFree ? NOISE_FREE_WARNING : null}) {
            if (warning != null) {
                description.warning(warning);
            }
        }
        this.summary = description.build();
    }

    /**
     * Reports the architecture (for the automatic network the units and the relative curvature
     * penalty each member chose, and the degrees of freedom), the ensemble size, the number of
     * training points, and as residual deviation the root mean square of the residuals at every
     * sample (divided by n minus the degrees of freedom where these are known), whether the samples
     * look noise-free ({@code noiseFree}); warnings when the residuals are far above the noise
     * ({@link ResidualCheck}) or structured ({@link ResidualStructure}), and when the samples look
     * noise-free (the network cannot interpolate them to the accuracy an interpolating method
     * reaches). The standard error of every order: with more than one member the members' spread;
     * for a single automatic network the posterior of its output layer ({@link PosteriorVariance})
     * fitted at twice the chosen width ({@link CapacitySearch#BAND_WIDTH_FACTOR}).
     */
    @Override
    public FitSummary summary() {
        return summary;
    }

    /**
     * Trains the ensemble. Deterministic: the same settings and samples give the same fit.
     *
     * @param settings architecture, regularisation, ensemble size, seed and budget
     * @param x the abscissae, finite and strictly increasing
     * @param y the ordinates
     * @param listener receives progress after every iteration
     * @return the fit
     * @throws IllegalArgumentException if the samples fail {@link Samples#validate} (at least 5 points)
     */
    public static NeuralNetworkFit train(NetworkSettings settings, double[] x, double[] y,
                                         TrainingListener listener) {
        Samples.validate(x, y, TrainingData.FOLD, METHOD);
        Samples.validateScale(x);
        int n = x.length;
        double xMean = StatUtils.mean(x);
        double xScale = Math.sqrt(StatUtils.populationVariance(x, xMean));
        double yMean = StatUtils.mean(y);
        double yDev = deviation(y, yMean);
        // constant y: a zero output scale makes the fit exactly the constant, every derivative zero
        double yScale = yDev > 0 ? yDev : 0;
        double[] u = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = (x[i] - xMean) / xScale;
            t[i] = yScale > 0 ? (y[i] - yMean) / yScale : 0;
        }
        TrainingData data = TrainingData.binned(u, t);
        FitSummary.Builder description = FitSummary.builder(METHOD, true)
                .parameter("activation", settings.activation().name().toLowerCase(java.util.Locale.ROOT));
        EnsembleTraining.Ensemble ensemble = EnsembleTraining.train(settings, data, t, listener, description);
        return new NeuralNetworkFit(ensemble.members(), ensemble.validationLoss(), data.size(), xMean, xScale, yMean,
                yScale, description, ensemble.degreesOfFreedom(), settings.automatic() ? SUBSAMPLE_SCALE : 1,
                ensemble.band(), x, y);
    }

    /**
     * The population standard deviation of {@code y}; where its variance is below the smallest
     * normal double (a spread under about 1e-154, whose squares underflow), computed on y divided
     * by its largest deviation from the mean, so that tiny units are not taken for a constant.
     */
    private static double deviation(double[] y, double mean) {
        double variance = StatUtils.populationVariance(y, mean);
        if (variance >= Double.MIN_NORMAL) {
            return Math.sqrt(variance);
        }
        double largest = 0;
        for (double v : y) {
            largest = Math.max(largest, Math.abs(v - mean));
        }
        if (largest == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : y) {
            double d = (v - mean) / largest;
            sum += d * d;
        }
        return largest * Math.sqrt(sum / y.length);
    }

    @Override
    public double value(double x) {
        return differentiate(0).value(x);
    }

    @Override
    public double[] values(double[] x) {
        return differentiate(0).values(x);
    }

    @Override
    public Curve differentiate(int order) {
        Samples.validateOrder(order, maxOrder(), METHOD);
        return new Statistic(order, 0);
    }

    @Override
    public int maxOrder() {
        return Network.MAX_ORDER;
    }

    /**
     * The members' standard deviation of a derivative: the ensemble's uncertainty.
     *
     * @param order the derivative order, 0 to 3
     * @return the spread, zero everywhere for a single member
     */
    public Curve spread(int order) {
        Samples.validateOrder(order, maxOrder(), METHOD);
        return new Statistic(order, Double.NaN);
    }

    /**
     * The lower edge of the uncertainty band: mean minus two standard deviations of the members.
     *
     * @param order the derivative order, 0 to 3
     * @return the lower band edge
     */
    public Curve lower(int order) {
        Samples.validateOrder(order, maxOrder(), METHOD);
        return new Statistic(order, -BAND);
    }

    /**
     * The upper edge of the uncertainty band: mean plus two standard deviations of the members.
     *
     * @param order the derivative order, 0 to 3
     * @return the upper band edge
     */
    public Curve upper(int order) {
        Samples.validateOrder(order, maxOrder(), METHOD);
        return new Statistic(order, BAND);
    }

    /** @return the number of networks in the ensemble */
    public int members() {
        return members.length;
    }

    /**
     * The number of points the networks were trained and validated on: the number of samples, or,
     * above 4096 samples, the number of bin means they were merged into.
     *
     * @return the number of training points
     */
    public int trainingPoints() {
        return trainingPoints;
    }

    /**
     * The held-out mean squared error of each member's kept weights, in units of the variance of y.
     *
     * @return one value per member
     */
    public double[] validationLoss() {
        return validationLoss.clone();
    }

    /**
     * Evaluates the estimate and its derivatives up to {@code maxOrder} in one pass, sharing the
     * network evaluation between the orders: cheaper than calling {@link #differentiate(int)} for
     * each order when several are needed at many points.
     *
     * @param x the abscissae, in any order
     * @param maxOrder the highest order wanted, 0 to 3
     * @return {@code result[k][i]}: the k-th derivative of the estimate at {@code x[i]}
     */
    public double[][] derivatives(double[] x, int maxOrder) {
        Samples.validateOrder(maxOrder, maxOrder(), METHOD);
        return evaluate(x, maxOrder, 0);
    }

    /**
     * For every order up to {@code maxOrder}: mean + {@code band} · sd of the members' derivative;
     * {@code band = NaN} asks for the sd alone. Arrays of more than {@link #CHUNK} points are
     * evaluated in parallel.
     */
    private double[][] evaluate(double[] x, int maxOrder, double band) {
        double[][] out = new double[maxOrder + 1][x.length];
        int chunks = (x.length + CHUNK - 1) / CHUNK;
        if (chunks > 1) {
            IntStream.range(0, chunks).parallel().forEach(c ->
                    evaluate(x, maxOrder, band, out, c * CHUNK, Math.min(x.length, (c + 1) * CHUNK)));
        } else {
            evaluate(x, maxOrder, band, out, 0, x.length);
        }
        return out;
    }

    private void evaluate(double[] x, int maxOrder, double band, double[][] out, int start, int end) {
        int count = members.length;
        int batch = Math.min(BATCH, end - start);
        Member.Evaluator[] evaluators = new Member.Evaluator[count];
        for (int m = 0; m < count; m++) {
            evaluators[m] = members[m].evaluator(batch, maxOrder);
        }
        double[] u = new double[batch];
        double[][][] d = new double[count][maxOrder + 1][batch];
        for (int from = start; from < end; from += batch) {
            int points = Math.min(batch, end - from);
            for (int p = 0; p < points; p++) {
                double xp = x[from + p];
                u[p] = Double.isFinite(xp) ? (xp - xMean) / xScale : 0;
            }
            for (int m = 0; m < count; m++) {
                evaluators[m].derivatives(u, points, d[m]);
            }
            for (int k = 0; k <= maxOrder; k++) {
                double factor = yScale / Math.pow(xScale, k);
                double shift = k == 0 && !Double.isNaN(band) ? yMean : 0;
                for (int p = 0; p < points; p++) {
                    double sum = 0;
                    for (int m = 0; m < count; m++) {
                        sum += d[m][k][p];
                    }
                    double mean = sum / count;
                    double squares = 0;
                    for (int m = 0; m < count; m++) {
                        squares += (d[m][k][p] - mean) * (d[m][k][p] - mean);
                    }
                    double sd = count > 1 ? spreadScale * Math.sqrt(squares / (count - 1)) : 0;
                    double v = Double.isNaN(band) ? sd : mean + band * sd;
                    out[k][from + p] = Double.isFinite(x[from + p]) ? factor * v + shift : Double.NaN;
                }
            }
        }
    }

    /** One statistic of one derivative order, as a curve. */
    private final class Statistic implements Curve {
        private final int order;
        private final double band;

        /** mean + {@code band} · sd of the members' derivative; {@code band = NaN}: the sd alone. */
        Statistic(int order, double band) {
            this.order = order;
            this.band = band;
        }

        @Override
        public double value(double x) {
            return values(new double[] {x})[0];
        }

        @Override
        public double[] values(double[] x) {
            return evaluate(x, order, band)[order];
        }
    }
}
