package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** {@code jdelt gradient --plot}: files written, bounded drawing, clear errors, nothing overwritten on failure. */
class GradientPlotTest extends CliTestCase {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** n scattered points of x·y + x² with 1 % noise (header a,b,f[,c]), fixed seed. */
    private Path scattered(int n, boolean third) throws IOException {
        Random r = new Random(7);
        StringBuilder csv = new StringBuilder(third ? "a,b,c,f\n" : "a,b,f\n");
        for (int i = 0; i < n; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            csv.append(a).append(',').append(b).append(',');
            if (third) {
                csv.append(r.nextDouble()).append(',');
            }
            csv.append(a * b + a * a + 0.01 * r.nextGaussian()).append('\n');
        }
        Path p = dir.resolve(third ? "three.csv" : "scattered.csv");
        Files.writeString(p, csv.toString());
        return p;
    }

    private Path grid(int n) throws IOException {
        StringBuilder csv = new StringBuilder("x (m),y (m),h,g\n");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = (double) i / (n - 1);
                double b = (double) j / (n - 1);
                csv.append(a).append(',').append(b).append(',').append(Math.sin(3 * a) * b).append(',').append(a - b).append('\n');
            }
        }
        Path p = dir.resolve("grid.csv");
        Files.writeString(p, csv.toString());
        return p;
    }

    @Test
    void writesAPngOfTwoPanelsPerOutput() throws IOException {
        Path png = dir.resolve("plot.png");
        Run r = run("gradient", scattered(300, false).toString(), "--x", "a,b", "--y", "f",
                "--output", dir.resolve("o.csv").toString(), "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        byte[] head = new byte[8];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * GradientPlot.PANEL_WIDTH, image.getWidth());
        assertEquals(GradientPlot.PANEL_HEIGHT, image.getHeight());
        assertTrue(r.err().contains("wrote " + png), r.err());
    }

    @Test
    void writesAnSvgOfAGridWithAChosenPartialForEachOutput() throws Exception {
        Path svg = dir.resolve("plot.svg");
        Run r = run("gradient", grid(30).toString(), "--x", "1,2", "--y", "h,g",
                "--plot", svg.toString(), "--plot-partial", "d2h/dx (m)dy (m)");
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(String.valueOf(2 * GradientPlot.PANEL_HEIGHT), doc.getDocumentElement().getAttribute("height"));
        assertTrue(r.err().contains("wrote " + svg + " (h: data and gradient, d2h/dx (m)dy (m); g: data and gradient, "
                + "laplacian(g); tensor-spline fit)"), r.err());
    }

    @Test
    void refusesThreeInputsAndKeepsAnExistingPlot() throws IOException {
        Path png = dir.resolve("old.png");
        Files.writeString(png, "previous");
        Run r = run("gradient", scattered(200, true).toString(), "--x", "a,b,c", "--y", "f",
                "--plot", png.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--plot draws functions of two variables; --x names 3 (a,b,c)"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("previous", Files.readString(png));
    }

    @Test
    void keepsAnExistingPlotWhenTheRunFails() throws IOException {
        Path png = dir.resolve("old.png");
        Files.writeString(png, "previous");
        Path file = scattered(8, false);
        Run few = run("gradient", file.toString(), "--x", "a,b", "--y", "f", "--plot", png.toString());
        assertEquals(2, few.code(), few.err());
        assertTrue(few.err().contains("needs at least"), few.err());
        Run name = run("gradient", scattered(100, false).toString(), "--x", "a,b", "--y", "f",
                "--plot", png.toString(), "--plot-partial", "d2f/dadc");
        assertEquals(2, name.code(), name.err());
        assertTrue(name.err().contains("--plot-partial 'd2f/dadc' is not a partial of the outputs; give one of "
                + "laplacian(f), df/da, df/db, d2f/da^2, d2f/dadb, d2f/db^2"), name.err());
        assertEquals("previous", Files.readString(png));
        Run gif = run("gradient", file.toString(), "--x", "a,b", "--y", "f", "--plot", "p.gif");
        assertTrue(gif.err().contains("--plot p.gif: the file name must end in .png or .svg"), gif.err());
    }

    @Test
    void partialNamesAreTheCsvColumnNames() {
        List<String> xs = List.of("x1", "x2");
        List<String> ys = List.of("f", "g");
        assertArrayEquals(new int[] {1, 1}, GradientPlot.partials("d2g/dx1dx2", xs, ys)[1]);
        assertArrayEquals(new int[] {1, 1}, GradientPlot.partials("d2g/dx2dx1", xs, ys)[1]);
        assertNull(GradientPlot.partials("d2g/dx1dx2", xs, ys)[0]);
        assertArrayEquals(new int[] {0, 2}, GradientPlot.partials("d2f/dx2^2", xs, ys)[0]);
        assertArrayEquals(new int[] {1, 0}, GradientPlot.partials("df/dx1", xs, ys)[0]);
        assertNull(GradientPlot.partials("laplacian(f)", xs, ys)[0]);
        assertThrows(IllegalArgumentException.class, () -> GradientPlot.partials("d3f/dx1^3", xs, ys));
    }

    @Test
    void heatRasterKeepsAtMostOnePointPerCellWithTheMeans() {
        Random r = new Random(3);
        int n = 200_000;
        double[][] p = new double[n][];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {r.nextDouble(), 2 * r.nextDouble()};
            v[i] = p[i][0] + p[i][1];
        }
        HeatRaster h = HeatRaster.of(p, v, new double[] {0, 0}, new double[] {1, 2}, 100, 100);
        assertEquals(100 * 100, h.size(), "every cell holds samples");
        for (int k = 0; k < h.size(); k += 97) {
            double[] box = h.box(k);
            double[] q = h.points()[k];
            assertTrue(q[0] >= box[0] && q[0] <= box[2] && q[1] >= box[1] && q[1] <= box[3], "the mean lies in its cell");
            assertEquals(q[0] + q[1], h.values()[k], 1e-9, "the mean of a linear function is its value at the mean point");
        }
        HeatRaster sparse = HeatRaster.of(new double[][] {{0, 0}, {1, 2}, {1, 2}}, new double[] {1, 2, 4},
                new double[] {0, 0}, new double[] {1, 2}, 10, 10);
        assertEquals(2, sparse.size());
        assertEquals(3, sparse.values()[1], 0, "points on the upper edge go to the last cell");
        assertNotNull(sparse.box(1));
    }
}
