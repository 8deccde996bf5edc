package jdelt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void onATerminalLongStagesDrawABarThatMessagesAndCloseErase() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
            p.stage("reading big.csv", 10);
            p.advance(5);
            Thread.sleep(Progress.DELAY_MS + 900);
            p.println("jdelt: a message");
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r[###############               ]  50% reading big.csv ("), out);
        assertTrue(out.contains("\r\033[Kjdelt: a message"), "the bar is erased before a message: " + out);
    }

    @Test
    void offATerminalNothingButMessagesIsWritten() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            p.stage("reading big.csv", 10);
            Thread.sleep(Progress.DELAY_MS + 200);
            p.println("jdelt: a message");
        }
        assertEquals("jdelt: a message" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
