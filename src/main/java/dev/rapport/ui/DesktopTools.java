package dev.rapport.ui;

import dev.rapport.logic.JournalSession;

import java.time.Duration;

/**
 * What the desktop app takes from the tooling (dev.rapport.tools), handed in by the launcher so
 * the ui never imports it: the demo journal's content and the start-up measurement.
 */
public record DesktopTools(DemoContent demo, StartMeasurement measurement) {
    /** No demo content (a demo journal stays empty) and no measurement: what a test start gets. */
    public static final DesktopTools NONE = new DesktopTools(session -> { }, StartMeasurement.OFF);

    /** Fills a new, empty journal with the demo's made-up clients. */
    @FunctionalInterface
    public interface DemoContent {
        void fill(JournalSession session);
    }

    /**
     * Hears the window's first frame and its first frame with Today's rows (the start-up figure the
     * bench and the installer read); may ask the app to quit after that.
     */
    public interface StartMeasurement {
        StartMeasurement OFF = new StartMeasurement() {
            @Override
            public boolean active() {
                return false;
            }

            @Override
            public void firstFrame() {
            }

            @Override
            public void firstContent() {
            }

            @Override
            public boolean exitAfterContent() {
                return false;
            }
        };

        /** Whether anything is measured or the app quits after its first content; else nothing waits for it. */
        boolean active();

        void firstFrame();

        void firstContent();

        boolean exitAfterContent();

        /** How long the window stays after its first content before it quits (a smoke start's screenshot). */
        default Duration exitDelay() {
            return Duration.ZERO;
        }
    }
}
