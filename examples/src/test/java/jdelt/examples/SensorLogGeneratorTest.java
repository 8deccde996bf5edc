package jdelt.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jdelt.io.CsvSampleReader;
import jdelt.io.ReadOptions;
import jdelt.io.SampleTable;
import org.junit.jupiter.api.Test;

class SensorLogGeneratorTest {

    @Test
    void bundledLogIsExactlyWhatTheSeededGeneratorWrites() throws IOException {
        Path bundled = Path.of("data", "vehicle-log.csv");
        assertEquals(SensorLogGenerator.lines(), Files.readAllLines(bundled, StandardCharsets.UTF_8),
                "examples/data/vehicle-log.csv is out of date: run examples/run SensorLogGenerator");
    }

    @Test
    void logHasIrregularTimeStampsAGapADuplicateAMissingFixAndASwap() throws IOException {
        SampleTable log = CsvSampleReader.read(new StringReader(String.join("\n", SensorLogGenerator.lines())),
                "vehicle-log.csv", ReadOptions.defaults());
        assertEquals("position (m)", log.yNames().get(0));
        assertTrue(log.dateTimeX());
        assertEquals(1, log.report().skippedLines().length);
        assertEquals(1, log.report().mergedLines().length);
        assertEquals(2, log.report().movedLines().length);
        double[] dt = new double[log.size() - 1];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = log.x()[i + 1] - log.x()[i];
        }
        double[] sorted = dt.clone();
        Arrays.sort(sorted);
        assertTrue(sorted[0] >= 0.119 && sorted[dt.length - 2] <= 0.6, "irregular 5 Hz: " + sorted[0] + " .. " + sorted[dt.length - 2]);
        assertTrue(sorted[dt.length - 1] > SensorLogGenerator.GAP_END - SensorLogGenerator.GAP_START - 0.5, "the gap");
        assertTrue(Arrays.stream(dt).distinct().count() > 50, "time steps vary");
        assertEquals(SensorLogGenerator.DURATION, log.x()[log.size() - 1], 0.3);
    }

    @Test
    void noiseIsGpsLikeAroundTheTruth() throws IOException {
        SampleTable log = CsvSampleReader.read(Path.of("data", "vehicle-log.csv"), ReadOptions.defaults());
        double sum = 0;
        for (int i = 0; i < log.size(); i++) {
            double e = log.y()[0][i] - VehicleTrajectory.position(log.x()[i]);
            sum += e * e;
        }
        double rms = Math.sqrt(sum / log.size());
        assertTrue(rms > 0.5 && rms < 1.2, "rms error " + rms + " m");
    }

    @Test
    void trajectoryDerivativesAreConsistent() {
        assertEquals(0, VehicleTrajectory.position(0), 1e-12);
        double h = 1e-4;
        for (double t = 0; t <= 180; t += 3.7) {
            assertEquals(VehicleTrajectory.velocity(t),
                    (VehicleTrajectory.position(t + h) - VehicleTrajectory.position(t - h)) / (2 * h), 1e-5);
            assertEquals(VehicleTrajectory.acceleration(t),
                    (VehicleTrajectory.velocity(t + h) - VehicleTrajectory.velocity(t - h)) / (2 * h), 1e-5);
        }
        assertArrayEquals(new double[] {0, 13.9, 0, 22, 8, 16}, new double[] {
            VehicleTrajectory.velocity(-30), VehicleTrajectory.velocity(40), VehicleTrajectory.velocity(70),
            VehicleTrajectory.velocity(110), VehicleTrajectory.velocity(145), VehicleTrajectory.velocity(250)}, 0.05);
    }
}
