package jdelt.bench.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells the accuracy benchmark runs. The full grid crosses every signal, sampling, noise
 * model, noise level and size. The default grid varies one factor at a time around a base case
 * (Gaussian noise, uniform sampling, 5 % noise, n = 1000), the usual screening design when the
 * full factorial is too large (Montgomery, "Design and Analysis of Experiments", ch. 1).
 */
public final class Grid {

    /** Noise standard deviations, as fractions of the signal's standard deviation. */
    public static final double[] LEVELS = {0, 0.001, 0.01, 0.05, 0.1, 0.2};
    /** Sample counts. */
    public static final int[] SIZES = {100, 1000, 10000};
    /** The base noise level of the default grid. */
    public static final double BASE_LEVEL = 0.05;
    /** The base sample count of the default grid. */
    public static final int BASE_N = 1000;

    private Grid() {
    }

    /** @return every test signal: the closed-form ones, then the ODE trajectories */
    public static List<TestSignal> signals() {
        List<TestSignal> all = new ArrayList<>(AnalyticSignal.catalogue());
        all.addAll(OdeSignal.catalogue());
        return List.copyOf(all);
    }

    /**
     * The default grid: for every signal, (a) Gaussian noise at
     * every level, uniform sampling, n = 1000; (b) Laplace noise and outliers at 5 %, uniform,
     * n = 1000; (c) jittered and gappy sampling with 5 % Gaussian noise, n = 1000; (d) n = 100 and
     * n = 10000 with 5 % Gaussian noise, uniform.
     *
     * @param signals the signals
     * @return the cells
     */
    public static List<Cell> defaultGrid(List<TestSignal> signals) {
        List<Cell> cells = new ArrayList<>();
        for (TestSignal s : signals) {
            for (double level : LEVELS) {
                cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, level, BASE_N));
            }
        }
        for (TestSignal s : signals) {
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.LAPLACE, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.OUTLIERS, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.JITTERED, NoiseModel.GAUSSIAN, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.GAPPY, NoiseModel.GAUSSIAN, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, BASE_LEVEL, 100));
        }
        for (TestSignal s : signals) {
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, BASE_LEVEL, 10000));
        }
        return cells;
    }

    /** The level of the nearly noise-free cells of the hard-data grid (0.01 %). */
    public static final double NEARLY_CLEAN = 1e-4;
    /** Sample counts of the short records of the hard-data grid. */
    public static final int[] SHORT = {20, 40};
    /** The noise level of the short records. */
    public static final double SHORT_LEVEL = 0.01;
    /** Sample count of the long record. */
    public static final int LONG_N = 20000;

    /**
     * The hard-data grid, the kinds of data the default grid lacks: for every signal, (e)
     * heteroscedastic noise (deviation rising 25-fold along the record) at 5 %, uniform, n = 1000;
     * (f) log-spaced and (g) clustered sampling, 5 % Gaussian, n = 1000; (h) 0.01 % Gaussian noise,
     * uniform, n = 1000; (i) short records, n = 20 and 40, 1 % Gaussian, uniform; and optionally
     * (j) the long record of 120 periods ({@link AnalyticSignal#longRecord()}), n = 20000, 5 % Gaussian.
     *
     * @param signals the signals
     * @param longRecord whether to add the long record
     * @return the cells
     */
    public static List<Cell> hardGrid(List<TestSignal> signals, boolean longRecord) {
        List<Cell> cells = new ArrayList<>();
        for (TestSignal s : signals) {
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.HETEROSCEDASTIC, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.LOG, NoiseModel.GAUSSIAN, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.CLUSTERED, NoiseModel.GAUSSIAN, BASE_LEVEL, BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, NEARLY_CLEAN, BASE_N));
            for (int n : SHORT) {
                cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, SHORT_LEVEL, n));
            }
        }
        if (longRecord) {
            cells.add(new Cell(AnalyticSignal.longRecord(), Sampling.UNIFORM, NoiseModel.GAUSSIAN, BASE_LEVEL, LONG_N));
        }
        return cells;
    }

    /**
     * @param c a cell
     * @return whether it is one of the {@link #hardGrid} cells
     */
    public static boolean hard(Cell c) {
        return c.noise() == NoiseModel.HETEROSCEDASTIC || c.sampling() == Sampling.LOG
                || c.sampling() == Sampling.CLUSTERED || c.level() == NEARLY_CLEAN || c.n() == SHORT[0]
                || c.n() == SHORT[1] || c.n() == LONG_N;
    }

    /**
     * The full factorial grid.
     *
     * @param signals the signals
     * @return every combination of signal, sampling, noise model, level and size
     */
    public static List<Cell> fullGrid(List<TestSignal> signals) {
        List<Cell> cells = new ArrayList<>();
        for (int n : SIZES) {
            for (TestSignal s : signals) {
                for (Sampling sampling : List.of(Sampling.UNIFORM, Sampling.JITTERED, Sampling.GAPPY)) {
                    for (NoiseModel noise : List.of(NoiseModel.GAUSSIAN, NoiseModel.LAPLACE, NoiseModel.OUTLIERS)) {
                        for (double level : LEVELS) {
                            cells.add(new Cell(s, sampling, noise, level, n));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /**
     * @param full whether the full grid was run
     * @param grid which grids ran (see {@link AccuracyOptions#grid()})
     * @return one paragraph stating exactly what the grid covers
     */
    public static String describe(boolean full, String grid) {
        String hard = " Hard-data grid (`--grid hard`; in the default run too), for every signal: (e) heteroscedastic"
                + " Gaussian noise, its deviation rising 25-fold along the record (RMS 5 %), uniform, n = 1000;"
                + " (f) log-spaced x (spacing growing 1000-fold) and (g) clustered x (groups of 10 samples a"
                + " hundredth of the group spacing apart), 5 % Gaussian, n = 1000; (h) 0.01 % Gaussian noise,"
                + " uniform, n = 1000; (i) short records, n = 20 and 40, 1 % Gaussian; and (j) a long record,"
                + " 120 periods of an amplitude-modulated sine, n = 20000, 5 % Gaussian.";
        if (grid.equals("hard")) {
            return hard.trim();
        }
        return describeOriginal(full) + (grid.equals("original") ? "" : hard);
    }

    private static String describeOriginal(boolean full) {
        if (full) {
            return "Full grid: every signal × {uniform, jittered, gappy} sampling × {Gaussian, Laplace, 1 % outliers}"
                    + " noise × levels {0, 0.1, 1, 5, 10, 20} % × n ∈ {100, 1000, 10000}.";
        }
        return "Default grid (one factor at a time around the base case Gaussian noise, uniform sampling, 5 % noise,"
                + " n = 1000), for every signal: (a) Gaussian noise at 0, 0.1, 1, 5, 10, 20 %, uniform, n = 1000;"
                + " (b) Laplace noise and 1 % outliers at 5 %, uniform, n = 1000; (c) jittered and gappy sampling,"
                + " 5 % Gaussian, n = 1000; (d) n = 100 and n = 10000, 5 % Gaussian, uniform."
                + " Not covered by default (use `--full`): other combinations, e.g. Laplace noise at 20 %,"
                + " gappy sampling with n = 10000.";
    }
}
