package jdelt.bench.accuracy;

import jdelt.interpolation.MethodRegistry;
import java.util.Map;

/**
 * The reference for noise-free and nearly noise-free data: the better of fourth-order finite
 * differences ({@code fd} with accuracy 4, Fornberg 1988) and the interpolating spline
 * ({@code spline} with lambda 0), which are what a user with clean data would reach for; a
 * smoothing method's default should come close to them on such data.
 */
final class NoiseFreeReference {

    private NoiseFreeReference() {
    }

    /**
     * @param cell a cell
     * @param seeds the seeds to average over
     * @return the mean over seeds of the smaller inner-90 % RMSE of the two references, for the
     *     first and the second derivative
     */
    static double[] errors(Cell cell, int seeds) {
        double[] sum = new double[2];
        for (int seed = 0; seed < seeds; seed++) {
            Cell.Dataset data = cell.dataset(seed);
            ErrorMetrics fd = FitRunner.fitAndScore(MethodRegistry.byName("fd").create(Map.of("accuracy", "4")), data)
                    .metrics();
            ErrorMetrics spline = FitRunner.fitAndScore(MethodRegistry.byName("spline").create(Map.of("lambda", "0")),
                    data).metrics();
            sum[0] += Math.min(fd.d1Inner(), spline.d1Inner());
            sum[1] += Math.min(fd.d2Inner(), spline.d2Inner());
        }
        return new double[] {sum[0] / seeds, sum[1] / seeds};
    }
}
