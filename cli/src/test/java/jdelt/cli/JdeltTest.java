package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

class JdeltTest extends CliTestCase {

    /** y = t^3 - 2t at t = 0, 0.5, ..., 4.5: a cubic, which testpoly (degree 3) reproduces exactly. */
    private Path cubic() throws IOException {
        StringBuilder csv = new StringBuilder("t,pos (m)\n");
        for (int i = 0; i < 10; i++) {
            double t = 0.5 * i;
            csv.append(t).append(',').append(t * t * t - 2 * t).append('\n');
        }
        return write("cubic.csv", csv.toString());
    }

    @Test
    void differentiateWritesFitAndDerivativesToStandardOutput() throws IOException {
        Run r = run("differentiate", cubic().toString(), "--method", "testpoly", "--order", "1,2");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("t,pos (m),fit,d1,d2", lines.get(0));
        assertEquals(11, lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            double t = Double.parseDouble(f[0]);
            assertEquals(t * t * t - 2 * t, Double.parseDouble(f[2]), 1e-9);
            assertEquals(3 * t * t - 2, Double.parseDouble(f[3]), 1e-9);
            assertEquals(6 * t, Double.parseDouble(f[4]), 1e-9);
        }
        assertTrue(r.err().contains("cubic.csv: read 10 rows, used 10"), r.err());
        assertFalse(r.err().contains("\r"), "no progress bar when stderr is not a terminal");
    }

    /** Every registered smoothing method works from the command line with no parameters, and is accurate. */
    @Test
    void everyRegisteredMethodRunsWithItsDefaults() throws IOException {
        java.util.Random random = new java.util.Random(21);
        StringBuilder csv = new StringBuilder("t,signal\n");
        for (int i = 0; i < 300; i++) {
            double t = (i + 0.6 * (random.nextDouble() - 0.5)) * 4 * Math.PI / 299;
            csv.append(t).append(',').append(Math.sin(t) + 0.02 * random.nextGaussian()).append('\n');
        }
        Path file = write("sine.csv", csv.toString());
        List<String> methods = jdelt.interpolation.MethodRegistry.all().stream()
                .map(jdelt.interpolation.MethodDescriptor::name).filter(m -> !m.startsWith("test")).toList();
        assertTrue(methods.containsAll(List.of("spline", "loess", "lowess", "savgol", "lla", "glla", "gold", "neural", "fd")),
                methods.toString());
        for (String method : methods) {
            Run r = run("differentiate", file.toString(), "--method", method, "--order", "1");
            assertEquals(0, r.code(), method + ": " + r.err());
            List<String> lines = r.lines();
            double sum = 0;
            int count = 0;
            for (int i = 30; i < lines.size() - 30; i++) {
                String[] f = lines.get(i).split(",");
                double e = Double.parseDouble(f[3]) - Math.cos(Double.parseDouble(f[0]));
                sum += e * e;
                count++;
            }
            double rmse = Math.sqrt(sum / count);
            // finite differences do not smooth: the noise reaches the derivative (the honest baseline)
            assertTrue(method.equals("fd") ? rmse > 0.3 : rmse < 0.15, method + " d1 rmse " + rmse);
        }
    }

    /** What every fit chose is on standard error, one line per y column, and in --summary as JSON. */
    @Test
    void summaryOfEachFitIsReportedAndWrittenAsJson() throws IOException {
        StringBuilder csv = new StringBuilder("t,a,b\n");
        for (int i = 0; i < 200; i++) {
            double t = 0.05 * i;
            csv.append(t).append(',').append(Math.sin(t)).append(',').append(Math.cos(t) + 0.01 * ((i * 7919) % 13 - 6)).append('\n');
        }
        Path json = dir.resolve("chosen.json");
        Run r = run("differentiate", write("two.csv", csv.toString()).toString(), "--y", "a,b", "--summary", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("jdelt: a: spline: degree=5 lambda="), r.err());
        assertTrue(r.err().contains("jdelt: b: spline: degree=5 lambda="), r.err());
        assertTrue(r.err().contains("exact derivatives of the fit"), r.err());
        String text = Files.readString(json);
        assertTrue(text.startsWith("[\n  {\"column\":\"a\",\"summary\":{\"method\":\"spline\""), text);
        assertTrue(text.contains("{\"column\":\"b\""), text);
        assertTrue(text.contains("\"residualStandardDeviation\":") && text.contains("\"degreesOfFreedom\":"), text);
    }

