package jdelt.bench.multivariate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdelt.interpolation.multivariate.FittedField;
import jdelt.interpolation.multivariate.MultivariateInterpolator;
import jdelt.interpolation.multivariate.MultivariateMethodRegistry;

/**
 * The study behind the defaults of the multivariate {@code neural} method: for each candidate
 * setting, its gradient and mixed-partial RMSE and its fit's thread CPU time on the quick
 * benchmark's 2-D cases (every surface of {@link MultivariateBenchmark} on the 41 × 41 grid and
 * on 400 uniform points, noise 0 and 5 %, the same seeds), with the geometric means over the cases
 * and the total CPU time. Usage: {@code java -cp bench/target/benchmarks.jar
 * jdelt.bench.multivariate.NeuralFieldStudy "hidden=32" "hidden=16,16" "hidden=32;iterations=150"}
 * (the settings of one candidate separated by ';', each as {@code jdelt gradient --param} takes it).
 */
public final class NeuralFieldStudy {

    private NeuralFieldStudy() {
    }

    /** @param args one candidate per argument, {@code name=value} pairs separated by ';' (empty: the defaults) */
    public static void main(String[] args) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<String> candidates = args.length == 0 ? List.of("") : Arrays.asList(args);
        for (String candidate : candidates) {
            Map<String, String> settings = new HashMap<>();
            for (String pair : candidate.split(";")) {
                if (!pair.isBlank()) {
                    String[] kv = pair.split("=", 2);
                    settings.put(kv[0].trim(), kv[1].trim());
                }
            }
            MultivariateInterpolator neural = MultivariateMethodRegistry.byName("neural").create(settings);
            double logGradient = 0;
            double logMixed = 0;
            double cpu = 0;
            int cases = 0;
            for (Surface s : Surface.all()) {
                if (s.d() != 2) {
                    continue;
                }
                for (Sampling sampling : Sampling.all(2)) {
                    if (sampling.n() != 41 && sampling.n() != 400) {
                        continue;
                    }
                    for (double noise : new double[] {0, 0.05}) {
                        long seed = 31L * s.name().hashCode() + sampling.name().hashCode() + Math.round(noise * 1000);
                        double[][] points = sampling.points(s, seed);
                        double[] values = MultivariateBenchmark.noisy(s, points, noise, seed + 1);
                        long start = bean.getCurrentThreadCpuTime();
                        FittedField fit = neural.fit(points, values);
                        double seconds = (bean.getCurrentThreadCpuTime() - start) * 1e-9;
                        Errors e = Errors.of(fit, s, sampling.evaluation(s, points));
                        System.out.printf(Locale.ROOT, "%s | %s | %s | %.0f%% | %.3g / %.3g | cpu %.2f s | %s%n", candidate,
                                s.name(), sampling.name(), 100 * noise, e.gradient(), e.mixed(), seconds,
                                fit.summary().parameters());
                        logGradient += Math.log(e.gradient());
                        logMixed += Math.log(e.mixed());
                        cpu += seconds;
                        cases++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== %s: geometric mean RMSE gradient %.4g, mixed %.4g; total cpu %.1f s over %d"
                    + " fits; load average %.1f%n", candidate.isEmpty() ? "defaults" : candidate, Math.exp(logGradient / cases),
                    Math.exp(logMixed / cases), cpu, cases, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
