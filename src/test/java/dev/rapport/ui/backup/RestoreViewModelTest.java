package dev.rapport.ui.backup;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.BackupInfo;
import dev.rapport.model.Client;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The restore sheet's view-model without a window: a real journal and its backups, work on this thread. */
class RestoreViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private RestoreViewModel model;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme"));
        model = new RestoreViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void loadingListsTheBackupsTaken() {
        Path taken = session.backups().backupNow(null);
        model.load();
        assertThat(model.backups()).extracting(BackupInfo::file).containsExactly(taken);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void choosingABackupPreviewsWhatItHolds() {
        session.backups().backupNow(null);
        model.load();
        assertThat(model.previewProperty().get()).isEqualTo(I18n.t("backup.restore.choose"));
        model.choose(model.backups().get(0));
        assertThat(model.previewProperty().get()).isEqualTo(I18n.t("backup.restore.stats",
                I18n.plural("backup.clients", 1), I18n.plural("backup.people", 0), I18n.plural("backup.entries", 0)));
    }

    @Test
    void aBackupThatCannotBeReadIsToldAsItsPreview() {
        model.choose(new BackupInfo(dir.resolve("gone.db"), LocalDateTime.of(2026, 1, 2, 3, 4), false, 10));
        assertThat(model.previewProperty().get()).isNotBlank()
                .isNotEqualTo(I18n.t("backup.restore.checking"))
                .isNotEqualTo(I18n.t("backup.restore.choose"));
    }

    @Test
    void choosingNothingLeavesThePreview() {
        model.choose(null);
        assertThat(model.previewProperty().get()).isEqualTo(I18n.t("backup.restore.choose"));
    }
}
