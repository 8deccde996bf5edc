package jdelt.bench.accuracy;

import jdelt.interpolation.FitSummary;
import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.Interpolator;
import jdelt.interpolation.local.LoessInterpolator;
import jdelt.interpolation.local.LowessInterpolator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Separates bias from noise in the 95 % bands of {@code loess} and {@code lowess}: per accuracy
 * cell (uniform sampling, so that samples line up across seeds) and derivative order, over many
 * seeds, the root mean square over the samples of the seed-mean error (the bias), of the
 * seed-to-seed standard deviation of the estimate (the noise the band should hold) and of the
 * standard error the fit reports, and the band's coverage. A band whose standard error matches the
 * spread but covers too little is too narrow because of bias; one whose standard error is below
 * the spread misses noise.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar jdelt.bench.accuracy.LoessCoverageStudy [seeds]}.
 */
public final class LoessCoverageStudy {

    private LoessCoverageStudy() {
    }

    /** @param args optionally the number of seeds (default 20) */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Cell> cells = new ArrayList<>();
        for (TestSignal s : Grid.signals()) {
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, Grid.BASE_LEVEL, Grid.BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.OUTLIERS, Grid.BASE_LEVEL, Grid.BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.HETEROSCEDASTIC, Grid.BASE_LEVEL, Grid.BASE_N));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, Grid.BASE_LEVEL, 100));
            cells.add(new Cell(s, Sampling.UNIFORM, NoiseModel.GAUSSIAN, Grid.SHORT_LEVEL, Grid.SHORT[1]));
        }
        System.out.println("| cell | method | order | RMS bias | RMS spread | RMS reported SE | SE / spread | coverage |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Cell c : cells) {
            row(c, "loess", new LoessInterpolator(), seeds);
            row(c, "lowess", new LowessInterpolator(), seeds);
        }
    }

    private static void row(Cell cell, String name, Interpolator method, int seeds) {
        int n = cell.n();
        for (int order = 1; order <= 2; order++) {
            double[] sum = new double[n];
            double[] sumSquares = new double[n];
            double[] seSquares = new double[n];
            int covered = 0;
            Cell.Dataset first = cell.dataset(0);
            double[] truth = order == 1 ? first.d1() : first.d2();
            for (int seed = 0; seed < seeds; seed++) {
                Cell.Dataset data = cell.dataset(seed);
                FittedCurve fit = method.fit(data.t(), data.y());
                double[] estimate = fit.differentiate(order).values(data.t());
                FitSummary summary = fit.summary();
                double[] se = summary.standardError(order).orElseThrow().values(data.t());
                for (int i = 0; i < n; i++) {
                    double e = estimate[i] - truth[i];
                    sum[i] += e;
                    sumSquares[i] += e * e;
                    seSquares[i] += se[i] * se[i];
                    covered += Math.abs(e) <= ErrorMetrics.BAND * se[i] ? 1 : 0;
                }
            }
            double bias = 0;
            double spread = 0;
            double reported = 0;
            for (int i = 0; i < n; i++) {
                double mean = sum[i] / seeds;
                bias += mean * mean;
                spread += Math.max(0, sumSquares[i] / seeds - mean * mean) * seeds / (seeds - 1.0);
                reported += seSquares[i] / seeds;
            }
            bias = Math.sqrt(bias / n);
            spread = Math.sqrt(spread / n);
            reported = Math.sqrt(reported / n);
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3g | %.3g | %.3g | %.2f | %.2f |%n", cell.key(), name,
                    order, bias, spread, reported, reported / spread, (double) covered / (n * seeds));
        }
    }
}