    @Test
    void outputOptionWritesTheFileAndNothingToStandardOutput() throws IOException {
        Path out = dir.resolve("out.csv");
        Run r = run("differentiate", cubic().toString(), "--method", "testpoly", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("t,pos (m),fit,d1", lines.get(0));
        assertEquals(11, lines.size());
        assertTrue(r.err().contains("wrote " + out), r.err());
    }

    @Test
    void plotIsAPngWithOnePanelPerDerivative() throws IOException {
        Path png = dir.resolve("plot.png");
        Run r = run("differentiate", cubic().toString(), "--method", "testpoly", "--order", "1,2",
                "--output", dir.resolve("o.csv").toString(), "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(DerivativePlot.WIDTH, image.getWidth());
        assertEquals(400 + 2 * 250, image.getHeight());
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 255;
                int green = rgb >> 8 & 255;
                int blue = rgb & 255;
                coloured += Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 60 ? 1 : 0;
            }
        }
        assertTrue(coloured > 500, "the curves are drawn in colour: " + coloured + " coloured pixels");
    }

    @Test
    void plotCanBeSvg() throws Exception {
        Path svg = dir.resolve("plot.svg");
        Run r = run("differentiate", cubic().toString(), "--method", "testpoly", "--plot", svg.toString(),
                "--output", dir.resolve("o.csv").toString());
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("1100", doc.getDocumentElement().getAttribute("width"));
        assertEquals("650", doc.getDocumentElement().getAttribute("height"));
        assertTrue(doc.getElementsByTagName("path").getLength() > 100, "XChart draws curves and text as paths");
    }

