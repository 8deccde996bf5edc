package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jdelt.io.CsvSampleReader;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;
import org.junit.jupiter.api.Test;

/** CSV files as spreadsheets save them in most of Europe, and the read options every command shares. */
class DecimalCommaCliTest extends CliTestCase {

    /** y = t^3 - 2t at t = 0, 0.25, ..., 2.75 in the form a European spreadsheet saves: ';' between fields, decimal commas. */
    private Path european() throws IOException {
        StringBuilder csv = new StringBuilder("time;pos\n");
        for (int i = 0; i < 12; i++) {
            double t = 0.25 * i;
            csv.append(Double.toString(t).replace('.', ',')).append(';')
                    .append(Double.toString(t * t * t - 2 * t).replace('.', ',')).append('\n');
        }
        return write("european.csv", csv.toString());
    }

    @Test
    void differentiateReadsDecimalCommasSaysSoAndWritesAFileThatReadsBack() throws IOException {
        Path in = european();
        Path out = dir.resolve("d.csv");
        Run r = run("differentiate", in.toString(), "--method", "testpoly", "--order", "1", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read ',' as the decimal separator (the file is ';'-delimited"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("time,pos,fit,d1", lines.get(0));
        assertEquals("0.25,-0.484375,", lines.get(2).substring(0, 15));
        SampleTable original = CsvSampleReader.read(in, ReadOptions.defaults());
        SampleTable back = CsvSampleReader.read(out, ReadOptions.defaults().withY(List.of("pos", "d1")));
        assertArrayEquals(original.x(), back.x());
        assertArrayEquals(original.y()[0], back.y()[0]);
        for (int i = 0; i < back.size(); i++) {
            double t = back.x()[i];
            assertEquals(3 * t * t - 2, back.y()[1][i], 1e-9, "the cubic's derivative at " + t);
        }
    }

    @Test
    void theOptionWinsAndBadValuesAreNamed() throws IOException {
        Path ints = write("ints.csv", "t;v\n0;0\n1;1\n2;8\n3;27\n4;64,5\n");
        Run given = run("differentiate", ints.toString(), "--method", "testpoly", "--decimal", "comma");
        assertEquals(0, given.code(), given.err());
        assertTrue(given.lines().get(5).startsWith("4.0,64.5,"), given.out());
        Run points = run("differentiate", european().toString(), "--method", "testpoly", "--decimal", ".");
        assertEquals(2, points.code());
        assertTrue(points.err().contains("european.csv:2:1: not a number nor an ISO-8601 date-time: '0,0'"), points.err());
        Run bad = run("differentiate", ints.toString(), "--decimal", ";");
        assertEquals("jdelt: --decimal must be '.' or ',' (or point, comma), got ';'", bad.err().strip());
        Run both = run("integrate", ints.toString(), "--decimal", ",", "--delimiter", ",");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("a ','-delimited file cannot hold decimal commas"), both.err());
    }

    @Test
    void integrateAndGradientShareTheReadOptions() throws IOException {
        Run integral = run("integrate", european().toString(), "--method", "testpoly", "--delimiter", ";");
        assertEquals(0, integral.code(), integral.err());
        assertTrue(integral.err().contains("read ',' as the decimal separator"), integral.err());
        assertEquals("time,pos,fit,integral,integral_se", integral.lines().get(0));
        // the integral of t^3 - 2t from 0 to 2.75
        double t = 2.75;
        assertEquals(t * t * t * t / 4 - t * t, Double.parseDouble(integral.lines().get(12).split(",")[3]), 1e-9);

        StringBuilder dots = new StringBuilder("a,b,f\n");
        StringBuilder commas = new StringBuilder("a\tb\tf\n");
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                String[] v = {Double.toString(0.2 * i), Double.toString(0.2 * j), Double.toString(0.2 * i * 0.2 * j)};
                dots.append(String.join(",", v)).append('\n');
                commas.append(String.join("\t", v).replace('.', ',')).append('\n');
            }
        }
        Run d = run("gradient", write("dots.csv", dots.toString()).toString(), "--x", "a,b", "--y", "f");
        Run c = run("gradient", write("commas.tsv", commas.toString()).toString(), "--x", "a,b", "--y", "f");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("commas.tsv: read ',' as the decimal separator (the file is tab-delimited"), c.err());
        assertEquals(d.out(), c.out());
    }

    @Test
    void pointsForAtAreReadWithTheDataFilesSeparator() throws IOException {
        Path points = write("points.csv", "t\n0,5\n1,25\n");
        Run r = run("differentiate", european().toString(), "--method", "testpoly", "--at", points.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("time,fit,d1"), r.lines().subList(0, 1));
        assertTrue(r.lines().get(1).startsWith("0.5,") && r.lines().get(2).startsWith("1.25,"), r.out());
        // with decimal points, a decimal comma before a ';' is an error, never the 0 before the comma
        Path dots = write("dots.csv", "t,v\n0,0\n1,1\n2,8\n3,27\n4,64\n");
        Path semicolons = write("semicolons.csv", "t;note\n0,5;a\n");
        Run wrong = run("differentiate", dots.toString(), "--method", "testpoly", "--at", semicolons.toString());
        assertEquals(2, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("semicolons.csv:2:1: --at: not a number: '0,5'"), wrong.err());
        Run folder = run("differentiate", dots.toString(), "--method", "testpoly", "--at", dir.toString());
        assertEquals(2, folder.code(), folder.err());
        assertTrue(folder.err().contains("jdelt: --at " + dir + " is a directory; give START:STEP:END or a CSV file of points"),
                folder.err());
    }

    @Test
    void aLongFormatFileIsDetectedOnceForAllItsGroups() throws IOException {
        Path in = write("long.csv", "id;t;v\na;0;0,5\na;1;1,5\na;2;2,5\na;3;3,5\nb;0;1,0\nb;1;2,0\nb;2;3,0\nb;3;4,0\n");
        Run r = run("differentiate", in.toString(), "--by", "id", "--x", "t", "--y", "v", "--method", "testpoly");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().split("read ',' as the decimal separator", -1).length - 1, r.err());
        assertEquals("id,t,v,fit,d1", r.lines().get(0));
        assertTrue(r.lines().get(1).startsWith("a,0.0,0.5,"), r.out());
        assertTrue(r.lines().get(8).startsWith("b,3.0,4.0,"), r.out());
    }

    @Test
    void everyCommandDocumentsTheSharedOptionsAlike() {
        String decimal = "--decimal=SEP         the decimal separator: . or , (default:";
        for (String command : new String[] {"differentiate", "integrate", "gradient"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.code());
            for (String option : new String[] {decimal, "--delimiter=CHAR      the field delimiter: , ; tab or any one character",
                "--header=MODE         whether the first row names the columns: auto, yes"}) {
                assertTrue(help.out().contains(option), command + ": " + help.out());
            }
        }
        assertTrue(run("integrate", "--help").out().contains("--missing=POLICY      rows with a missing or non-finite value"));
    }

    @Test
    void aDirectoryIsNamedAndUtf16IsNamedByEveryCommand() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("logs"));
        for (String[] args : new String[][] {{"differentiate", sub.toString()}, {"integrate", sub.toString()},
            {"gradient", sub.toString(), "--x", "1,2", "--y", "3"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), r.err());
            assertEquals("jdelt: " + sub + " is a directory; give the CSV file to read", r.err().strip());
        }
        StringBuilder nodes = new StringBuilder("a,b,f\n");
        for (int i = 0; i < 36; i++) {
            nodes.append(i / 6).append(',').append(i % 6).append(',').append(i / 6 + i % 6).append('\n');
        }
        Path grid = write("grid.csv", nodes.toString());
        Run at = run("gradient", grid.toString(), "--x", "a,b", "--y", "f", "--at", sub.toString());
        assertEquals(2, at.code(), at.err());
        assertTrue(at.err().contains("jdelt: --at " + sub + " is a directory; give a CSV file of points"), at.err());
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "\uFEFFa,b,f\n0,0,1\n1,0,2\n0,1,3\n1,1,4\n".getBytes("UTF-16LE"));
        for (String[] args : new String[][] {{"differentiate", utf16.toString()}, {"integrate", utf16.toString()},
            {"gradient", utf16.toString(), "--x", "a,b", "--y", "f"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("utf16.csv:1:1: the file is UTF-16 text"), r.err());
        }
    }

    @Test
    void aNamedPipeIsReadLikeAFile() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process make;
        try {
            make = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            make = null;
        }
        assumeTrue(make != null && make.waitFor(10, TimeUnit.SECONDS) && make.exitValue() == 0, "mkfifo is not available");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "t,v\n0,0\n1,1\n2,8\n3,27\n4,64\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Run r = run("differentiate", fifo.toString(), "--method", "testpoly", "--output", dir.resolve("out.csv").toString());
        writer.join(10_000);
        assertEquals(0, r.code(), r.err());
        assertFalse(writer.isAlive());
        assertEquals(6, Files.readAllLines(dir.resolve("out.csv")).size());
    }
}
