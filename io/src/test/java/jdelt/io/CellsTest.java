package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void fastDateTimePathAgreesWithTheIsoFormatter() {
        Random random = new Random(11);
        String[] zones = {"", "Z", "+01:00", "-05:30", "+14:00", "-00:00", "+18:00"};
        for (int k = 0; k < 5_000; k++) {
            String fraction = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "." + random.nextInt(10);
                case 2 -> String.format(".%03d", random.nextInt(1000));
                default -> String.format(".%09d", random.nextInt(1_000_000_000));
            };
            String text = String.format("%04d-%02d-%02d%c%02d:%02d:%02d%s%s", 1900 + random.nextInt(300),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextBoolean() ? 'T' : ' ',
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), fraction, zones[random.nextInt(zones.length)]);
            assertEquals(Cells.viaFormatter(text), Cells.dateTime(text), text);
        }
    }

    @Test
    void lessCommonFormsGoThroughTheFormatter() {
        assertEquals(Cells.viaFormatter("2026-03-14T08:15Z"), Cells.dateTime("2026-03-14T08:15Z"));
        assertEquals(Cells.viaFormatter("2026-03-14t08:15:00z"), Cells.dateTime("2026-03-14t08:15:00z"));
        assertEquals(Cells.viaFormatter("2026-03-14T08:15:00+01:00[Europe/Paris]"),
                Cells.dateTime("2026-03-14T08:15:00+01:00[Europe/Paris]"));
        assertTrue(Cells.dateTime("2024-02-29T00:00:00").seconds() > 0);
        assertThrows(DateTimeException.class, () -> Cells.dateTime("2026-02-30T00:00:00Z"));
        assertThrows(DateTimeException.class, () -> Cells.dateTime("2026-03-14T24:00:00Z"));
        assertThrows(DateTimeException.class, () -> Cells.dateTime("2026-03-14T08:00:00+19:00"));
        assertThrows(DateTimeException.class, () -> Cells.dateTime("2026-03-14T08:00:00.1234567891Z"));
    }

    @Test
    void numbersAndMissingTokens() {
        assertEquals(-1.5e-3, Cells.number("-1.5e-3"));
        assertTrue(Double.isNaN(Cells.number("")));
        assertTrue(Double.isNaN(Cells.number("NA")));
        assertTrue(Double.isNaN(Cells.number("null")));
        assertEquals(Double.NEGATIVE_INFINITY, Cells.number("-Infinity"));
        assertThrows(NumberFormatException.class, () -> Cells.number("0x1p3"));
        assertThrows(NumberFormatException.class, () -> Cells.number("1d"));
        assertThrows(NumberFormatException.class, () -> Cells.number("nope"));
        assertTrue(Cells.isMissing("N/A"));
        assertFalse(Cells.isMissing("0"));
        assertFalse(Cells.isMissing("none of it"));
    }
}
