package jdelt.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the bundled data set {@code examples/data/noisy-sine.csv}: y = sin(x) on 400 jittered
 * (non-uniform) samples of [0, 4 pi], with Gaussian noise of standard deviation 0.05 (seed 2026),
 * and the true first and second derivatives beside it.
 *
 * <p>Run: {@code examples/run NoisySineData}
 */
public final class NoisySineData {

    private NoisySineData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/data/noisy-sine.csv");
        Random random = new Random(2026);
        int n = 400;
        double h = 4 * Math.PI / (n - 1);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("x,y,true_d1,true_d2");
            for (int i = 0; i < n; i++) {
                double x = h * i + (i > 0 && i < n - 1 ? 0.8 * h * (random.nextDouble() - 0.5) : 0);
                double y = Math.sin(x) + 0.05 * random.nextGaussian();
                w.println(String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g", x, y, Math.cos(x), -Math.sin(x)));
            }
        }
        System.out.println("wrote " + out);
    }
}
