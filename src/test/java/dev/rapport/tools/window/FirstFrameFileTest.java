package dev.rapport.tools.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ui.DesktopTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstFrameFileTest {
    @Test
    void nothingAskedMeansNoMeasurement() {
        assertSame(DesktopTools.StartMeasurement.OFF, FirstFrameFile.from(null, null));
        assertSame(DesktopTools.StartMeasurement.OFF, FirstFrameFile.from(null, "false"));
    }

    @Test
    void trueQuitsAtOnce() {
        DesktopTools.StartMeasurement measurement = FirstFrameFile.from(null, "true");
        assertTrue(measurement.exitAfterContent());
        assertEquals(Duration.ZERO, measurement.exitDelay());
    }

    @Test
    void millisecondsKeepTheWindowThatLongForAScreenshot() {
        DesktopTools.StartMeasurement measurement = FirstFrameFile.from(null, "3000");
        assertTrue(measurement.exitAfterContent());
        assertEquals(Duration.ofSeconds(3), measurement.exitDelay());
    }

    @Test
    void anythingElseDoesNotQuit(@TempDir Path dir) {
        DesktopTools.StartMeasurement measurement = FirstFrameFile.from(dir.resolve("f").toString(), "soon");
        assertTrue(measurement.active());
        assertFalse(measurement.exitAfterContent());
    }

    @Test
    void writesTheFirstFrameAndTheFirstContentOneALine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("first-frame");
        DesktopTools.StartMeasurement measurement = FirstFrameFile.from(file.toString(), null);
        measurement.firstFrame();
        measurement.firstContent();
        var lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(Long.parseLong(lines.get(0)) <= Long.parseLong(lines.get(1)));
    }
}
