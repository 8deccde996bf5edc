package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import jdelt.interpolation.FittedCurve;
import jdelt.interpolation.spline.SplineInterpolator;
import org.junit.jupiter.api.Test;

/** {@code --se}: the standard-error columns, and the band in the plot. */
class StandardErrorOptionTest extends CliTestCase {

    private Path noisySine(double[] x, double[] y) throws IOException {
        Random random = new Random(2);
        StringBuilder csv = new StringBuilder("t,v\n");
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.05 * i;
            y[i] = Math.sin(x[i]) + 0.02 * random.nextGaussian();
            csv.append(x[i]).append(',').append(y[i]).append('\n');
        }
        Path file = dir.resolve("sine.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesTheStandardErrorsOfTheFitAndEachOrderAfterTheEstimates() throws IOException {
        double[] x = new double[120];
        double[] y = new double[120];
        Path png = dir.resolve("band.png");
        Run r = run("differentiate", noisySine(x, y).toString(), "--order", "1,2", "--se",
                "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("t,v,fit,d1,d2,fit_se,d1_se,d2_se", lines.get(0));
        FittedCurve fit = new SplineInterpolator().fit(x, y);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            for (int order = 0; order <= 2; order++) {
                double se = fit.summary().standardError(order).orElseThrow().value(x[i - 1]);
                assertTrue(se > 0);
                assertEquals(se, Double.parseDouble(f[5 + order]), 1e-9 * se, "row " + i + " order " + order);
            }
        }
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aMethodWithoutStandardErrorsIsAClearError() throws IOException {
        double[] x = new double[20];
        Run r = run("differentiate", noisySine(x, new double[20]).toString(),
                "--method", "testpoly", "--se");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("method 'testpoly' gives no standard error for order 0; drop --se"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** A fit's warnings reach standard error, in its summary line. */
    @Test
    void warningsOfTheFitAreReported() throws IOException {
        StringBuilder csv = new StringBuilder("t,v\n");
        for (int i = 0; i < 400; i++) {
            double t = i / 399.0;
            csv.append(t).append(',').append(Math.sin(32 * Math.PI * t)).append('\n');
        }
        Path file = dir.resolve("fast.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        Run r = run("differentiate", file.toString(), "--method", "neural", "--param", "hidden=2",
                "--param", "ensemble=1", "--param", "iterations=50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: the fit misses the data"), r.err());
    }
}
