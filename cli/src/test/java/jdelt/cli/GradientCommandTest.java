package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientCommandTest extends CliTestCase {

    /** f = x·y + a², g = a − b on an n × n grid over [0, 1]², header a,b,f,g. */
    private Path grid(int n, int skip) throws IOException {
        StringBuilder csv = new StringBuilder("a,b,f,g\n");
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (k++ % 7 == 3 && skip-- > 0) {
                    continue;
                }
                double a = (double) i / (n - 1);
                double b = (double) j / (n - 1);
                csv.append(a).append(',').append(b).append(',').append(a * b + a * a).append(',').append(a - b).append('\n');
            }
        }
        return write("grid.csv", csv.toString());
    }

    private static double[] row(String line) {
        return Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void writesNamedPartialsOfAGridWithTheSummaryOnStderr() throws IOException {
        Run r = run("gradient", grid(12, 0).toString(), "--x", "a,b", "--y", "f,g", "--hessian", "--laplacian",
                "--divergence", "--curl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("a,b,f,f_fit,df/da,df/db,d2f/da^2,d2f/dadb,d2f/db^2,laplacian(f),g,g_fit,dg/da,dg/db,d2g/da^2,d2g/dadb,d2g/db^2,laplacian(g),"
                + "divergence,curl",
                lines.get(0));
        double[] v = row(lines.get(30));
        double a = v[0];
        double b = v[1];
        assertEquals(b + 2 * a, v[4], 1e-8);
        assertEquals(a, v[5], 1e-8);
        assertEquals(2, v[6], 1e-7);
        assertEquals(1, v[7], 1e-7);
        assertEquals(0, v[8], 1e-7);
        assertEquals(2, v[9], 1e-7);
        assertEquals(b + 2 * a - 1, v[18], 1e-7);
        assertEquals(1 - a, v[19], 1e-7);
        assertTrue(r.err().contains("the points are a 12 × 12 grid; method tensor-spline (the default on a full grid)"), r.err());
        assertTrue(r.err().contains("f: tensor-spline: degree=3"), r.err());
    }

    @Test
    void evaluatesAtTheGivenPoints() throws IOException {
        Path probes = write("probes.csv", "b,a\n0.25,0.5\n0.75,0.125\n");
        Run r = run("gradient", grid(12, 0).toString(), "--x", "a,b", "--y", "f", "--hessian",
                "--at", probes.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("a,b,f_fit,df/da,df/db,d2f/da^2,d2f/dadb,d2f/db^2"), r.lines().subList(0, 1));
        double[] v = row(r.lines().get(1));
        assertEquals(0.5, v[0]);
        assertEquals(0.25, v[1]);
        assertEquals(0.125 + 0.25, v[2], 1e-9);
        assertEquals(0.25 + 1, v[3], 1e-8);
        assertEquals(3, r.lines().size());
    }

    @Test
    void aGridWithHolesFallsBackToScatteredAndSaysSo() throws IOException {
        Run r = run("gradient", grid(12, 5).toString(), "--x", "a,b", "--y", "f");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("the points are a 12 × 12 grid with 5 of its 144 nodes missing, so they are treated "
                + "as scattered (method thin-plate, the default for scattered points up to"), r.err());
        assertTrue(r.err().contains("n = 139)"), r.err());
        double[] v = row(r.lines().get(10));
        assertEquals(v[1] + 2 * v[0], v[4], 1e-7);
        Run forced = run("gradient", grid(12, 5).toString(), "--x", "a,b", "--y", "f", "--method", "tensor-spline");
        assertEquals(2, forced.code());
        assertTrue(forced.err().contains("method 'tensor-spline' needs samples on a full rectilinear grid, but the points "
                + "are a 12 × 12 grid with 5 of its 144 nodes missing; use --method thin-plate"), forced.err());
    }

    @Test
    void theNeuralMethodIsPickedUpFromTheRegistryWithItsSettings() throws IOException {
        Run r = run("gradient", grid(12, 0).toString(), "--x", "a,b", "--y", "f", "--hessian",
                "--method", "neural", "--param", "hidden=8", "--param", "iterations=40");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("f: neural: hidden=8 activation=tanh weightDecay="), r.err());
        assertTrue(r.lines().get(0).contains("d2f/dadb"), r.lines().get(0));
        double[] v = row(r.lines().get(70));
        assertEquals(v[1] + 2 * v[0], v[4], 0.2);
    }

    @Test
    void duplicatePointsAreMergedAndReported() throws IOException {
        StringBuilder csv = new StringBuilder("x1,x2,f\n");
        Random random = new Random(1);
        for (int i = 0; i < 60; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            csv.append(a).append(',').append(b).append(',').append(a * b).append('\n');
        }
        csv.append("0.5,0.5,0.3\n0.5,0.5,0.2\n");
        Run r = run("gradient", write("dup.csv", csv.toString()).toString(), "--x", "x1,x2", "--y", "f");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("merged 1 rows at an already sampled point into the first row there (values averaged), lines 63"),
                r.err());
        assertEquals(62, r.lines().size());
        assertTrue(r.lines().get(0).startsWith("x1,x2,f,f_fit,df/dx1,df/dx2"));
    }

    @Test
    void badInputGetsOneMessageAndExitCode2() throws IOException {
        Run ragged = run("gradient", write("r.csv", "x1,x2,f\n0,0,1\n1,0\n").toString(), "--x", "x1,x2", "--y", "f");
        assertEquals(2, ragged.code());
        assertTrue(ragged.err().contains("r.csv:3:3: ragged row: it has 2 fields but the header has 3"),
                ragged.err());
        Run few = run("gradient", write("few.csv", "x1,x2,f\n0,0,1\n1,0,2\n0,1,3\n0.5,0.7,1\n").toString(),
                "--x", "x1,x2", "--y", "f");
        assertEquals(2, few.code());
        assertTrue(few.err().contains("column 'f': thin-plate needs at least 12 points in 2 dimensions, got 4"), few.err());
        StringBuilder line = new StringBuilder("x1,x2,f\n");
        for (int i = 0; i < 30; i++) {
            line.append(i).append(',').append(3 * i - 1).append(',').append(i * i).append('\n');
        }
        Run onLine = run("gradient", write("line.csv", line.toString()).toString(), "--x", "x1,x2", "--y", "f");
        assertEquals(2, onLine.code());
        assertTrue(onLine.err().contains("the points do not span 2 dimensions: they all lie on a line"), onLine.err());
        assertFalse(onLine.err().contains("Exception"), onLine.err());
        Run one = run("gradient", line.toString().isEmpty() ? "" : dir.resolve("line.csv").toString(),
                "--x", "x1", "--y", "f");
        assertEquals(2, one.code());
        assertTrue(one.err().contains("for one variable use 'jdelt differentiate'"), one.err());
    }
}
