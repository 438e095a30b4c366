package dev.rapport.logic;

import dev.rapport.model.JournalSettings;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal's settings through the session: read as one typed object, stored under the keys journals already hold. */
class SettingsServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/Vilnius"));

    @TempDir
    Path dir;
    JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void settingsAnOlderVersionStoredAreReadUnderTheirKeys() {
        session.settings().put("health.norm", "97");
        session.settings().put("followUp.talkHours", "72");
        session.settings().put("notifications.enabled", "false");

        JournalSettings s = session.settings().current();
        assertThat(s.healthNorm()).isEqualTo(97);
        assertThat(s.talkHours()).isEqualTo(72);
        assertThat(s.noticesEnabled()).isFalse();
        assertThat(session.health().norm()).isEqualTo(97);
        assertThat(session.followUps().talkHours()).isEqualTo(72);
        assertThat(session.notices().enabled()).isFalse();
        assertThat(s.workingHours().zone()).as("no zone stored: the clock's").isEqualTo(ZoneId.of("Europe/Vilnius"));
    }

    @Test
    void aChangeStoresOnlyWhatChangedAsTheSameTexts() {
        session.settings().update(s -> s.withThrottleDays(30));

        assertThat(session.settings().get("health.throttleDays")).contains("30");
        assertThat(session.settings().get("health.norm")).as("untouched settings stay unset").isEmpty();
        assertThat(session.settings().get("workingHours.zone")).isEmpty();
        assertThat(session.health().throttleDays()).isEqualTo(30);
    }

    @Test
    void aRefusedChangeStoresNothing() {
        assertThatThrownBy(() -> session.settings().update(s -> s.withThrottleDays(30).withHealthNorm(80)))
                .isInstanceOf(ValidationException.class);

        assertThat(session.settings().current()).isEqualTo(JournalSettings.defaults(CLOCK.getZone()));
    }
}
