package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Formats;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offer to restore a backup after a failed check says what it would lose. */
class RestoreQuestionTest {
    private static final LocalDateTime BACKUP = LocalDateTime.of(2026, 3, 1, 9, 30);

    @Test
    void aBackupOlderThanTheLastChangeSaysTheChangesSinceWouldBeLost() {
        LocalDateTime changed = LocalDateTime.of(2026, 3, 4, 17, 5);
        assertThat(StartupMaintenance.restoreQuestion(BACKUP, changed))
                .isEqualTo(I18n.t("backup.damaged.restoreLoses", Formats.dateTime(BACKUP), Formats.dateTime(changed)));
    }

    @Test
    void aBackupAsRecentAsTheLastChangeLosesNothing() {
        assertThat(StartupMaintenance.restoreQuestion(BACKUP, BACKUP.minusMinutes(1)))
                .isEqualTo(I18n.t("backup.damaged.restore", Formats.dateTime(BACKUP)));
    }

    @Test
    void anUnknownLastChangeIsSaidSo() {
        assertThat(StartupMaintenance.restoreQuestion(BACKUP, null))
                .isEqualTo(I18n.t("backup.damaged.restoreLoses", Formats.dateTime(BACKUP), I18n.t("files.lastChange.unknown")));
    }
}
