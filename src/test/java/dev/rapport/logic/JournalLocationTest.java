package dev.rapport.logic;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalLocationTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(JournalLocation.defaultJournal("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME))
                .isEqualTo(Path.of("/data/rapport/journal.rapport"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(JournalLocation.defaultJournal("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/.local/share/rapport/journal.rapport"));
        assertThat(JournalLocation.defaultJournal("Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME))
                .isEqualTo(Path.of("/home/ann/.local/share/rapport/journal.rapport"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(JournalLocation.defaultJournal("Windows 11", Map.of("APPDATA", "/c/Users/ann/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Rapport/journal.rapport"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(JournalLocation.defaultJournal("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Rapport/journal.rapport"));
    }
}
