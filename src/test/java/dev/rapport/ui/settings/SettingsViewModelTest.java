package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Rhythm;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings screen's view-model without a window: a real journal, work on this thread. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private SettingsViewModel model;
    private final List<String> saved = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        session.settings().update(s -> s.withDefaultRhythm(new Rhythm(9, 40)).withBackupsKept(12, 3).withAutoLockMinutes(25));
        model = new SettingsViewModel(session, Background.direct());
        model.onSaved(saved::add);
        model.onFailure(problems::add);
        model.onProblem((title, message) -> problems.add(title + ": " + message));
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theMailServerCardsModelIsThePagesOwnAndHoldsNoPassword() {
        new dev.rapport.model.MailServer("imap.moraru-consulting.eu", 993, "dana@moraru-consulting.eu", List.of(), false).stored()
                .forEach(session.settings()::put);
        MailServerSettingsModel mail = model.mailServer();
        assertThat(model.mailServer()).as("the cards built again take up the page's one").isSameAs(mail);
        assertThat(mail.hostProperty().get()).isEqualTo("imap.moraru-consulting.eu");
        assertThat(new SettingsViewModel(session, Background.direct()).mailServer()).as("another page has its own").isNotSameAs(mail);
        // nothing static keeps a page's model (and so its journal session) once the page is gone
        assertThat(java.util.Arrays.stream(MailServerSettings.class.getDeclaredFields()))
                .noneMatch(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()));
        assertThat(java.util.Arrays.stream(MailServerSettingsModel.class.getDeclaredFields()))
                .as("the password lives in the keyring or its memory fallback, not in the model")
                .noneMatch(f -> f.getName().toLowerCase(java.util.Locale.ROOT).equals("password"));
    }

    @Test
    void loadingShowsTheStoredSettings() {
        assertThat(model.rhythmIdealProperty().get()).isEqualTo(9);
        assertThat(model.rhythmMaxProperty().get()).isEqualTo(40);
        assertThat(model.backupsDailyProperty().get()).isEqualTo(12);
        assertThat(model.backupsWeeklyProperty().get()).isEqualTo(3);
        assertThat(model.autoLockMinutesProperty().get()).isEqualTo(25);
        assertThat(model.encrypted()).isFalse();
        assertThat(model.backupFolder()).isEqualTo(session.file().toAbsolutePath().getParent().resolve("backups"));
    }

    @Test
    void theRhythmIsStoredAndSaid() {
        model.rhythmIdealProperty().set(7);
        model.rhythmMaxProperty().set(21);
        model.saveRhythm();
        assertThat(session.settings().current().defaultRhythm()).isEqualTo(new Rhythm(7, 21));
        assertThat(saved).containsExactly(I18n.t("settings.rhythm.saved", 7, 21));
        assertThat(model.rhythmErrorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aMaximumBelowTheIdealIsToldAndNothingIsStored() {
        model.rhythmIdealProperty().set(30);
        model.rhythmMaxProperty().set(10);
        model.saveRhythm();
        assertThat(model.rhythmErrorProperty().get()).isEqualTo(I18n.t("validation.rhythm.max", "30", Integer.toString(dev.rapport.model.Limits.RHYTHM_MAX_DAYS)));
        assertThat(session.settings().current().defaultRhythm()).isEqualTo(new Rhythm(9, 40));
        assertThat(saved).isEmpty();

        model.rhythmMaxProperty().set(45);
        model.saveRhythm();
        assertThat(model.rhythmErrorProperty().get()).as("a stored rhythm clears the refusal").isEmpty();
        assertThat(session.settings().current().defaultRhythm()).isEqualTo(new Rhythm(30, 45));
    }

    @Test
    void theBackupsKeptAreStoredAndSaid() {
        model.backupsDailyProperty().set(20);
        model.backupsWeeklyProperty().set(8);
        model.saveBackupsKept();
        assertThat(session.settings().current().backupsDaily()).isEqualTo(20);
        assertThat(session.settings().current().backupsWeekly()).isEqualTo(8);
        assertThat(saved).containsExactly(I18n.t("settings.backups.saved", 20, 8));
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusedBackupCountIsToldAndNothingIsStored() {
        model.backupsDailyProperty().set(0);
        model.saveBackupsKept();
        assertThat(problems).containsExactly(I18n.t("settings.backups.errorTitle") + ": " + I18n.t("validation.backup.daily"));
        assertThat(session.settings().current().backupsDaily()).isEqualTo(12);
        assertThat(saved).isEmpty();
        assertThat(model.busyProperty().get()).as("the Save button comes back after a refusal").isFalse();
    }

    @Test
    void theAutoLockIsStoredAndSaid() {
        model.autoLockMinutesProperty().set(0);
        model.saveAutoLock();
        assertThat(session.settings().current().autoLockMinutes()).isZero();
        model.autoLockMinutesProperty().set(15);
        model.saveAutoLock();
        assertThat(session.settings().current().autoLockMinutes()).isEqualTo(15);
        assertThat(saved).containsExactly(I18n.t("settings.security.neverLocks"), I18n.plural("settings.security.locksAfter", 15));
    }

    @Test
    void aBackupNowIsWrittenAndNamed() {
        model.backupNow();
        assertThat(problems).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(model.backupFolder()).isDirectoryContaining(f -> saved.get(0).equals(
                I18n.t("settings.backups.written", f.getFileName().toString())));
    }
}
