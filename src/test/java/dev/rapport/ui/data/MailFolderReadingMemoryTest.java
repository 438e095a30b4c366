package dev.rapport.ui.data;

import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;

import java.lang.ref.WeakReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window's mail-folder reading goes with the window: the reading holds the window's context, and a
 * registry that held readings strongly kept every window ever opened in memory (a long test run filled
 * its heap, and JavaFX's software renderer then stalled drawing a sheet).
 */
class MailFolderReadingMemoryTest {
    @Test
    void aWindowsReadingIsTheSameWhileTheWindowLives() {
        AppContext window = new AppContext(null, Background.sameThread(), null, null, null, null);
        MailFolderReading reading = MailFolderReading.of(window);

        assertThat(MailFolderReading.of(window)).isSameAs(reading);
    }

    @Test
    void aClosedWindowAndItsReadingAreLetGo() {
        WeakReference<AppContext> window = openAndForget();

        for (int tries = 0; tries < 100 && window.get() != null; tries++) {
            System.gc();
        }

        assertThat(window.get()).as("the window's context, once nothing but the readings' registry holds it").isNull();
    }

    private static WeakReference<AppContext> openAndForget() {
        AppContext window = new AppContext(null, Background.sameThread(), null, null, null, null);
        MailFolderReading.of(window);
        return new WeakReference<>(window);
    }
}