    @Test
    void severalYColumnsAndDateTimeX() throws IOException {
        Path file = write("log.csv", "time;a;b\n2026-03-14T08:00:00Z;0;1\n2026-03-14T08:00:01Z;1;1\n"
                + "2026-03-14T08:00:02Z;2;1\n2026-03-14T08:00:02Z;4;1\n2026-03-14T08:00:03Z;3;1\n");
        // the duplicate at 08:00:02 is merged (a = 3); the least-squares line through a is 0.1 + 1.1 t
        Path png = dir.resolve("two.png");
        Run r = run("differentiate", file.toString(), "--y", "a,b", "--method", "testpoly", "--param", "degree=1",
                "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("time,a,a_fit,a_d1,b,b_fit,b_d1",
                "2026-03-14T08:00:00Z,0.0,0.1,1.1,1.0,1.0,0.0",
                "2026-03-14T08:00:01Z,1.0,1.2,1.1,1.0,1.0,0.0",
                "2026-03-14T08:00:02Z,3.0,2.3,1.1,1.0,1.0,0.0",
                "2026-03-14T08:00:03Z,3.0,3.4,1.1,1.0,1.0,0.0"), roundedLines(r.out()));
        assertTrue(r.err().contains("merged 1 with a duplicate x into the row before (y averaged) (line 5)"), r.err());
        assertEquals(2 * (400 + 250), ImageIO.read(png.toFile()).getHeight(), "a fit panel and a derivative panel per column");
    }

    /** Rounds every number to 12 decimals, to compare least-squares output with exact values. */
    private static List<String> roundedLines(String csv) {
        return csv.lines().map(line -> {
            String[] f = line.split(",");
            for (int i = 1; i < f.length; i++) {
                try {
                    f[i] = Double.toString(Math.round(Double.parseDouble(f[i]) * 1e12) / 1e12 + 0.0);
                } catch (NumberFormatException e) {
                    // a header cell
                }
            }
            return String.join(",", f);
        }).toList();
    }

    @Test
    void methodsListsEveryRegisteredMethodWithParameters() {
        Run r = run("methods");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("testpoly\\s+degree=3\\s+Least-squares polynomial \\(test only\\)\\.")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("testbroken") && l.contains("(no parameters)")), r.out());
        Run detailed = run("methods", "--parameters");
        assertTrue(detailed.out().contains("    degree (default 3): the polynomial's degree"), detailed.out());
    }

    @Test
    void helpShowsExamplesAndSucceeds() {
        for (String[] args : new String[][] {{"--help"}, {"differentiate", "--help"}, {"methods", "--help"}, {"help", "differentiate"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().contains("Examples:"), r.out());
        }
        assertTrue(run("differentiate", "--help").out().contains("--order=N[,N...]"));
    }

    private void assertBadInput(String message, String... args) {
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void badInputExitsWithTwoAndOneClearMessage() throws IOException {
        String file = cubic().toString();
        String garbled = write("garbled.csv", "t,v\n0,1\n1,x7\n").toString();
        assertBadInput("garbled.csv:3:2: not a number: 'x7' in column 'v'", "differentiate", garbled, "--method", "testpoly");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "t,v\n0,1\n1,\u00b12\n".getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput("latin.csv:3:2: the file is not UTF-8 text: an invalid byte follows ''", "differentiate",
                latin.toString(), "--method", "testpoly");
        assertBadInput("no such file or directory: " + dir.resolve("nope.csv"), "differentiate", dir.resolve("nope.csv").toString(), "--method", "testpoly");
        assertBadInput("no such file or directory: " + dir.resolve("no/out.csv"), "differentiate", file,
                "--method", "testpoly", "--output", dir.resolve("no/out.csv").toString());
        assertBadInput("unknown method 'nope'; known methods: ", "differentiate", file, "--method", "nope");
        assertBadInput("method 'testpoly' has no parameter 'lambda'; its parameters are: degree",
                "differentiate", file, "--method", "testpoly", "--param", "lambda=1");
        assertBadInput("--order must be 1 or more (the fit is always written), got 0", "differentiate", file, "--method", "testpoly", "--order", "0");
        assertBadInput("cubic.csv: column 'pos (m)': derivative order 9 is not supported by testpoly: it supports orders 0 to 4",
                "differentiate", file, "--method", "testpoly", "--order", "9");
        assertBadInput("cubic.csv: column 'pos (m)': testpoly needs at least 11 points, got 10",
                "differentiate", file, "--method", "testpoly", "--param", "degree=10");
        assertBadInput("--plot p.gif: the file name must end in .png or .svg", "differentiate", file, "--method", "testpoly", "--plot", "p.gif");
        assertBadInput("no column named 'speed'; the columns are: 't', 'pos (m)'", "differentiate", file, "--y", "speed", "--method", "testpoly");
        assertBadInput("Unknown option: '--smooth'", "differentiate", file, "--smooth");
        assertBadInput("Try 'jdelt differentiate --help' for usage.", "differentiate", file, "--order", "one");
        assertBadInput("Missing required parameter: 'FILE'", "differentiate");
        assertBadInput("--delimiter must be one character or 'tab', got ';;'", "differentiate", file, "--delimiter", ";;");
        assertBadInput("a subcommand is needed");
        assertBadInput("Unmatched argument at index 0: 'interpolate'", "interpolate");
    }

    @Test
    void policiesCanTurnSkipsAndMergesIntoErrors() throws IOException {
        String file = write("holes.csv", "t,v\n0,1\n1,\n2,3\n2,4\n3,5\n4,6\n").toString();
        Run lenient = run("differentiate", file, "--method", "testpoly", "--param", "degree=1");
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().contains("read 6 rows, used 4: skipped 1 with a missing or non-finite value (line 3);"
                + " merged 1 with a duplicate x into the row before (y averaged) (line 5)"), lenient.err());
        assertBadInput("holes.csv:3:2: missing value in column 2", "differentiate", file, "--missing", "error", "--method", "testpoly");
        assertBadInput("holes.csv:5:1: duplicate x: 2.0 also occurs on line 4", "differentiate", file, "--duplicates", "ERROR", "--method", "testpoly");
    }

    @Test
    void internalErrorExitsWithOneAndSaysSo() throws IOException {
        Run r = run("differentiate", cubic().toString(), "--method", "testbroken");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("jdelt: internal error, please report it: java.lang.IllegalStateException: simulated bug"), r.err());
    }

    @Test
    void versionIsShown() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("jdelt "), r.out());
    }
}
