package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalSettings;
import dev.rapport.model.Rhythm;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The journal's settings as the Settings screen edits them: read and saved off the FX thread, each
 * save said in words when it is stored, a refused value told and nothing stored.
 */
public final class SettingsViewModel extends SavingSection {
    private final ObjectProperty<Integer> rhythmIdeal = new SimpleObjectProperty<>(Rhythm.DEFAULT.idealDays());
    private final ObjectProperty<Integer> rhythmMax = new SimpleObjectProperty<>(Rhythm.DEFAULT.maxDays());
    private final ObjectProperty<Integer> backupsDaily = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Integer> backupsWeekly = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> autoLockMinutes = new SimpleObjectProperty<>(0);
    private final ReadOnlyStringWrapper rhythmError = new ReadOnlyStringWrapper("");
    private BiConsumer<String, String> alarmed = (title, message) -> { };
    private MailServerSettingsModel mailServer;

    public SettingsViewModel(JournalSession session, Background background) {
        super(session, background);
    }

    /**
     * The Mail server card's model, made (and its fields read) on first use: it lives as long as this
     * page, so a card built again after a change takes up a check still running; nothing else holds it.
     */
    MailServerSettingsModel mailServer() {
        if (mailServer == null) {
            mailServer = new MailServerSettingsModel(session, background, dev.rapport.export.mail.MailPasswords::forThisComputer,
                    dev.rapport.export.mail.ImapMail::verifying);
            mailServer.load();
        }
        return mailServer;
    }

    @Override
    protected void show(JournalSettings s) {
        rhythmIdeal.set(s.defaultRhythm().idealDays());
        rhythmMax.set(s.defaultRhythm().maxDays());
        backupsDaily.set(s.backupsDaily());
        backupsWeekly.set(s.backupsWeekly());
        autoLockMinutes.set(s.autoLockMinutes());
    }

    /** Stores the default rhythm; a maximum below the ideal is told at the rhythm and nothing is stored. */
    public void saveRhythm() {
        Rhythm chosen;
        try {
            chosen = new Rhythm(rhythmIdeal.get(), rhythmMax.get());
        } catch (ValidationException ex) {
            rhythmError.set(ex.getMessage());
            return;
        }
        write(() -> session.settings().update(s -> s.withDefaultRhythm(chosen)), () -> {
            rhythmError.set("");
            confirm(I18n.t("settings.rhythm.saved", chosen.idealDays(), chosen.maxDays()));
        }, failure -> rhythmError.set(failure.getMessage()));
    }

    /** Stores how many daily and weekly automatic backups are kept. */
    public void saveBackupsKept() {
        int keepDaily = backupsDaily.get();
        int keepWeekly = backupsWeekly.get();
        write(() -> session.settings().update(s -> s.withBackupsKept(keepDaily, keepWeekly)),
                () -> confirm(I18n.t("settings.backups.saved", keepDaily, keepWeekly)),
                failure -> alarmed.accept(I18n.t("settings.backups.errorTitle"), failure.getMessage()));
    }

    /** Stores after how many idle minutes an encrypted journal locks (0: never). */
    public void saveAutoLock() {
        int idle = autoLockMinutes.get();
        write(() -> session.settings().update(s -> s.withAutoLockMinutes(idle)),
                () -> confirm(idle == 0 ? I18n.t("settings.security.neverLocks") : I18n.plural("settings.security.locksAfter", idle)),
                failure -> tell(failure.getMessage()));
    }

    /** Writes a backup now and says which file. */
    public void backupNow() {
        background.run(() -> session.backups().backupNow(null),
                file -> confirm(I18n.t("settings.backups.written", file.getFileName().toString())),
                t -> alarmed.accept(I18n.t("settings.backups.failedTitle"), t.getMessage()));
    }

    public boolean encrypted() {
        return session.isEncrypted();
    }

    /** Where the automatic backups are written. */
    public Path backupFolder() {
        return session.file().toAbsolutePath().getParent().resolve("backups");
    }

    public ObjectProperty<Integer> rhythmIdealProperty() {
        return rhythmIdeal;
    }

    public ObjectProperty<Integer> rhythmMaxProperty() {
        return rhythmMax;
    }

    public ObjectProperty<Integer> backupsDailyProperty() {
        return backupsDaily;
    }

    public ObjectProperty<Integer> backupsWeeklyProperty() {
        return backupsWeekly;
    }

    public ObjectProperty<Integer> autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    /** Why the last rhythm was refused; empty when it was stored. */
    public ReadOnlyStringProperty rhythmErrorProperty() {
        return rhythmError.getReadOnlyProperty();
    }

    /** Where a failure that needs a dialog is shown: its title, then its message. */
    public void onProblem(BiConsumer<String, String> show) {
        alarmed = show;
    }
}
