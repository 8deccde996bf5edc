package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The command line on real sensor logs: gaps, angles, long-format files, integration, --at, dates, --per. */
class SensorLogTest extends CliTestCase {

    /** The numbers of an output row; an empty cell (an undefined value) is NaN. */
    private static double[] row(String line) {
        String[] f = line.split(",", -1);
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = f[i].isEmpty() ? Double.NaN : Double.parseDouble(f[i]);
        }
        return v;
    }

    private static void assertBad(String message, String... args) {
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** Two 1 Hz runs of 1000 s, 5e6 s apart, y = 0.5 t + noise in the first and 3 - 0.2 t' in the second. */
    private Path twoRuns() throws IOException {
        StringBuilder csv = new StringBuilder("t,y\n");
        Random random = new Random(3);
        for (int i = 0; i <= 1000; i++) {
            csv.append(i).append(',').append(0.5 * i + 0.01 * random.nextGaussian()).append('\n');
        }
        for (int i = 0; i <= 1000; i++) {
            csv.append(5_001_000 + i).append(',').append(3 - 0.2 * i + 0.01 * random.nextGaussian()).append('\n');
        }
        return write("runs.csv", csv.toString());
    }

    @Test
    void segmentsAreReportedAndTheSlopeIsRightInEachRun() throws IOException {
        Path file = twoRuns();
        Run r = run("differentiate", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 segments fitted apart at gaps (NaN inside them): segment 1 (x 0 to 1000, 1001 samples); "
                + "segment 2 (x 5001000 to 5002000, 1001 samples)"), r.err());
        List<String> lines = r.lines();
        assertEquals(0.5, row(lines.get(500))[3], 1e-3);
        assertEquals(-0.2, row(lines.get(1500))[3], 1e-3);
        Run at = run("differentiate", file.toString(), "--at", "990:1000:3000000");
        assertEquals(0, at.code(), at.err());
        assertEquals("t,fit,d1", at.lines().get(0));
        assertEquals(0.5, row(at.lines().get(1))[2], 1e-3);
        assertTrue(Double.isNaN(row(at.lines().get(2))[2]), "in the gap: " + at.lines().get(2));
    }

    @Test
    void evaluationPointsOutsideTheRecordNeedExtrapolate() throws IOException {
        Path file = twoRuns();
        Path points = write("points.csv", "t\n-10\n10.5\n");
        Run r = run("differentiate", file.toString(), "--at", points.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Double.isNaN(row(r.lines().get(1))[1]));
        assertEquals(5.25, row(r.lines().get(2))[1], 0.01);
        Run e = run("differentiate", file.toString(), "--at", points.toString(), "--extrapolate");
        assertEquals(-5, row(e.lines().get(1))[1], 0.05);
        assertBad("points2.csv:3:1: --at: not a number: 'x1'", "differentiate", file.toString(), "--at",
                write("points2.csv", "t\n1\nx1\n").toString());
        assertBad("--at 0:x:5: 'x' is not a number", "differentiate", file.toString(), "--at", "0:x:5");
    }

    @Test
    void aWrappingHeadingDifferentiatesThroughTheBranchCut() throws IOException {
        StringBuilder csv = new StringBuilder("t,heading (deg)\n");
        Random random = new Random(8);
        for (int i = 0; i <= 600; i++) {
            double t = 0.1 * i;
            double h = 30 * t + 40 * Math.sin(t / 5) + random.nextGaussian();
            csv.append(t).append(',').append(((h % 360) + 360) % 360).append('\n');
        }
        Path file = write("heading.csv", csv.toString());
        Run r = run("differentiate", file.toString(), "--wrap", "360");
        assertEquals(0, r.code(), r.err());
        double worst = 0;
        for (int i = 30; i < 570; i++) {
            double[] v = row(r.lines().get(1 + i));
            worst = Math.max(worst, Math.abs(v[3] - (30 + 8 * Math.cos(v[0] / 5))));
            assertTrue(v[2] >= 0 && v[2] < 360, "the fit is wrapped: " + v[2]);
        }
        assertTrue(worst < 2, "slope off by up to " + worst + " deg/s");
        Run raw = run("differentiate", file.toString());
        assertTrue(raw.lines().stream().skip(31).limit(540).mapToDouble(l -> row(l)[3]).min().orElse(0) < -50,
                "without --wrap the cut makes a spike");
        assertBad("--wrap: the period must be a positive number, got '-360'", "differentiate", file.toString(), "--wrap=-360");
        assertBad("--wrap: the period must be a positive number, got '0'", "differentiate", file.toString(), "--wrap", "0");
    }

    @Test
    void tenThousandSeriesInOneLongFile() throws IOException {
        StringBuilder csv = new StringBuilder("sensor,t,v\n");
        int series = 10_000;
        for (int i = 0; i < 6; i++) {
            for (int s = 0; s < series; s++) {
                if (s == 77 && i > 0) {
                    continue;
                }
                csv.append("s").append(s).append(',').append(i).append(',').append(s + (s % 7) * i).append('\n');
            }
        }
        Path file = write("long.csv", csv.toString());
        Run r = run("differentiate", file.toString(), "--by", "sensor", "--x", "t", "--y", "v",
                "--method", "fd");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("group 's77' failed, left out: "), r.err());
        assertTrue(r.err().contains("9999 of 10000 groups by 'sensor' differentiated, 1 failed"), r.err());
        List<String> lines = r.lines();
        assertEquals("sensor,t,v,fit,d1", lines.get(0));
        assertEquals(1 + 6 * series - 6, lines.size());
        assertEquals("s0,0.0,0.0,0.0,0.0", lines.get(1));
        assertTrue(lines.get(2).startsWith("s1,0.0,1.0,1.0,"), "input order: t = 0 of every sensor first");
        assertEquals(1, Double.parseDouble(lines.get(2).split(",")[4]), 1e-12);
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals("s9999", last[0]);
        assertEquals(9999 % 7, Double.parseDouble(last[4]), 1e-9);
        Path out = dir.resolve("groups");
        Run files = run("differentiate", file.toString(), "--by", "sensor", "--x", "t", "--y", "v",
                "--method", "fd", "--output-dir", out.toString());
        assertEquals(0, files.code(), files.err());
        assertEquals("t,v,fit,d1", Files.readAllLines(out.resolve("s12.csv")).get(0));
        assertEquals(7, Files.readAllLines(out.resolve("s12.csv")).size());
    }

    @Test
    void badLongFormatInput() throws IOException {
        Path file = write("bad.csv", "sensor,t,v\na,0,1\na,1,2\n,2,3\n");
        assertBad("bad.csv:1:1: no column named 'id'; the columns are: 'sensor', 't', 'v'", "differentiate",
                file.toString(), "--by", "id", "--x", "t", "--y", "v");
        assertBad("bad.csv:4:1: empty group id in the --by column 'sensor'", "differentiate", file.toString(), "--by",
                "sensor", "--x", "t", "--y", "v");
        Path dup = write("dup.csv", "sensor,t,v\na,0,1\nb,0,1\na,1,2\nb,1,2\na,1,3\nb,2,3\na,2,3\nb,3,3\n");
        Run r = run("differentiate", dup.toString(), "--by", "sensor", "--x", "t", "--y", "v",
                "--method", "fd", "--duplicates", "error");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("dup.csv:6:2: duplicate x: 1.0 also occurs on line 4"), r.err());
    }

    @Test
    void integrateReconstructsASignalFromNoisyRates() throws IOException {
        StringBuilder csv = new StringBuilder("t,rate\n");
        Random random = new Random(21);
        for (int i = 0; i <= 800; i++) {
            double t = 0.01 * i;
            csv.append(t).append(',').append(Math.cos(t) + 0.1 * random.nextGaussian()).append('\n');
        }
        Path file = write("rate.csv", csv.toString());
        Run r = run("integrate", file.toString(), "--x", "t", "--y", "rate", "--initial", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("t,rate,fit,integral,integral_se", r.lines().get(0));
        double[] first = row(r.lines().get(1));
        assertEquals(2, first[3], 0);
        double[] end = row(r.lines().get(801));
        double actual = Math.abs(end[3] - (2 + Math.sin(8)));
        assertTrue(end[4] > 0.005 && end[4] < 0.05, "reported standard error " + end[4]);
        assertTrue(actual < 3 * end[4], "actual error " + actual + " within 3 standard errors " + end[4]);
        Run perMinute = run("integrate", file.toString(), "--x", "t", "--y", "rate", "--per", "min");
        assertEquals((end[3] - 2) / 60, row(perMinute.lines().get(801))[3], 1e-12, "rates per minute, x in seconds");
    }

    @Test
    void datesAndDerivativesPerYear() throws IOException {
        Path co2 = Path.of("../examples/data/co2-mauna-loa-weekly.csv");
        Path png = dir.resolve("co2.png");
        Run r = run("differentiate", co2.toString(), "--method", "loess", "--param",
                "bandwidth=63115200", "--per", "year", "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("date,co2,fit,d1_per_year", r.lines().get(0));
        double mean = r.lines().stream().skip(400).limit(1400).mapToDouble(l -> Double.parseDouble(l.split(",")[3]))
                .average().orElse(0);
        assertTrue(mean > 1 && mean < 2, "CO2 grew by " + mean + " ppm/year in the middle decades");
        assertTrue(Files.size(png) > 10_000);
        Path dates = write("dates.csv", "when\n1980-01-05\n1980-01-05 12:00:00\n");
        Run at = run("differentiate", co2.toString(), "--method", "loess", "--param",
                "bandwidth=63115200", "--per", "year", "--at", dates.toString());
        assertEquals(0, at.code(), at.err());
        assertTrue(at.lines().get(1).startsWith("1980-01-05T00:00:00,"), at.lines().get(1));
        assertTrue(at.lines().get(2).startsWith("1980-01-05T12:00:00,"), at.lines().get(2));
        assertEquals(1.5, Double.parseDouble(at.lines().get(1).split(",")[2]), 0.5);
        assertBad("dates2.csv:2:1: --at: date-time '1980-01-05Z': it has a zone offset but the data's date-times have none",
                "differentiate", co2.toString(), "--at", write("dates2.csv", "when\n1980-01-05Z\n").toString());
        assertBad("--per: 'fortnight' is not a time unit", "differentiate", co2.toString(), "--per", "fortnight");
        assertEquals(3600, DerivativeUnit.parse("h").seconds());
        assertEquals(900, DerivativeUnit.parse("15min").seconds());
        assertEquals(900, DerivativeUnit.parse("PT15M").seconds());
        assertEquals(365.25 * 86400, DerivativeUnit.parse("year").seconds());
    }

    @Test
    void calendarTicksAndScaledAxes() {
        CalendarTicks decades = CalendarTicks.of(DateTimes0.EPOCH_1958_03_29, 0, 1.38e9);
        assertEquals(List.of("1960", "1965", "1970", "1975", "1980", "1985", "1990", "1995", "2000"), decades.labels());
        CalendarTicks hours = CalendarTicks.of(0, 3600 * 5.5, 3600 * 20);
        assertEquals(List.of("06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00"), hours.labels());
        assertEquals(-15, AxisScale.of(new double[] {3.3e-14, -1e-15}).exponent());
        assertEquals(0, AxisScale.of(new double[] {316, 370}).exponent());
        assertEquals("d²y/dt² (×10⁻¹⁵)", new AxisScale(-15).title("d²y/dt²"));
    }

    /** The epoch seconds of 1958-03-29T00:00Z. */
    private static final class DateTimes0 {
        static final double EPOCH_1958_03_29 = java.time.LocalDate.of(1958, 3, 29).toEpochDay() * 86400.0;
    }
}
